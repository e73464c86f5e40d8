// Browser tests of <pk-task-board>: columns and lanes, cards, filters, every move path (keyboard, menu,
// pointer), WIP and read-only rules, and optimistic moves against slow, failing, stale and reordered answers.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { Plan, Task } from '@plankit/sdk';
import { plan2020 } from '@plankit/sdk/fixtures';
import { vocabularyLabel } from '@plankit/sdk/domain';
import './pk-task-board.js';
import '../provider/pk-provider.js';
import type { TaskBoardElement } from './task-board.js';
import type { ProviderElement } from '../provider/provider.js';
import type { TaskMoveEvent } from '../shared/events/task-move.js';
import type { TaskOpenEvent } from '../shared/events/task-open.js';
import type { KpiSelectEvent } from '../shared/events/kpi-select.js';
import type { PkErrorEvent } from '../shared/events/error.js';
import { fakeTaskApi, type FakeTaskApi } from '../test/fake-task-api.js';
import { csvFileText, csvRows, part, partText, shadowText, untilPart, windowErrorsDuring } from '../test/helpers.js';

const AS_OF = '2020-09-30';
const PLAN: Plan = plan2020.plan;
const [P1, P2] = PLAN.pillars;

function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    planId: PLAN.id,
    pillarId: P1?.id ?? 'p1',
    initiativeId: P1?.initiatives[0]?.id ?? 'p1-1',
    title: { zh: `任务${id}`, en: `Task ${id}` },
    owner: 'business',
    assignees: [],
    start: null,
    due: null,
    status: 'todo',
    progress: 0,
    kpiIds: [],
    version: 1,
    updatedAt: '2020-01-01T00:00:00Z',
    ...fields,
  };
}

const TASKS: Task[] = [
  task('a', {
    title: {
      zh: '编制卷烟物流外包应急工作预案并报市局审批后组织全员培训与演练',
      en: 'Draft the outsourcing contingency plan',
    },
    owner: 'logistics',
    assignees: ['王芳', '李强'],
    due: '2020-09-20',
    progress: 40,
    kpiIds: ['sales-volume'],
  }),
  task('b', { due: '2020-10-05', status: 'todo' }),
  task('c', {
    status: 'doing',
    owner: 'marketing',
    pillarId: P2?.id ?? 'p2',
    initiativeId: P2?.initiatives[0]?.id ?? 'p2-1',
    progress: 60,
  }),
  task('d', { status: 'done', progress: 100, due: '2020-03-31' }),
];

async function board(
  tasks: unknown = TASKS,
  attributes: { lang?: string; scheme?: string; readonly?: boolean } = {},
): Promise<TaskBoardElement> {
  const el = await fixture<TaskBoardElement>(
    html`<pk-task-board
      .tasks=${tasks as Task[]}
      as-of=${AS_OF}
      lang=${attributes.lang ?? 'zh-CN'}
      color-scheme=${attributes.scheme ?? 'light'}
      ?readonly=${attributes.readonly ?? false}
      .pillars=${PLAN.pillars}
    ></pk-task-board>`,
  );
  await el.updateComplete;
  return el;
}

const cards = (el: TaskBoardElement): HTMLElement[] => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="card"]') ?? []),
];
const card = (el: TaskBoardElement, id: string): HTMLElement => {
  const found = el.shadowRoot?.querySelector<HTMLElement>(`[part~="card"][data-task-id="${id}"]`);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};
const columnOf = (el: TaskBoardElement, id: string): string | undefined =>
  card(el, id).closest<HTMLElement>('[part~="column"]')?.dataset['column'];
