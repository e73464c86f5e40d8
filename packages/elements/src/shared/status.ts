// A KPI status as its icon and its words: status is never shown by colour alone,
// so every status has its own shape (check, arrow, triangle, cross, dash) and text.
import { css, html, type TemplateResult } from 'lit';
import type { KpiStatus } from '@plankit/sdk';
import type { MessageKey } from './i18n/zh-CN.js';

/** Statuses in the order summaries list them, best first. */
export const STATUS_ORDER: readonly KpiStatus[] = ['met', 'on-track', 'at-risk', 'off-track', 'no-data'];

const STATUS_MESSAGES: Readonly<Record<KpiStatus, MessageKey>> = {
  met: 'statusMet',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  'off-track': 'statusOffTrack',
  'no-data': 'statusNoData',
};

export function statusMessageKey(status: KpiStatus): MessageKey {
  return STATUS_MESSAGES[status];
}

/**
 * The icon of a status as two paths in a 16×16 box: its shape (filled, or a ring) and the mark on it.
 * Two paths of every status share one template, so an icon costs no nested template; how each is
 * painted is in statusIconStyles, keyed on `data-status`.
 */
export function statusIconPaths(status: KpiStatus): { shape: string; mark: string } {
  switch (status) {
    case 'met': // a check in a disc
      return { shape: 'M8 1a7 7 0 1 1 0 14A7 7 0 1 1 8 1z', mark: 'M4.5 8.2l2.3 2.3 4.7-4.9' };
    case 'on-track': // an arrow in a ring
      return { shape: 'M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 1 1 8 1.8z', mark: 'M5 8h5.5M8.3 5.5L10.8 8l-2.5 2.5' };
    case 'at-risk': // an exclamation mark in a triangle (its dot is a round cap on an empty segment)
      return { shape: 'M8 1.5l7 12.5H1z', mark: 'M8 6v3.8M8 11.9h0' };
    case 'off-track': // a cross in an octagon
      return { shape: 'M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z', mark: 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8' };
    case 'no-data': // a dash in a dashed ring
      return { shape: 'M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 1 1 8 1.8z', mark: 'M5.2 8h5.6' };
  }
}

/** The status icon, decorative (the status text next to it carries the meaning). Coloured by `currentColor`. */
export function statusIcon(status: KpiStatus): TemplateResult {
  const { shape, mark } = statusIconPaths(status);
  return html`<svg
    class="status-icon"
    data-status=${status}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    <path class="shape" d=${shape} />
    <path class="mark" d=${mark} />
  </svg>`;
}

/** How the two paths of a status icon are painted: every element showing one includes this. */
export const statusIconStyles = css`
  .status-icon {
    flex: none;
  }
  .status-icon path {
    fill: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .status-icon .mark {
    fill: none;
    stroke: #fff;
    stroke-width: 1.7;
  }
  [data-status='on-track'] .shape,
  [data-status='no-data'] .shape {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }
  [data-status='no-data'] .shape {
    stroke-width: 1.5;
    stroke-dasharray: 2.4 1.6;
  }
  [data-status='on-track'] .mark,
  [data-status='no-data'] .mark {
    stroke: currentColor;
    stroke-width: 1.6;
  }
  [data-status='met'] .mark {
    stroke-width: 1.8;
  }
  [data-status='at-risk'] .mark {
    stroke-width: 1.6;
  }
  /* High contrast: the shapes take the system's text colour, so the marks cut into filled shapes take
     its background colour (white on a white disc would vanish in a dark theme). */
  @media (forced-colors: active) {
    [data-status='met'] .mark,
    [data-status='at-risk'] .mark,
    [data-status='off-track'] .mark {
      stroke: Canvas;
    }
  }
`;
