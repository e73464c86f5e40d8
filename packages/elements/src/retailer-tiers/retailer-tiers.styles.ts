// Styles of <pk-retailer-tiers>: public --pk-retailer-tiers-* tokens copied into private ones; the chart's SVG
// classes (also inlined, with resolved colours, into an exported SVG), the band summary and the table.
import { css } from 'lit';
import { hostStyles } from '../shared/tokens.js';

/** The chart's own rules: plain `var(--_x)` reads only, so an export can replace each with its computed value. */
export const chartStyles = css`
  svg {
    font-family: var(--_font);
    font-size: 11px;
  }
  .shade {
    fill: var(--_band-shade);
    opacity: 0.55;
  }
  .shade.odd {
    opacity: 0.25;
  }
  .shade.target {
    fill: url(#pk-tiers-hatch);
    opacity: 1;
  }
  .hatch {
    stroke: var(--_target-color);
    stroke-width: 1.5;
    opacity: 0.3;
  }
  .band-edge {
    stroke: var(--_border);
  }
  .band-label {
    fill: var(--_text-muted);
    text-anchor: middle;
  }
  .band-label.target {
    fill: var(--_text);
    font-weight: 700;
  }
  .grid-line {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .zero {
    stroke: var(--_text-muted);
  }
  .tick,
  .tier-label {
    fill: var(--_text-muted);
  }
  .tick {
    text-anchor: end;
  }
  .tier-label {
    text-anchor: middle;
  }
  .bar {
    fill: var(--_bar-color);
  }
  .bar.target {
    fill: var(--_target-color);
  }
  .no-data {
    stroke: var(--_text-muted);
    stroke-dasharray: 2 2;
  }
  .reference {
    stroke: var(--_reference-color);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .reference-label {
    fill: var(--_reference-color);
    text-anchor: end;
    font-weight: 600;
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
  }
  .selected-band {
    fill: none;
    stroke: var(--_selected-color);
    stroke-width: 2;
  }
  .tip rect {
    fill: var(--_surface);
    stroke: var(--_text-muted);
  }
  .tip text {
    fill: var(--_text);
  }
`;

/** The shared box (hostStyles), then the element's own rules: one plain template, so the build minifies it. */
export const tiersStyles = [
  hostStyles,
  css`
    :host {
      --_bar-color: var(--pk-retailer-tiers-bar-color, var(--_accent));
      --_target-color: var(--pk-retailer-tiers-target-color, var(--_at-risk));
      --_band-shade: var(--pk-retailer-tiers-band-shade, var(--_track));
      --_reference-color: var(--pk-retailer-tiers-reference-color, var(--_off-track));
      --_selected-color: var(--pk-retailer-tiers-selected-color, var(--_text));
    }
    .base {
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s) var(--_space-l);
    }
    .scope {
      margin: 0 auto 0 0;
      min-width: 0;
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    .metrics {
      display: inline-flex;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 0;
      padding: var(--_space-xs) var(--_space-m);
      cursor: pointer;
      word-break: keep-all;
    }
    .metrics button + button {
      border-left: 1px solid var(--_border);
    }
    .toggle {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_surface);
      font-weight: var(--_font-weight-strong);
    }
    button:focus-visible,
    .tier:focus-visible {
      outline: var(--_focus-width) solid var(--_focus-ring);
      outline-offset: 1px;
    }
    .tier {
      cursor: pointer;
      outline: none;
    }
    .tier:focus-visible .ring,
    .tier[aria-selected='true'] .ring {
      stroke: var(--_focus-ring);
      stroke-width: 2;
    }
    .tier[aria-selected='true'] .ring {
      stroke: var(--_selected-color);
      stroke-dasharray: 3 2;
    }
    .body {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-l);
      align-items: flex-start;
    }
    .chart,
    .table-wrap {
      flex: 3 1 24rem;
      min-width: 0;
      margin: 0;
    }
    .chart svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      color: var(--_text-muted);
      font-size: var(--_font-size-small);
      padding-bottom: var(--_space-xs);
    }
    th,
    td {
      padding: 2px var(--_space-s);
      border-bottom: 1px solid var(--_border);
      text-align: end;
      white-space: nowrap;
    }
    th:first-child,
    th[scope='col'] {
      text-align: start;
    }
    tr.target {
      font-weight: var(--_font-weight-strong);
    }
    tfoot th,
    tfoot td {
      border-top: 2px solid var(--_border);
    }
    .bands {
      flex: 1 1 14rem;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .band {
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .band.target {
      border: 2px solid var(--_target-color);
    }
    .band h3 {
      margin: 0;
      font-size: var(--_font-size);
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_space-xs) var(--_space-s);
    }
    .band h3 button {
      /* Two lines at most, then an ellipsis: the whole name is in its title and in the table. */
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
      min-width: 0;
      padding: 0;
      font-weight: var(--_font-weight-strong);
      text-align: start;
      text-decoration: underline dotted;
      overflow-wrap: anywhere;
    }
    .badge {
      font-size: var(--_font-size-small);
      font-weight: var(--_font-weight-strong);
      padding: 0 var(--_space-xs);
      border: 1px solid var(--_target-color);
      border-radius: var(--_radius);
      word-break: keep-all;
    }
    .band dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 var(--_space-s);
      margin: var(--_space-xs) 0 0;
      font-size: var(--_font-size-small);
    }
    .band dt {
      color: var(--_text-muted);
      word-break: keep-all;
    }
    .band dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .up {
      color: var(--_met);
    }
    .down {
      color: var(--_off-track);
    }
    .met .status-icon {
      color: var(--_met);
    }
    .below .status-icon {
      color: var(--_off-track);
    }
    .state {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* Paper (with the shared print tokens): black text and borders on white; the picked metric or view underlined
     and the target band's bars outlined, since a printer may drop fills and prints colours as greys; the chart,
     each band and each table row kept whole; no tooltip. */
    @media print {
      :host {
        background: #fff;
      }
      button[aria-pressed='true'] {
        background: none;
        color: var(--_text);
        text-decoration: underline 2px;
      }
      .bar.target {
        stroke: var(--_text);
        stroke-width: 1.5;
      }
      .band.target {
        border-color: var(--_text);
      }
      .chart,
      .band,
      tr {
        break-inside: avoid;
      }
      .tip {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .bar,
      .bar.target {
        fill: CanvasText;
      }
      .shade,
      .hatch {
        fill: Canvas;
        stroke: GrayText;
      }
      .reference,
      .selected-band,
      .tier[aria-selected='true'] .ring,
      .tier:focus-visible .ring {
        stroke: Highlight;
      }
      .reference-label,
      .band-label,
      .tick,
      .tier-label {
        fill: CanvasText;
      }
    }
  `,
];
