// Functions the browser suites run in a page (through Playwright, as source), and what they read there that every
// suite reads the same way: the state an element shows (its data, or its state view and that view's role).
import type { Page } from 'playwright-core';

/**
 * Runs `fn(arg)` in the page, with `helpers` defined beside it under their own names (the functions `fn` calls).
 * tsx's keep-names transform wraps functions in a `__name` helper, which their source carries along: it is
 * defined too.
 */
export function runInPage<A, R>(
  page: Page,
  fn: (arg: A) => R,
  arg: A,
  helpers: ReadonlyArray<(...args: never[]) => unknown> = [],
): Promise<R> {
  const defined = helpers.map((helper) => `const ${helper.name} = ${helper.toString()};`).join(' ');
  const source = `(() => { const __name = (target) => target; ${defined} return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
  return page.evaluate(source) as Promise<R>;
}

/** What an element shows: its data (a `base` part), an error, loading or a notice (its `state` part), or nothing. */
export type ElementState = 'data' | 'error' | 'loading' | 'notice' | 'none';

/** Where an element is: the first match of `selector`, inside the box whose `data-case` is `caseId` when given. */
export interface ElementRef {
  caseId?: string;
  selector: string;
}

/** Runs in the page: the state of each element (see ElementState). */
function statesInPage(refs: ElementRef[]): ElementState[] {
  return refs.map(({ caseId, selector }) => {
    const scope = caseId === undefined ? document : document.querySelector(`[data-case="${CSS.escape(caseId)}"]`);
    const shadow = scope?.querySelector(selector)?.shadowRoot;
    if (shadow === null || shadow === undefined) return 'none';
    const stateView = shadow.querySelector('[part~="state"]');
    if (stateView !== null) {
      const role = stateView.getAttribute('role');
      return role === 'alert' ? 'error' : role === 'status' ? 'loading' : 'notice';
    }
    return shadow.querySelector('[part~="base"]') !== null ? 'data' : 'none';
  });
}

/** The state each element shows now. */
export function elementStates(page: Page, refs: readonly ElementRef[]): Promise<ElementState[]> {
  return runInPage(page, statesInPage, [...refs]);
}

/**
 * Waits until every element is in one of `wanted` states; resolves with the last states seen, whether or not they
 * got there within `timeoutMs`.
 */
export async function waitForStates(
  page: Page,
  refs: readonly ElementRef[],
  timeoutMs: number,
  wanted: readonly ElementState[],
): Promise<ElementState[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await elementStates(page, refs);
    if (states.every((state) => wanted.includes(state)) || Date.now() > deadline) return states;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
