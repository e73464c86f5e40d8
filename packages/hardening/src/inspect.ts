// Reading the rendered elements from the page: state, text through every shadow root, the elements and
// attributes inside them, and whether anything leaves its box. Each function is sent to the page as source
// (the harness's runInPage) with the helpers it calls named beside it; element states are read by the harness.
import type { Page } from 'playwright-core';
import { runInPage, waitForStates as waitFor, type ElementState } from '@plankit/harness/in-page';

export { runInPage, type ElementState };

export interface CaseInspection {
  caseId: string;
  tag: string;
  state: ElementState;
  /** Whether the expected text appears, whole, in one rendered text node (null when none was expected). */
  showsText: boolean | null;
  /** Elements inside the element's shadow trees (nested ones included), by tag name. */
  tags: Record<string, number>;
  /** `on*` attributes and javascript: URLs found anywhere in the element's trees. */
  dangerousAttributes: string[];
  /** Descriptions of boxes that stick out of the element or the element out of its box. */
  overflow: string[];
  /** Visible text of the error view (role=alert), '' when there is none. */
  alertText: string;
  hasRetry: boolean;
}

export interface InspectRequest {
  cases: Array<{ caseId: string; tag: string; expectedText: string | null }>;
}

/** Runs in the page. */
function inspectInPage(request: InspectRequest): CaseInspection[] {
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster']);

  /** Every element under `root` in document order, entering open shadow roots (each host's shadow tree first). */
  const walk = (
    root: Element,
    visit: (element: Element, clip: { left: number; right: number }) => void,
    clip: { left: number; right: number },
  ): void => {
    visit(root, clip);
    let inner = clip;
    const style = getComputedStyle(root);
    if (style.overflowX !== 'visible' && style.display !== 'contents') {
      const rect = root.getBoundingClientRect();
      inner = { left: Math.max(clip.left, rect.left), right: Math.min(clip.right, rect.right) };
    }
    const children: Element[] = [];
    if (root.shadowRoot !== null) children.push(...Array.from(root.shadowRoot.children));
    children.push(...Array.from(root.children));
    for (const child of children) walk(child, visit, inner);
  };

  const deepText = (node: Node, out: Array<{ text: string; parent: Element | null }>): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push({ text: (node as Text).data, parent: node.parentElement });
      return;
    }
    if (node instanceof Element && node.shadowRoot !== null)
      for (const child of Array.from(node.shadowRoot.childNodes)) deepText(child, out);
    for (const child of Array.from(node.childNodes)) deepText(child, out);
  };

  return request.cases.map(({ caseId, tag, expectedText }): CaseInspection => {
    const box = document.querySelector(`[data-case="${CSS.escape(caseId)}"]`);
    const host = box?.querySelector(tag) ?? null;
    const empty: CaseInspection = {
      caseId,
      tag,
      state: 'none',
      showsText: null,
      tags: {},
      dangerousAttributes: [],
      overflow: [],
      alertText: '',
      hasRetry: false,
    };
    if (box === null || host === null || host.shadowRoot === null)
      return { ...empty, overflow: ['the element is missing'] };
    const shadow = host.shadowRoot;

    const stateView = shadow.querySelector('[part~="state"]');
    let state: ElementState = 'none';
    if (stateView !== null) {
      const role = stateView.getAttribute('role');
      state = role === 'alert' ? 'error' : role === 'status' ? 'loading' : 'notice';
    } else if (shadow.querySelector('[part~="base"]') !== null) state = 'data';

    const alert = shadow.querySelector('[role="alert"]');
    const alertText = alert instanceof HTMLElement ? alert.innerText.trim() : '';
    const hasRetry = shadow.querySelector('[part~="retry"]') !== null;

    const tags: Record<string, number> = {};
    const dangerousAttributes: string[] = [];
    const overflow: string[] = [];
    const boxRect = box.getBoundingClientRect();
    const hostRect = host.getBoundingClientRect();
    const slack = 1;
    if (hostRect.left < boxRect.left - slack || hostRect.right > boxRect.right + slack) {
      overflow.push(`<${tag}> is ${hostRect.width.toFixed(1)}px wide in a ${boxRect.width.toFixed(1)}px box`);
    }
    const unclipped = { left: -Infinity, right: Infinity };
    walk(
      host,
      (element, clip) => {
        if (element !== host) tags[element.localName] = (tags[element.localName] ?? 0) + 1;
        for (const attribute of Array.from(element.attributes)) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) dangerousAttributes.push(`<${element.localName} ${name}>`);
          if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
            dangerousAttributes.push(`<${element.localName} ${name}="${attribute.value.slice(0, 40)}">`);
          }
        }
        if (element === host) return;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) return;
        // What can be seen of the element: its box, widened by content that overflows it, cut by clipping ancestors.
        let right = rect.right;
        let left = rect.left;
        if (
          element instanceof HTMLElement &&
          element.clientWidth > 0 &&
          getComputedStyle(element).overflowX === 'visible'
        ) {
          const extra = element.scrollWidth - element.clientWidth;
          if (extra > slack) {
            if (getComputedStyle(element).direction === 'rtl') left -= extra;
            else right += extra;
          }
        }
        const visibleLeft = Math.max(left, clip.left);
        const visibleRight = Math.min(right, clip.right);
        if (visibleRight <= visibleLeft) return;
        if (visibleRight > hostRect.right + slack || visibleLeft < hostRect.left - slack) {
          const part = element.getAttribute('part');
          overflow.push(
            `<${element.localName}${part === null ? '' : ` part="${part}"`}> spans ${visibleLeft.toFixed(0)}–${visibleRight.toFixed(0)}px, the element ${hostRect.left.toFixed(0)}–${hostRect.right.toFixed(0)}px`,
          );
        }
      },
      unclipped,
    );

    let showsText: boolean | null = null;
    if (expectedText !== null) {
      const texts: Array<{ text: string; parent: Element | null }> = [];
      deepText(host, texts);
      showsText = texts.some(
        ({ text, parent }) => text.includes(expectedText) && parent !== null && parent.getClientRects().length > 0,
      );
    }
    return {
      caseId,
      tag,
      state,
      showsText,
      tags,
      dangerousAttributes,
      overflow: overflow.slice(0, 5),
      alertText,
      hasRetry,
    };
  });
}

