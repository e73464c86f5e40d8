// Roving-tabindex controller (after Spectrum's RovingTabindex): a group of items is one tab stop;
// arrow keys, Home and End move focus inside it. In `grid` mode Up and Down move to the nearest item
// in the row above or below as laid out, so responsive grids and grouped sections work unchanged.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type RovingDirection = 'horizontal' | 'vertical' | 'both' | 'grid';

export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items, in reading order. Read after every host update. */
  elements(): readonly T[];
  /** Which arrow keys move focus. Default `both` (each arrow steps through reading order). */
  direction?: RovingDirection;
  /** Items that may take focus; others are skipped. Default: every item. */
  isFocusable?(element: T): boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

export class RovingTabindexController<T extends HTMLElement> implements ReactiveController {
  private readonly host: Host;
  private readonly options: RovingTabindexOptions<T>;
  private active: T | undefined;

  constructor(host: Host, options: RovingTabindexOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('focusin', this.onFocusin);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('focusin', this.onFocusin);
  }

  hostUpdated(): void {
    this.manage();
  }

  /** The item that is the group's tab stop. */
  get activeElement(): T | undefined {
    return this.active;
  }

  private focusable(): T[] {
    const isFocusable = this.options.isFocusable ?? (() => true);
    return this.options.elements().filter((element) => isFocusable(element));
  }

  /** Give the tab stop to the active item (or the first) and take it from every other one. */
  manage(): void {
    const items = this.focusable();
    if (this.active === undefined || !items.includes(this.active)) this.active = items[0];
    for (const element of this.options.elements()) {
      element.tabIndex = element === this.active ? 0 : -1;
    }
  }

  /** Make `element` the tab stop without moving the focus (a view restored from storage). */
  activate(element: T): void {
    this.active = element;
    this.manage();
  }

  /** Make `element` the tab stop and focus it. */
  focus(element: T): void {
    this.activate(element);
    element.focus();
  }

  private itemInPath(event: Event): T | undefined {
    const items = this.options.elements();
    for (const target of event.composedPath()) {
      if (items.includes(target as T)) return target as T;
      if (target === this.host) break;
    }
    return undefined;
  }

  private readonly onFocusin = (event: FocusEvent): void => {
    const item = this.itemInPath(event);
    if (item !== undefined && item !== this.active) {
      this.active = item;
      this.manage();
    }
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.itemInPath(event);
    if (current === undefined) return;
    const items = this.focusable();
    const next = this.target(event.key, current, items);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== current) this.focus(next);
  };

  private target(key: string, current: T, items: readonly T[]): T | undefined {
    const direction = this.options.direction ?? 'both';
    const index = items.indexOf(current);
    const horizontal = direction !== 'vertical';
    const vertical = direction !== 'horizontal';
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    switch (key) {
      case 'Home':
        return items[0];
      case 'End':
        return items[items.length - 1];
      case 'ArrowRight':
        return horizontal ? (items[Math.min(index + (rtl ? -1 : 1), items.length - 1)] ?? current) : undefined;
      case 'ArrowLeft':
        return horizontal ? (items[Math.max(index + (rtl ? 1 : -1), 0)] ?? current) : undefined;
      case 'ArrowDown':
        if (!vertical) return undefined;
        return direction === 'grid'
          ? nearestInRow(current, items, 'below')
          : items[Math.min(index + 1, items.length - 1)];
      case 'ArrowUp':
        if (!vertical) return undefined;
        return direction === 'grid' ? nearestInRow(current, items, 'above') : items[Math.max(index - 1, 0)];
      default:
        return undefined;
    }
  }
}

/**
 * The item in the nearest row above or below `current` whose centre is closest horizontally,
 * measured from the layout; `current` itself when there is no such row.
 */
function nearestInRow<T extends HTMLElement>(current: T, items: readonly T[], side: 'above' | 'below'): T {
  const from = current.getBoundingClientRect();
  const centre = from.left + from.width / 2;
  let best: T = current;
  let bestRow = Infinity;
  let bestOffset = Infinity;
  for (const item of items) {
    if (item === current) continue;
    const rect = item.getBoundingClientRect();
    const rowDistance = side === 'below' ? rect.top - from.bottom : from.top - rect.bottom;
    // Items overlapping the current row vertically are in the same row.
    if (rowDistance < -from.height / 2) continue;
    const row = Math.round(rowDistance);
    const offset = Math.abs(rect.left + rect.width / 2 - centre);
    if (row < bestRow || (row === bestRow && offset < bestOffset)) {
      best = item;
      bestRow = row;
      bestOffset = offset;
    }
  }
  return best;
}
