// Styles of <pk-kpi-panel>: summary chips with status icons, category headings, a responsive gauge grid.
import { css } from 'lit';
import { hostStyles } from '../shared/tokens.js';

/** The shared box (hostStyles), then the element's own rules: one plain template, so the build minifies it. */
export const panelStyles = [
  hostStyles,
  css`
    :host {
      --_min-column: var(--pk-kpi-panel-min-column, 13rem);
      --_gap: var(--pk-kpi-panel-gap, var(--_space-m));
    }
    .base {
      padding: var(--_space-m);
      display: flex;
      flex-direction: column;
      gap: var(--_space-l);
    }
    .as-of {
      margin: 0 0 calc(var(--_space-xs) - var(--_space-l));
      font-size: var(--_font-size-small);
      color: var(--_text-muted);
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-l);
      margin: 0;
      padding: var(--_space-s) var(--_space-m);
      list-style: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .summary-item {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      word-break: keep-all;
    }
    .summary-item .status-icon {
      flex: none;
    }
    .met .status-icon {
      color: var(--_met);
    }
    .on-track .status-icon {
      color: var(--_on-track);
    }
    .at-risk .status-icon {
      color: var(--_at-risk);
    }
    .off-track .status-icon {
      color: var(--_off-track);
    }
    .no-data .status-icon {
      color: var(--_no-data);
    }
    .group {
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
    }
    .heading {
      margin: 0;
      font-size: var(--_font-size);
      font-weight: var(--_font-weight-strong);
      color: var(--_text-muted);
      word-break: keep-all;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(var(--_min-column), 100%), 1fr));
      gap: var(--_gap);
    }
    .state {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    /* Paper (with the shared print tokens): white, black borders, a heading kept with its gauges. */
    @media print {
      :host {
        background: #fff;
      }
      .heading {
        color: var(--_text);
        break-after: avoid;
      }
    }
  `,
];