export function inspectCases(page: Page, request: InspectRequest): Promise<CaseInspection[]> {
  return runInPage(page, inspectInPage, request);
}

/**
 * Wait until every case's element is in one of `wanted` states (default: anything but loading and none);
 * resolves with the last states seen, whether or not they got there within `timeoutMs`.
 */
export function waitForStates(
  page: Page,
  cases: Array<{ caseId: string; tag: string }>,
  timeoutMs: number,
  wanted: readonly ElementState[] = ['data', 'error', 'notice'],
): Promise<ElementState[]> {
  return waitFor(
    page,
    cases.map(({ caseId, tag }) => ({ caseId, selector: tag })),
    timeoutMs,
    wanted,
  );
}

/**
 * Runs in the page (sent along with the functions that call it): the interaction target of a case, the element
 * itself or the first match of `target` inside its shadow trees (nested ones too).
 */
function caseTargetInPage({
  caseId,
  tag,
  target,
}: {
  caseId: string;
  tag: string;
  target: string | null;
}): Element | null {
  const deepQuery = (root: Element | ShadowRoot, selector: string): Element | null => {
    const direct = root.querySelector(selector);
    if (direct !== null) return direct;
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (element.shadowRoot !== null) {
        const found = deepQuery(element.shadowRoot, selector);
        if (found !== null) return found;
      }
    }
    return null;
  };
  const host = document.querySelector(`[data-case="${CSS.escape(caseId)}"]`)?.querySelector(tag) ?? null;
  if (host === null) return null;
  return target === null ? host : host.shadowRoot === null ? null : deepQuery(host.shadowRoot, target);
}

/** Runs in the page: centre of the interaction target of each case (the element itself or a match inside it). */
function pointsInPage(
  cases: Array<{ caseId: string; tag: string; target: string | null }>,
): Array<{ x: number; y: number } | null> {
  return cases.map((request) => {
    const element = caseTargetInPage(request);
    if (element === null) return null;
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    // Aim at the upper part: the label, not the middle of an SVG.
    return { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 24) };
  });
}

export function interactionPoints(
  page: Page,
  cases: Array<{ caseId: string; tag: string; target: string | null }>,
): Promise<Array<{ x: number; y: number } | null>> {
  return runInPage(page, pointsInPage, cases, [caseTargetInPage]);
}

/** Runs in the page: focus the interaction target of one case; whether it took focus. */
function focusInPage(request: { caseId: string; tag: string; target: string | null }): boolean {
  const element = caseTargetInPage(request);
  // SVG targets (a map's grids) take focus too.
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
  element.focus();
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === element || element.contains(active) || element.shadowRoot?.contains(active) === true;
}

export function focusTarget(
  page: Page,
  request: { caseId: string; tag: string; target: string | null },
): Promise<boolean> {
  return runInPage(page, focusInPage, request, [caseTargetInPage]);
}

/** Runs in the page: every attribute value and every text node of the document, through all shadow roots. */
function everythingInPage(_: null): { attributes: string[]; texts: string[] } {
  const attributes: string[] = [];
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      for (const attribute of Array.from(node.attributes))
        attributes.push(`${node.localName} ${attribute.name}=${attribute.value}`);
      if (node.shadowRoot !== null) for (const child of Array.from(node.shadowRoot.childNodes)) visit(child);
    } else if (node.nodeType === Node.TEXT_NODE) texts.push((node as Text).data);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(document.documentElement);
  return { attributes, texts };
}

export function everything(page: Page): Promise<{ attributes: string[]; texts: string[] }> {
  return runInPage(page, everythingInPage, null);
}