const idsIn = (el: TaskBoardElement, column: string): string[] =>
  [
    ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="column"][data-column="${column}"] [part~="card"]`) ?? []),
  ].map((c) => c.dataset['taskId'] ?? '');
const live = (el: TaskBoardElement): string => el.shadowRoot?.querySelector('.live')?.textContent?.trim() ?? '';
const notice = (el: TaskBoardElement): string => (part(el, 'notice')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headers = (el: TaskBoardElement): string[] =>
  [...(el.shadowRoot?.querySelectorAll('[part~="column-header"] .column-name') ?? [])].map(
    (h) => h.textContent?.trim() ?? '',
  );

async function focusCard(el: TaskBoardElement, id: string): Promise<HTMLElement> {
  const target = card(el, id);
  target.focus();
  await el.updateComplete;
  return target;
}

/** A pointer (mouse) on card `id`: press, move over a column, release over it. */
function pointerOn(el: TaskBoardElement, id: string) {
  const send = (type: string, x: number, y: number): void => {
    // The card may have been redrawn (a reload): events go to the card drawn now, or the board.
    const target = el.shadowRoot?.querySelector(`[part~="card"][data-task-id="${id}"]`) ?? el;
    target.dispatchEvent(
      new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 9, button: 0 }),
    );
  };
  const over = (column: string) => {
    const box = el.shadowRoot?.querySelector(`[part~="column"][data-column="${column}"]`)?.getBoundingClientRect();
    return [(box?.x ?? 0) + 20, (box?.y ?? 0) + 10] as const;
  };
  return {
    down: () => {
      const box = card(el, id).getBoundingClientRect();
      send('pointerdown', box.x + 10, box.y + 10);
    },
    moveTo: (column: string) => send('pointermove', ...over(column)),
    upOver: (column: string) => send('pointerup', ...over(column)),
  };
}

/** 1,000 cards to do (m0…m999, a long column drawn by the virtualizer) and one doing (x). */
async function longBoard(): Promise<TaskBoardElement> {
  const many = [...Array.from({ length: 1000 }, (_, index) => task(`m${index}`)), task('x', { status: 'doing' })];
  const el = await board(many);
  await waitUntil(() => idsIn(el, 'todo').length > 0, 'the long column draws its first cards');
  return el;
}
/** Scroll a column as a wheel would, a frame per step. */
async function scrollDown(column: HTMLElement, steps: number): Promise<void> {
  for (let step = 0; step < steps; step += 1) {
    column.scrollBy(0, 2000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
const longColumn = (el: TaskBoardElement): HTMLElement =>
  el.shadowRoot?.querySelector<HTMLElement>('[part~="column"][data-column="todo"]') as HTMLElement;

async function connected(api: FakeTaskApi, attributes = ''): Promise<TaskBoardElement> {
  const provider = await fixture<ProviderElement>(
    html`<pk-provider .client=${api.client} plan=${PLAN.id} as-of=${AS_OF} locale="zh-CN">
      <pk-task-board ?readonly=${attributes === 'readonly'}></pk-task-board>
    </pk-provider>`,
  );
  const el = provider.querySelector('pk-task-board') as TaskBoardElement;
  await untilPart(el, 'card');
  return el;
}

describe('<pk-task-board>', () => {
  describe('accessibility', () => {
    it('is accessible', async () => {
      await expect(await board()).to.be.accessible();
    });
    it('is accessible in English in the dark scheme', async () => {
      await expect(await board(TASKS, { lang: 'en', scheme: 'dark' })).to.be.accessible();
    });
    it('is accessible read-only, with swimlanes, and with a card picked up', async () => {
      const el = await board(TASKS, { readonly: true });
      await expect(el).to.be.accessible();
      el.readonly = false;
      el.swimlanes = 'pillar';
      await el.updateComplete;
      await focusCard(el, 'b');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('is accessible in its error state and with a move menu open', async () => {
      await expect(await board([{ id: 'broken' }])).to.be.accessible();
      const el = await board();
      (card(el, 'a').querySelector('[part~="move-button"]') as HTMLElement).click();
      await el.updateComplete;
      expect(part(el, 'move-menu')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('makes the cards one tab stop', async () => {
      const el = await board();
      expect(cards(el).filter((c) => c.tabIndex === 0).length).to.equal(1);
    });
  });

  describe('properties', () => {
    it('shows the four status columns in order with their counts, in Chinese by default', async () => {
      const el = await board();
      expect(headers(el)).to.deep.equal(['待办', '进行中', '受阻', '已完成']);
      expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
      expect(part(el, 'column-header')?.textContent).to.contain('2 项');
    });
    it('speaks English with lang="en"', async () => {
      const el = await board(TASKS, { lang: 'en' });
      expect(headers(el)).to.deep.equal(['To do', 'Doing', 'Blocked', 'Done']);
      expect(shadowText(el)).to.contain('Overdue');
      expect(shadowText(el)).to.contain('Logistics centre');
    });
    it('groups by owner, pillar and due month', async () => {
      const el = await board();
      el.groupBy = 'owner';
      await el.updateComplete;
      expect(headers(el)).to.deep.equal(['业务科', '物流中心', '营销部门']);
      el.groupBy = 'pillar';
      await el.updateComplete;
      expect(headers(el)).to.deep.equal([P1?.name.zh, P2?.name.zh]);
      el.groupBy = 'due';
      await el.updateComplete;
      expect(headers(el)).to.deep.equal(['2020年3月', '2020年9月', '2020年10月', '未定日期']);
    });
    it('shows a card’s title, owner, assignees, due date with its mark in words, progress and KPI chips', async () => {
      const el = await board();
      const a = card(el, 'a');
      const text = a.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).to.contain('物流中心');
      expect(text).to.contain('王芳、李强');
      expect(text).to.contain('已逾期');
      expect(text).to.contain('40%');
      expect(a.querySelector('[part~="kpi"]')?.textContent?.trim()).to.equal('sales-volume');
      expect(card(el, 'b').textContent).to.contain('即将到期');
      expect(card(el, 'd').textContent).not.to.contain('已逾期');
    });
    it('clamps long CJK titles to two lines without breaking words apart', async () => {
      const el = await board();
      el.style.width = '320px';
      await el.updateComplete;
      const title = card(el, 'a').querySelector<HTMLElement>('[part~="card-title"]') as HTMLElement;
      const style = getComputedStyle(title);
      expect(style.webkitLineClamp).to.equal('2');
      expect(style.wordBreak).to.equal('keep-all');
      const lineHeight = parseFloat(style.lineHeight);
      expect(title.clientHeight).to.be.at.most(Math.ceil(lineHeight * 2) + 1);
    });
    it('splits the board into collapsible swimlanes with counts', async () => {
      const el = await board();
      el.swimlanes = 'pillar';
      await el.updateComplete;
      const lanes = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="lane-header"]') ?? [])];
      expect(lanes.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
        `▾ ${P1?.name.zh}（3 项）`,
        `▾ ${P2?.name.zh}（1 项）`,
      ]);
      lanes[0]?.click();
      await el.updateComplete;
      expect(lanes[0]?.getAttribute('aria-expanded')).to.equal('false');
      expect(cards(el).map((c) => c.dataset['taskId'])).to.deep.equal(['c']);
    });
    it('filters by owner, overdue only and text', async () => {
      const el = await board();
      const toolbar = part(el, 'toolbar') as HTMLElement;
      const owner = toolbar.querySelector<HTMLSelectElement>('select[name="owner"]') as HTMLSelectElement;
      owner.value = 'business';
      owner.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cards(el).map((c) => c.dataset['taskId'])).to.deep.equal(['b', 'd']);
      owner.value = '';
      owner.dispatchEvent(new Event('change'));
      const overdue = toolbar.querySelector<HTMLInputElement>('input[name="overdue"]') as HTMLInputElement;
      overdue.click();
      await el.updateComplete;
      expect(cards(el).map((c) => c.dataset['taskId'])).to.deep.equal(['a']);
      overdue.click();
      const search = toolbar.querySelector<HTMLInputElement>('input[name="search"]') as HTMLInputElement;
      search.value = '李强';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(cards(el).map((c) => c.dataset['taskId'])).to.deep.equal(['a']);
      search.value = 'nothing like this';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('没有符合筛选条件的任务');
    });
    it('warns in words when a column is over its WIP limit', async () => {
      const el = await board();
      el.wipLimits = { todo: 1 };
      await el.updateComplete;
      expect(part(el, 'column-header')?.textContent).to.contain('超出在制上限 1');
    });
    it('remembers grouping, lanes, filters and collapsed lanes under persist-key, never task data', async () => {
      localStorage.removeItem('plankit:pk-task-board:test');
      const el = await fixture<TaskBoardElement>(
        html`<pk-task-board .tasks=${TASKS} as-of=${AS_OF} persist-key="test"></pk-task-board>`,
      );
      el.groupBy = 'owner';
      el.swimlanes = 'pillar';
      await el.updateComplete;
      const stored = localStorage.getItem('plankit:pk-task-board:test') ?? '';
      expect(JSON.parse(stored)).to.deep.include({ v: 1 });
      expect(JSON.parse(stored).view).to.include({ groupBy: 'owner', laneBy: 'pillar' });
      expect(stored).not.to.contain('编制');
      const again = await fixture<TaskBoardElement>(
        html`<pk-task-board .tasks=${TASKS} as-of=${AS_OF} persist-key="test"></pk-task-board>`,
      );
      expect(again.groupBy).to.equal('owner');
      expect(again.swimlanes).to.equal('pillar');
      localStorage.removeItem('plankit:pk-task-board:test');
    });
    it('takes over a view saved by an earlier version once, then keeps it in the new format', async () => {
      localStorage.removeItem('plankit:pk-task-board:old');
      localStorage.setItem('plankit:task-board:old', '{"groupBy":"owner","laneBy":"pillar","filter":{"text":"任务"}}');
      const el = await fixture<TaskBoardElement>(
        html`<pk-task-board .tasks=${TASKS} as-of=${AS_OF} persist-key="old"></pk-task-board>`,
      );
      expect(el.groupBy).to.equal('owner');
      expect(el.swimlanes).to.equal('pillar');
      expect(cards(el).length).to.equal(3);
      expect(localStorage.getItem('plankit:task-board:old')).to.equal(null);
      expect(JSON.parse(localStorage.getItem('plankit:pk-task-board:old') ?? '{}').view).to.include({
        groupBy: 'owner',
      });
      localStorage.removeItem('plankit:pk-task-board:old');
    });
    it('ignores a corrupt, foreign or future stored view', async () => {
      for (const value of [
        '{not json',
        '"owner"',
        '{"v":1,"view":{"groupBy":"colour"}}',
        '{"v":9,"view":{"groupBy":"owner"}}',
      ]) {
        localStorage.setItem('plankit:pk-task-board:bad', value);
        localStorage.setItem('plankit:task-board:bad', '{"groupBy":"due"}');
        const el = await fixture<TaskBoardElement>(
          html`<pk-task-board .tasks=${TASKS} as-of=${AS_OF} persist-key="bad"></pk-task-board>`,
        );
        expect(el.groupBy, value).to.equal(value.startsWith('{"v"') ? 'status' : 'due');
      }
      localStorage.removeItem('plankit:pk-task-board:bad');
      localStorage.removeItem('plankit:task-board:bad');
    });
  });

  describe('export', () => {
    it('exports the shown tasks as CSV in UTF-8 with a byte-order mark and CRLF line ends', async () => {
      const el = await board();
      const blob = await el.export({ format: 'csv' });
      await csvFileText(blob);
      const rows = await csvRows(blob);
      expect(rows[0]).to.deep.equal(['任务', '状态', '责任部门', '负责人', '截止日期', '进度（%）', '方面', '举措']);
      expect(rows.slice(1).map((row) => row[0])).to.deep.equal([
        '编制卷烟物流外包应急工作预案并报市局审批后组织全员培训与演练',
        '任务b',
        '任务c',
        '任务d',
      ]);
      expect(rows[1]).to.deep.equal([
        '编制卷烟物流外包应急工作预案并报市局审批后组织全员培训与演练',
        '待办',
        vocabularyLabel('departments', 'logistics', 'zh-CN'),
        '王芳、李强',
        '2020-09-20',
        '40',
        P1?.name.zh ?? '',
        P1?.initiatives[0]?.name.zh ?? '',
      ]);
      expect(rows[3]?.slice(1, 2)).to.deep.equal(['进行中']);
      expect(rows[3]?.slice(6)).to.deep.equal([P2?.name.zh ?? '', P2?.initiatives[0]?.name.zh ?? '']);
      expect(rows[2]?.[4]).to.equal('2020-10-05');
      expect(rows[4]?.[5]).to.equal('100');
    });

    it('exports only the tasks the filters leave on the board, in board order', async () => {
      const el = await board();
      const owner = part(el, 'toolbar')?.querySelector<HTMLSelectElement>('select[name="owner"]') as HTMLSelectElement;
      owner.value = 'business';
      owner.dispatchEvent(new Event('change'));
      el.groupBy = 'due';
      await el.updateComplete;
      const rows = await csvRows(await el.export({ format: 'csv' }));
      expect(cards(el).map((c) => c.dataset['taskId'])).to.deep.equal(['d', 'b']);
      expect(rows.slice(1).map((row) => row[0])).to.deep.equal(['任务d', '任务b']);
    });

    it('writes its headings and words in English when its locale is English', async () => {
      const el = await board(TASKS, { lang: 'en' });
      const rows = await csvRows(await el.export({ format: 'csv' }));
      expect(rows[0]).to.deep.equal([
        'Task',
        'Status',
        'Owner',
        'Assignees',
        'Due date',
        'Progress (%)',
        'Pillar',
        'Initiative',
      ]);
      expect(rows[1]?.slice(0, 2)).to.deep.equal(['Draft the outsourcing contingency plan', 'To do']);
      expect(rows[3]?.[6]).to.equal(P2?.name.en);
    });

    it('defuses a title a spreadsheet would run as a formula', async () => {
      const el = await board([task('x', { title: { zh: '=HYPERLINK("x")', en: '=1+1' } })]);
      const text = await (await el.export({ format: 'csv' })).text();
      expect(text).to.include('"\'=HYPERLINK(""x"")"');
    });

    it('rejects an export while it has no tasks to show, and a format it does not write', async () => {
      const empty = await board([]);
      let error: unknown;
      await empty.export({ format: 'csv' }).catch((caught: unknown) => (error = caught));
      expect((error as Error).message).to.equal('<pk-task-board> has no tasks to export yet.');
      const el = await board();
      await el.export({ format: 'png' as 'csv' }).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.contain('"csv"');
    });
  });

  describe('errors', () => {
    it('shows the error state for bad tasks, fires pk-error and throws nothing into the page', async () => {
      let event: PkErrorEvent | undefined;
      const errors = await windowErrorsDuring(async () => {
        const el = document.createElement('pk-task-board');
        el.addEventListener('pk-error', (e) => (event = e));
        el.tasks = [TASKS[0] as Task, { ...TASKS[1], status: 'later' } as unknown as Task];
        document.body.append(el);
        await untilPart(el, 'state');
        expect(part(el, 'state')?.textContent).to.contain('tasks.1.status');
        el.remove();
      });
      expect(errors).to.deep.equal([]);
      expect(event?.detail.kind).to.equal('invalid-data');
    });
    it('shows the empty state for no tasks', async () => {
      const el = await board([]);
      expect(part(el, 'state')?.textContent).to.contain('这个计划还没有任务');
    });
  });

  describe('events', () => {
    it('fires pk-kpi-select from a KPI chip and pk-task-open on a click on the card', async () => {
      const el = await board();
      setTimeout(() => (card(el, 'a').querySelector('[part~="kpi"]') as HTMLElement).click());
      const select = (await oneEvent(el, 'pk-kpi-select')) as KpiSelectEvent;
      expect(select.detail.kpiId).to.equal('sales-volume');
      setTimeout(() => card(el, 'b').click());
      const open = (await oneEvent(el, 'pk-task-open')) as TaskOpenEvent;
      expect(open.detail.taskId).to.equal('b');
    });
    it('keeps the card where it was when pk-task-move is cancelled, and says so', async () => {
      const el = await board();
      el.addEventListener('pk-task-move', (event) => event.preventDefault());
      await focusCard(el, 'b');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(columnOf(el, 'b')).to.equal('todo');
      expect(notice(el)).to.contain('移动已被页面取消');
    });
  });

  describe('keyboard', () => {
    it('moves the focus between cards and columns with the arrow keys', async () => {
      const el = await board();
      await focusCard(el, 'a');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'b'));
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'c'));
      await sendKeys({ press: 'ArrowRight' });
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'd'));
      expect(card(el, 'd').tabIndex).to.equal(0);
    });
    it('picks a card up with Space, moves it with arrows, drops it with Space, announcing each step', async () => {
      const el = await board();
      const moves: TaskMoveEvent[] = [];
      el.addEventListener('pk-task-move', (event) => moves.push(event));
      await focusCard(el, 'b');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(live(el)).to.contain('已拿起“任务b”，位于待办第 2 位');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(live(el)).to.contain('进行中，第 2 位');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(live(el)).to.contain('进行中，第 1 位');
      expect(idsIn(el, 'doing')).to.deep.equal(['b', 'c']);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(idsIn(el, 'doing')).to.deep.equal(['c', 'b']);
      expect(live(el)).to.contain('已将“任务b”移到进行中第 2 位');
      expect(moves.length).to.equal(1);
      expect(moves[0]?.detail).to.include({ taskId: 'b', from: 'todo', to: 'doing', index: 1 });
      expect(moves[0]?.detail.patch).to.deep.equal({ status: 'doing' });
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'b'));
    });
    it('cancels a pick-up with Escape and puts the card back', async () => {
      const el = await board(TASKS, { lang: 'en' });
      let moved = false;
      el.addEventListener('pk-task-move', () => (moved = true));
      await focusCard(el, 'a');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(columnOf(el, 'a')).to.equal('doing');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(columnOf(el, 'a')).to.equal('todo');
      expect(live(el)).to.contain('Move of “Draft the outsourcing contingency plan” cancelled.');
      expect(moved).to.equal(false);
    });
    it('moves the focused card one column with Ctrl+ArrowRight and reorders with Ctrl+ArrowUp', async () => {
      const el = await board();
      await focusCard(el, 'a');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
      await focusCard(el, 'b');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(idsIn(el, 'todo')).to.deep.equal(['b']);
    });
    it('opens a card with Enter', async () => {
      const el = await board();
      await focusCard(el, 'c');
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const open = (await oneEvent(el, 'pk-task-open')) as TaskOpenEvent;
      expect(open.detail.taskId).to.equal('c');
    });
    it('moves a card through its "Move to…" menu', async () => {
      const el = await board();
      (card(el, 'b').querySelector('[part~="move-button"]') as HTMLElement).click();
      await el.updateComplete;
      const menu = part(el, 'move-menu') as HTMLElement;
      expect([...menu.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal([
        '进行中',
        '受阻',
        '已完成',
      ]);
      (menu.querySelector('button[data-move-to="blocked"]') as HTMLElement).click();
      await el.updateComplete;
      expect(idsIn(el, 'blocked')).to.deep.equal(['b']);
    });
    it('leaves Enter and Space on a card’s buttons to the buttons, and closes the menu with Escape', async () => {
      const el = await board();
      let opened = 0;
      el.addEventListener('pk-task-open', () => (opened += 1));
      await focusCard(el, 'a');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('kpi');
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const select = (await oneEvent(el, 'pk-kpi-select')) as KpiSelectEvent;
      expect(select.detail.kpiId).to.equal('sales-volume');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(part(el, 'move-menu')).not.to.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'move-menu')).to.equal(null);
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'a'));
      expect(opened).to.equal(0);
      expect(columnOf(el, 'a')).to.equal('todo');
    });

    it('refuses a move over a strict WIP limit and says why', async () => {
      const el = await board();
      el.wipLimits = { doing: 1 };
      el.wipStrict = true;
      await el.updateComplete;
      await focusCard(el, 'a');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(columnOf(el, 'a')).to.equal('todo');
      expect(notice(el)).to.contain('进行中已达在制上限 1，不能再移入');
    });
    it('allows a move over a loose WIP limit with a visible warning', async () => {
      const el = await board();
      el.wipLimits = { doing: 1 };
      await el.updateComplete;
      expect(el.moveTask('a', { column: 'doing', lane: 'all' }, 0)).to.equal(true);
      await el.updateComplete;
      expect(notice(el)).to.contain('注意：进行中超出在制上限 1');
    });
    it('refuses a move to a column that does not exist, saying so', async () => {
      const el = await board();
      expect(el.moveTask('b', { column: 'later', lane: 'all' }, 0)).to.equal(false);
      await el.updateComplete;
      expect(notice(el)).to.contain('没有这一列');
    });
    it('refuses to change a pillar column, says why in the locale, but reorders inside it', async () => {
      const el = await board();
      el.groupBy = 'pillar';
      await el.updateComplete;
      expect(el.moveTask('b', { column: P2?.id ?? 'p2', lane: 'all' }, 0)).to.equal(false);
      await el.updateComplete;
      expect(notice(el)).to.contain('任务的方面由其举措决定');
      expect(live(el)).to.contain('任务的方面由其举措决定');
      expect(el.moveTask('d', { column: P1?.id ?? 'p1', lane: 'all' }, 0)).to.equal(true);
      await el.updateComplete;
      expect(idsIn(el, P1?.id ?? 'p1')).to.deep.equal(['d', 'a', 'b']);
    });
    it('moves by pointer drag with a drop indicator', async () => {
      const el = await board();
      const from = card(el, 'b').getBoundingClientRect();
      const target = el.shadowRoot?.querySelector<HTMLElement>(
        '[part~="column"][data-column="blocked"]',
      ) as HTMLElement;
      const to = target.getBoundingClientRect();
      const base = part(el, 'base') as HTMLElement;
      const at = (type: string, x: number, y: number): void => {
        card(el, 'b').dispatchEvent(
          new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, button: 0 }),
        );
      };
      at('pointerdown', from.x + 10, from.y + 10);
      at('pointermove', to.x + 20, to.y + 10);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('.drop-indicator')).not.to.equal(null);
      expect(
        el.shadowRoot?.querySelector('[part~="column"][data-column="blocked"]')?.classList.contains('drop-target'),
      ).to.equal(true);
      let opened = false;
      el.addEventListener('pk-task-open', () => (opened = true));
      at('pointerup', to.x + 20, to.y + 10);
      card(el, 'b').click();
      await el.updateComplete;
      expect(opened, 'the click ending a drag opens nothing').to.equal(false);
      expect(base.querySelector('.drop-indicator')).to.equal(null);
      expect(idsIn(el, 'blocked')).to.deep.equal(['b']);
    });
    it('shows the drop indicator where the card lands when it is dragged below itself in its column', async () => {
      const el = await board([task('x'), task('y'), task('z')]);
      const y = card(el, 'y').getBoundingClientRect();
      const at = (type: string, clientY: number): void => {
        card(el, 'x').dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            composed: true,
            clientX: y.x + 10,
            clientY,
            pointerId: 8,
            button: 0,
          }),
        );
      };
      at('pointerdown', card(el, 'x').getBoundingClientRect().y + 5);
      at('pointermove', y.bottom - 2);
      await el.updateComplete;
      const before = el.shadowRoot?.querySelector('.drop-before [part~="card"]')?.getAttribute('data-task-id');
      expect(before, 'the indicator is drawn above z, past y').to.equal('z');
      at('pointerup', y.bottom - 2);
      await el.updateComplete;
      expect(idsIn(el, 'todo')).to.deep.equal(['y', 'x', 'z']);
    });
    it('re-renders only what a move changed: the other cards keep their elements', async () => {
      const el = await board();
      const before = new Map(['a', 'c', 'd'].map((id) => [id, card(el, id)]));
      await focusCard(el, 'b');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(columnOf(el, 'b')).to.equal('doing');
      for (const [id, element] of before) expect(card(el, id), `card ${id}`).to.equal(element);
    });
    it('read-only: offers no move, refuses pick-up and Ctrl+arrow, stays navigable', async () => {
      const el = await board(TASKS, { readonly: true });
      expect(part(el, 'move-button')).to.equal(null);
      expect(shadowText(el)).to.contain('只读');
      await focusCard(el, 'a');
      await sendKeys({ press: 'Space' });
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(columnOf(el, 'a')).to.equal('todo');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'b'));
    });
  });

  describe('owner columns and lanes', () => {
    const laneOf = (el: TaskBoardElement, id: string): string | undefined =>
      card(el, id).closest<HTMLElement>('[part~="lane"]')?.dataset['lane'];
    /** A board (standalone, or connected to `api`) grouped and laned as given. */
    const arranged = async (
      view: { groupBy?: TaskBoardElement['groupBy']; swimlanes?: TaskBoardElement['swimlanes'] },
      api?: FakeTaskApi,
    ): Promise<TaskBoardElement> => {
      const el = api === undefined ? await board() : await connected(api);
      Object.assign(el, view);
      await el.updateComplete;
      return el;
    };
    /** Pick card `id` up by keyboard and press `keys` (the last one drops or announces). */
    const carry = async (el: TaskBoardElement, id: string, ...keys: string[]): Promise<void> => {
      await focusCard(el, id);
      for (const press of ['Space', ...keys]) await sendKeys({ press });
      await el.updateComplete;
    };
    /** Open card `id`'s "Move to…" menu. */
    const openMenu = async (el: TaskBoardElement, id: string): Promise<HTMLElement> => {
      (card(el, id).querySelector('[part~="move-button"]') as HTMLElement).click();
      await el.updateComplete;
      return part(el, 'move-menu') as HTMLElement;
    };

    it('moves a card to another department by the "Move to…" menu', async () => {
      const el = await arranged({ groupBy: 'owner' });
      ((await openMenu(el, 'b')).querySelector('button[data-move-to="marketing"]') as HTMLElement).click();
      await el.updateComplete;
      expect(idsIn(el, 'marketing')).to.deep.equal(['c', 'b']);
      expect(live(el)).to.contain('第 2 位');
    });
    it('moves a card to another owner lane by keyboard, announcing the lane', async () => {
      const el = await arranged({ swimlanes: 'owner' });
      await carry(el, 'b', 'ArrowDown');
      expect(live(el)).to.contain('泳道的待办');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect([laneOf(el, 'b'), columnOf(el, 'b')]).to.deep.equal(['logistics', 'todo']);
    });
    it('keeps pillar lanes: Down at a cell’s end does not leave the lane', async () => {
      const el = await arranged({ swimlanes: 'pillar' });
      await carry(el, 'b', 'ArrowDown', 'Space');
      expect(laneOf(el, 'b')).to.equal(P1?.id);
    });
    it('lists the other owner lanes in the "Move to…" menu and moves the card there', async () => {
      const el = await arranged({ swimlanes: 'owner' });
      // The lane moves keep the card's column.
      const lanes = [...(await openMenu(el, 'b')).querySelectorAll<HTMLElement>('button[data-move-to="todo"]')];
      expect(lanes.map((button) => button.dataset['moveLane'])).to.deep.equal(['logistics', 'marketing']);
      lanes[1]?.click();
      await el.updateComplete;
      expect(laneOf(el, 'b')).to.equal('marketing');
      await expect(el).to.be.accessible();
    });
    it('drags a card to another department, PATCHes the owner with If-Match and keeps it', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await arranged({ groupBy: 'owner' }, api);
      const pointer = pointerOn(el, 'b');
      pointer.down();
      pointer.moveTo('marketing');
      await el.updateComplete;
      pointer.upOver('marketing');
      await el.updateComplete;
      expect(columnOf(el, 'b')).to.equal('marketing');
      await waitUntil(() => live(el).includes('已保存'));
      expect(api.patches[0]).to.deep.equal({ taskId: 'b', version: 1, body: { owner: 'marketing' } });
      expect(api.store.get('b')?.owner).to.equal('marketing');
    });
    it('puts a card moved to another department back when the server fails', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      api.failNext(500);
      const el = await arranged({ groupBy: 'owner' }, api);
      el.moveTask('b', { column: 'logistics', lane: 'all' }, 0);
      await waitUntil(() => notice(el).includes('未能移动'));
      expect(columnOf(el, 'b')).to.equal('business');
    });
    it('on 412 of an owner move shows the newer task and moves it again on request', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await arranged({ groupBy: 'owner' }, api);
      api.touch('b', { progress: 30 });
      el.moveTask('b', { column: 'logistics', lane: 'all' }, 0);
      await waitUntil(() => notice(el).includes('已被他人修改'));
      expect(columnOf(el, 'b')).to.equal('business');
      (part(el, 'notice')?.querySelector('.again') as HTMLElement).click();
      await waitUntil(() => api.store.get('b')?.owner === 'logistics');
      expect(api.patches.at(-1)?.version).to.equal(2);
    });
  });

  describe('print', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));
    // Back on screen, the virtualizer measures again: let it settle before the ResizeObserver errors count again.
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
    /** The browser's print events around the print itself. */
    const print = async (el: TaskBoardElement, type: 'beforeprint' | 'afterprint'): Promise<void> => {
      window.dispatchEvent(new Event(type));
      await el.updateComplete;
    };

    it('prints black on white, with black card borders and no move controls, even in the dark scheme', async () => {
      const el = await board(TASKS, { scheme: 'dark' });
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(card(el, 'b')).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect((part(el, 'move-button') as HTMLElement).getClientRects().length, 'the button is not laid out').to.equal(
        0,
      );
    });
    it('fits every column on the page instead of scrolling sideways, and shows whole titles', async () => {
      const el = await board();
      el.groupBy = 'owner';
      el.style.width = '20rem';
      await el.updateComplete;
      const board_ = el.shadowRoot?.querySelector('.board') as HTMLElement;
      expect(getComputedStyle(board_).overflowX).to.equal('visible');
      expect(board_.scrollWidth).to.be.at.most(board_.clientWidth + 1);
      const title = card(el, 'a').querySelector('.title') as HTMLElement;
      expect(title.scrollHeight).to.be.at.most(title.clientHeight + 1);
    });
    it('marks a due date by symbol and word, not by colour alone', async () => {
      const el = await board();
      expect(part(el, 'due')?.textContent).to.contain('⚠ 已逾期');
    });
    it('draws a long column whole while the page prints, and virtualizes it again afterwards', async () => {
      const el = await longBoard();
      await print(el, 'beforeprint');
      expect(idsIn(el, 'todo').length).to.equal(1000);
      await print(el, 'afterprint');
      await waitUntil(() => idsIn(el, 'todo').length < 100, 'the column is virtualized again');
      // The virtualizer measures what it drew in the next frames (ResizeObserver): let it settle inside the test.
      await scrollDown(longColumn(el), 2);
    });
  });

  describe('long columns', () => {
    // The virtualizer measures cards in a ResizeObserver and may draw more in the same frame; the browser then
    // reports its benign "ResizeObserver loop" error event, which mocha would count as a failure.
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

    it('draws only the cards near the view of a long column, which scrolls by itself', async () => {
      const el = await longBoard();
      const drawn = idsIn(el, 'todo');
      expect(drawn.length).to.be.greaterThan(0);
      expect(drawn.length).to.be.lessThan(100);
      expect(drawn[0]).to.equal('m0');
      expect(part(el, 'column-header')?.textContent).to.contain('1,000 项');
      const column = longColumn(el);
      expect(column.scrollHeight).to.be.greaterThan(column.clientHeight * 10);
      await scrollDown(column, 10);
      expect(idsIn(el, 'todo')).not.to.include('m0');
      expect(idsIn(el, 'todo').some((id) => Number(id.slice(1)) > 100)).to.equal(true);
    });
    it('scrolls a card of a long column into view when the keyboard goes to it', async () => {
      const el = await longBoard();
      await focusCard(el, 'm0');
      await sendKeys({ press: 'End' });
      await waitUntil(() => el.shadowRoot?.activeElement?.getAttribute('data-task-id') === 'm999', 'End reaches m999');
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => el.shadowRoot?.activeElement?.getAttribute('data-task-id') === 'm998');
      const box = card(el, 'm998').getBoundingClientRect();
      const view = longColumn(el).getBoundingClientRect();
      expect(box.top >= view.top - 1 && box.bottom <= view.bottom + 1, 'the card is in the column’s view').to.equal(
        true,
      );
    });
    it('keeps the focus on a card moved by Ctrl+arrow inside a long column and out of it', async () => {
      const el = await longBoard();
      await focusCard(el, 'm0');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => idsIn(el, 'todo').indexOf('m0') === 1, 'm0 moved one place down');
      await waitUntil(() => el.shadowRoot?.activeElement?.getAttribute('data-task-id') === 'm0', 'm0 keeps the focus');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => columnOf(el, 'm0') === 'doing', 'm0 moved to doing');
      await waitUntil(
        () => el.shadowRoot?.activeElement?.getAttribute('data-task-id') === 'm0',
        'm0 still has the focus',
      );
      expect(idsIn(el, 'todo')).not.to.include('m0');
    });
    it('stays one tab stop when the focused card is scrolled out of its long column', async () => {
      const el = await longBoard();
      await focusCard(el, 'm0');
      await scrollDown(longColumn(el), 10);
      expect(idsIn(el, 'todo')).not.to.include('m0');
      const stops = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="card"]') ?? [])].filter(
        (drawn) => drawn.tabIndex === 0,
      );
      expect(stops).to.have.length(1);
      el.focus();
      expect(el.shadowRoot?.activeElement).to.equal(stops[0]);
    });
    it('carries a card by keyboard deep into a long column and drops it there', async () => {
      const el = await longBoard();
      const moved: TaskMoveEvent[] = [];
      el.addEventListener('pk-task-move', (event) => moved.push(event));
      await focusCard(el, 'x');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => el.shadowRoot?.activeElement?.getAttribute('data-task-id') === 'x');
      for (let step = 0; step < 12; step += 1) await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => live(el).includes('第 13 位'));
      await sendKeys({ press: 'Space' });
      await waitUntil(() => el.shadowRoot?.activeElement?.getAttribute('data-task-id') === 'x');
      expect(moved[0]?.detail).to.include({ to: 'todo', index: 12 });
      expect(idsIn(el, 'todo').indexOf('x') - idsIn(el, 'todo').indexOf('m11')).to.equal(1);
    });
    it('drops a dragged card at its true place among the drawn cards of a scrolled long column', async () => {
      const el = await longBoard();
      const column = longColumn(el);
      await scrollDown(column, 10);
      const target = [...column.querySelectorAll<HTMLElement>('[part~="card"]')].find((drawn) => {
        const box = drawn.getBoundingClientRect();
        const view = column.getBoundingClientRect();
        return box.top > view.top && box.bottom < view.bottom;
      }) as HTMLElement;
      const targetId = target.dataset['taskId'] ?? '';
      const moved: TaskMoveEvent[] = [];
      el.addEventListener('pk-task-move', (event) => moved.push(event));
      const from = card(el, 'x').getBoundingClientRect();
      const to = target.getBoundingClientRect();
      const at = (type: string, x: number, y: number): void => {
        card(el, 'x').dispatchEvent(
          new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, button: 0 }),
        );
      };
      at('pointerdown', from.x + 10, from.y + 10);
      at('pointermove', to.x + 20, to.y + 5);
      await el.updateComplete;
      expect(
        el.shadowRoot?.querySelector('.drop-before')?.querySelector('[part~="card"]')?.getAttribute('data-task-id'),
      ).to.equal(targetId);
      at('pointerup', to.x + 20, to.y + 5);
      await el.updateComplete;
      expect(moved[0]?.detail).to.include({ to: 'todo', index: Number(targetId.slice(1)) });
    });
    it('is accessible with a long, virtualized column', async () => {
      const el = await longBoard();
      await expect(el).to.be.accessible();
    });
  });

  describe('connected', () => {
    it('keeps a carried card through a reload when a colleague changed another card', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      await focusCard(el, 'b');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      api.touch('c', { progress: 70 });
      el.reload();
      await waitUntil(() => api.store.get('c')?.progress === 70 && partText(el, 'base').includes('70%'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(live(el)).to.contain('进行中');
      expect(notice(el)).to.equal('');
    });
    it('puts a carried card down, unmoved, and says so when a colleague changed that very card', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      await focusCard(el, 'b');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      api.touch('b', { status: 'blocked' });
      el.reload();
      await waitUntil(() => notice(el).includes('刚被其他人修改'), 'the board says why the card was put down');
      expect(columnOf(el, 'b')).to.equal('blocked');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(columnOf(el, 'b')).to.equal('blocked');
      expect(api.patches.length).to.equal(0);
    });
    it('keeps a card dragged by pointer through a reload when a colleague changed another card', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      const drag = pointerOn(el, 'b');
      drag.down();
      drag.moveTo('doing');
      await el.updateComplete;
      api.touch('c', { progress: 70 });
      el.reload();
      await waitUntil(() => partText(el, 'base').includes('70%'), 'the reload shows the colleague’s change');
      drag.moveTo('doing');
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('.drop-before, .drop-after, .drop-indicator')).not.to.equal(null);
      drag.upOver('doing');
      await waitUntil(() => live(el).includes('已保存'));
      expect(columnOf(el, 'b')).to.equal('doing');
      expect(api.patches).to.have.length(1);
    });
    it('ends a pointer drag, unmoved, with a notice when a colleague changed the dragged card', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      let opened = false;
      el.addEventListener('pk-task-open', () => (opened = true));
      const drag = pointerOn(el, 'b');
      drag.down();
      drag.moveTo('doing');
      await el.updateComplete;
      api.touch('b', { status: 'blocked' });
      el.reload();
      await waitUntil(() => notice(el).includes('刚被其他人修改'), 'the board says why the drag ended');
      expect(el.shadowRoot?.querySelector('.drop-before, .drop-after, .drop-indicator')).to.equal(null);
      drag.upOver('doing');
      card(el, 'b').click();
      await el.updateComplete;
      expect(columnOf(el, 'b')).to.equal('blocked');
      expect(api.patches).to.have.length(0);
      expect(opened, 'the release of the ended drag opens nothing').to.equal(false);
    });
    it('names a department of the plan’s own from its vocabulary, and an unlabelled one by its code', async () => {
      const plan = { ...PLAN, vocabulary: { departments: { 'leaf-station': { zh: '烟叶站', en: 'Leaf station' } } } };
      const api = fakeTaskApi(plan, [task('x', { owner: 'leaf-station' }), task('y', { owner: 'night-desk' })]);
      const el = await connected(api);
      expect(shadowText(el)).to.contain('烟叶站');
      expect(shadowText(el)).to.contain('night-desk');
    });
    it('marks a due date the plan assumed (not the seed’s own)', async () => {
      const el = await board([task('z', { due: '2020-06-30', dueAssumed: true })]);
      expect(partText(el, 'due')).to.contain('（推定）');
      const english = await board([task('z', { due: '2020-06-30', dueAssumed: true })], { lang: 'en' });
      expect(partText(english, 'due')).to.contain('(assumed)');
    });
    it('loads the plan’s tasks and pillar names through the provider', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      expect(cards(el).length).to.equal(4);
      el.groupBy = 'pillar';
      await el.updateComplete;
      expect(headers(el)[0]).to.equal(P1?.name.zh);
    });
    it('applies a move at once, PATCHes it with If-Match, and keeps it when the server agrees', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      api.hold = true;
      const el = await connected(api);
      expect(el.moveTask('b', { column: 'done', lane: 'all' }, 0)).to.equal(true);
      await el.updateComplete;
      expect(columnOf(el, 'b')).to.equal('done');
      await waitUntil(() => api.held.length === 1);
      expect(api.patches[0]).to.deep.equal({ taskId: 'b', version: 1, body: { status: 'done' } });
      api.held[0]?.answer();
      await waitUntil(() => live(el).includes('已保存'));
      expect(columnOf(el, 'b')).to.equal('done');
      expect(api.store.get('b')?.version).to.equal(2);
    });
    it('puts the card back and says why when the server fails', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      api.failNext(500);
      const el = await connected(api);
      el.moveTask('b', { column: 'blocked', lane: 'all' }, 0);
      await waitUntil(() => notice(el).includes('未能移动'));
      expect(notice(el)).to.contain('服务器出错（500）');
      expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    });
    it('on 412 shows the newer task and offers to move it again', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      api.touch('b', { title: { zh: '别人改过的任务', en: 'Changed by someone' } });
      el.moveTask('b', { column: 'doing', lane: 'all' }, 0);
      await waitUntil(() => notice(el).includes('已被他人修改'));
      expect(card(el, 'b').textContent).to.contain('别人改过的任务');
      expect(columnOf(el, 'b')).to.equal('todo');
      (part(el, 'notice')?.querySelector('.again') as HTMLElement).click();
      await waitUntil(() => api.patches.length === 2 && live(el).includes('已保存'));
      expect(api.patches[1]?.version).to.equal(2);
      expect(columnOf(el, 'b')).to.equal('doing');
    });
    it('shows every card exactly once when answers arrive in reverse order', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      api.hold = true;
      const el = await connected(api);
      el.moveTask('a', { column: 'doing', lane: 'all' }, 0);
      el.moveTask('b', { column: 'blocked', lane: 'all' }, 0);
      el.moveTask('a', { column: 'done', lane: 'all' }, 0);
      await el.updateComplete;
      await waitUntil(() => api.held.length === 2);
      // The second move of "a" waits for the first; answer "b" first, then "a".
      api.held[1]?.fail(500);
      api.held[0]?.answer();
      await waitUntil(() => api.held.length === 3);
      expect(api.held[2]).to.include({ taskId: 'a', version: 2 });
      api.held[2]?.answer();
      await waitUntil(() => api.store.get('a')?.status === 'done');
      await el.updateComplete;
      const ids = cards(el).map((c) => c.dataset['taskId']);
      expect([...ids].sort()).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(columnOf(el, 'a')).to.equal('done');
      expect(columnOf(el, 'b')).to.equal('todo');
    });
    it('rolls back a 403 and turns read-only', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      api.failNext(403);
      const el = await connected(api);
      el.moveTask('b', { column: 'doing', lane: 'all' }, 0);
      await waitUntil(() => notice(el).includes('没有修改任务的权限'));
      expect(columnOf(el, 'b')).to.equal('todo');
      expect(part(el, 'move-button')).to.equal(null);
      expect(el.moveTask('b', { column: 'doing', lane: 'all' }, 0)).to.equal(false);
      expect(api.patches.length).to.equal(1);
    });
    it('is read-only for a viewer’s token from the first render, and still navigable', async () => {
      const api = fakeTaskApi(PLAN, TASKS, { role: 'viewer' });
      const el = await connected(api);
      expect(part(el, 'move-button')).to.equal(null);
      expect(partText(el, 'readonly-note')).to.contain('当前账号只能查看');
      await focusCard(el, 'a');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(notice(el)).to.contain('看板为只读');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(columnOf(el, 'a')).to.equal('todo');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot?.activeElement).to.equal(card(el, 'b'));
      expect(api.patches.length).to.equal(0);
    });
    it('lets a viewer drag nothing: a pointer drag leaves the card where it was', async () => {
      const api = fakeTaskApi(PLAN, TASKS, { role: 'viewer' });
      const el = await connected(api);
      const from = card(el, 'b').getBoundingClientRect();
      const to = el.shadowRoot?.querySelector('[part~="column"][data-column="doing"]')?.getBoundingClientRect();
      const base = part(el, 'base') as HTMLElement;
      const at = (type: string, x: number, y: number) =>
        card(el, 'b').dispatchEvent(
          new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerId: 7, button: 0 }),
        );
      at('pointerdown', from.x + 10, from.y + 10);
      at('pointermove', (to?.x ?? 0) + 20, (to?.y ?? 0) + 10);
      at('pointerup', (to?.x ?? 0) + 20, (to?.y ?? 0) + 10);
      await el.updateComplete;
      expect(base.querySelector('.drop-indicator')).to.equal(null);
      expect(columnOf(el, 'b')).to.equal('todo');
      expect(api.patches.length).to.equal(0);
    });
    it('offers moves to an editor’s token, and asks the role once for two boards under one provider', async () => {
      const api = fakeTaskApi(PLAN, TASKS, { role: 'editor' });
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} plan=${PLAN.id} as-of=${AS_OF} locale="zh-CN">
          <pk-task-board></pk-task-board><pk-task-board group-by="owner"></pk-task-board>
        </pk-provider>`,
      );
      const [first, second] = [...provider.querySelectorAll('pk-task-board')] as TaskBoardElement[];
      await untilPart(first as TaskBoardElement, 'card');
      await untilPart(second as TaskBoardElement, 'card');
      expect(part(first as TaskBoardElement, 'move-button')).not.to.equal(null);
      expect(part(second as TaskBoardElement, 'readonly-note')).to.equal(null);
      expect(api.sessionRequests).to.equal(1);
    });
    it('asks the role again when the page sets a new getToken (a user signed in with another role)', async () => {
      let role: 'viewer' | 'editor' = 'viewer';
      const api = fakeTaskApi(PLAN, TASKS, { role: () => role });
      const el = await connected(api);
      expect(part(el, 'move-button')).to.equal(null);
      role = 'editor';
      const provider = el.closest('pk-provider') as ProviderElement;
      provider.getToken = () => 'editor-token';
      await waitUntil(() => part(el, 'move-button') !== null, 'the editor is offered moves');
      expect(part(el, 'readonly-note')).to.equal(null);
      expect(api.sessionRequests).to.equal(2);
    });
    it('is accessible read-only for a viewer', async () => {
      const el = await connected(fakeTaskApi(PLAN, TASKS, { role: 'viewer' }));
      await expect(el).to.be.accessible();
    });
    it('never sends a move from a read-only board', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api, 'readonly');
      await focusCard(el, 'b');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      expect(api.patches.length).to.equal(0);
    });
    it('shows only the tasks of the KPI selected on the provider', async () => {
      const api = fakeTaskApi(PLAN, TASKS);
      const el = await connected(api);
      const provider = el.closest('pk-provider') as ProviderElement;
      provider.select({ kpiId: 'sales-volume' });
      await el.updateComplete;
      await waitUntil(() => cards(el).length === 1);
      expect(shadowText(el)).to.contain('只显示与指标“sales-volume”关联的任务');
    });
  });
});
