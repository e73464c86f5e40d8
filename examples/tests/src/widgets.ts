// What a user sees of the widgets, read in the page: whether each shows its data, its text, and its layout.
import type { Page } from 'playwright-core';
import { waitForStates, type ElementState } from '@plankit/harness/in-page';

export const WIDGET_TAGS = ['pk-kpi-panel', 'pk-kpi-gauge', 'pk-task-board', 'pk-grid-map', 'pk-retailer-tiers'];

export type WidgetState = ElementState;

/**
 * Wait until the first element of every tag (or selector) shows its data (a `base` part, not a state view); the
 * last states seen when that does not happen in time.
 */
export function waitForData(page: Page, tags: readonly string[], timeoutMs = 15_000): Promise<WidgetState[]> {
  return waitForStates(
    page,
    tags.map((selector) => ({ selector })),
    timeoutMs,
    ['data'],
  );
}

export interface WidgetLook {
  tag: string;
  /** The host's box, rounded to the half pixel. */
  size: { width: number; height: number };
  /** Visible text of the widget, through nested shadow roots, whitespace collapsed. */
  text: string;
  /** Every drawn box in the shadow tree (nested ones too), relative to the host, each `tag x,y wxh fontSize`. */
  boxes: string[];
}

/** How each widget looks: size, text and the boxes of everything it draws. */
export function widgetLooks(page: Page, tags: readonly string[]): Promise<WidgetLook[]> {
  return page.evaluate(
    (list) => {
      const half = (value: number) => Math.round(value * 2) / 2;
      return list.map((tag) => {
        const host = document.querySelector(tag);
        if (host === null) return { tag, size: { width: 0, height: 0 }, text: '', boxes: [] };
        const origin = host.getBoundingClientRect();
        const boxes: string[] = [];
        const texts: string[] = [];
        const walk = (root: ShadowRoot | Element) => {
          for (const node of Array.from(root.childNodes)) {
            if (node.nodeType === Node.TEXT_NODE) {
              const parent = node.parentElement;
              if (parent !== null && parent.closest('style, script') === null) texts.push(node.textContent ?? '');
            } else if (node instanceof Element) {
              const box = node.getBoundingClientRect();
              const style = getComputedStyle(node);
              // Nothing drawn (an SVG <defs>, a closed <select>'s options): no box to compare.
              if (box.width > 0 || box.height > 0)
                boxes.push(
                  `${node.localName} ${half(box.x - origin.x)},${half(box.y - origin.y)} ${half(box.width)}x${half(box.height)} ${style.fontSize}`,
                );
              if (node.shadowRoot !== null) walk(node.shadowRoot);
              walk(node);
            }
          }
        };
        if (host.shadowRoot !== null) walk(host.shadowRoot);
        return {
          tag,
          size: { width: half(origin.width), height: half(origin.height) },
          text: texts.join(' ').replace(/\s+/g, ' ').trim(),
          boxes,
        };
      });
    },
    [...tags],
  );
}
