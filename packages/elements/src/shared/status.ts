// A KPI status as its icon and its words: status is never shown by colour alone,
// so every status has its own shape (check, arrow, triangle, cross, dash) and text.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { KpiStatus } from '@plankit/sdk';
import type { MessageKey } from './i18n/zh-CN.js';

/** Statuses in the order summaries list them, best first. */
export const STATUS_ORDER: readonly KpiStatus[] = ['met', 'on-track', 'at-risk', 'off-track', 'no-data'];

export function statusMessageKey(status: KpiStatus): MessageKey {
  switch (status) {
    case 'met':
      return 'statusMet';
    case 'on-track':
      return 'statusOnTrack';
    case 'at-risk':
      return 'statusAtRisk';
    case 'off-track':
      return 'statusOffTrack';
    case 'no-data':
      return 'statusNoData';
  }
}

function statusShape(status: KpiStatus): SVGTemplateResult {
  switch (status) {
    case 'met': // a check in a disc
      return svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'on-track': // an arrow in a ring
      return svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5 8h5.5M8.3 5.5L10.8 8l-2.5 2.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'at-risk': // an exclamation mark in a triangle
      return svg`<path d="M8 1.5l7 12.5H1z" fill="currentColor"/><path d="M8 6v3.8" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11.9" r="0.95" fill="#fff"/>`;
    case 'off-track': // a cross in an octagon
      return svg`<path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor"/><path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" stroke="#fff" stroke-width="1.7" stroke-linecap="round"/>`;
    case 'no-data': // a dash in a dashed ring
      return svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 1.6"/><path d="M5.2 8h5.6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`;
  }
}

/** The status icon, decorative (the status text next to it carries the meaning). Coloured by `currentColor`. */
export function statusIcon(status: KpiStatus): TemplateResult {
  return html`<svg
    class="status-icon"
    data-status=${status}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${statusShape(status)}
  </svg>`;
}
