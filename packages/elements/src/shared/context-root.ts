// Lets elements find a <pk-provider> that is defined or inserted after them (separate imports in any
// order, markup upgraded out of order): unanswered context requests are replayed when a provider appears.
import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('plankit.context-root');

/** Attach one ContextRoot to the document, once per page even with two copies of Plankit. */
export function attachContextRoot(): void {
  const root = document.documentElement as HTMLElement & { [ATTACHED]?: true };
  if (root[ATTACHED]) return;
  root[ATTACHED] = true;
  new ContextRoot().attach(root);
}
