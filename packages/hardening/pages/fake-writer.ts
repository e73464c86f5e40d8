// A stand-in for a writing element (the task board to come), so the access suite's read-only checks run against
// something that really writes: a click on (or Enter in) its card PATCHes a task, unless it has `readonly`.
class TaskMoverStandIn extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot !== null) return;
    const root = this.attachShadow({ mode: 'open' });
    const base = document.createElement('div');
    base.setAttribute('part', 'base');
    const card = document.createElement('button');
    card.setAttribute('part', 'card');
    card.textContent = 'Move the task to done';
    card.addEventListener('click', () => void this.move());
    base.append(card);
    root.append(base);
  }

  private async move(): Promise<void> {
    if (this.hasAttribute('readonly')) return;
    const scenario = document.documentElement.dataset['scenario'] ?? '';
    const session = await fetch(`/session/${encodeURIComponent(scenario)}`, { method: 'POST' });
    const { token } = (await session.json()) as { token: string | null };
    await fetch(`/api/v1/tasks/${encodeURIComponent(this.getAttribute('task') ?? '')}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token ?? ''}`, 'content-type': 'application/json', 'if-match': '"1"' },
      body: JSON.stringify({ status: 'done' }),
    });
  }
}

customElements.define('hx-task-mover', TaskMoverStandIn);
