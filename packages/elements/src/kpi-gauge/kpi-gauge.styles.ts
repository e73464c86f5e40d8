// Styles of <pk-kpi-gauge>: public --pk-kpi-gauge-* tokens copied into private ones, the three
// layouts, status colours, CJK-safe labels. Geometry lives in SVG attributes. Radial and linear are
// plain block flow (a grid costs a fifth more layout time per gauge); only compact needs a grid.
import { css } from 'lit';

export const gaugeStyles = css`
  :host {
    --_size: var(--pk-kpi-gauge-size, 9rem);
    --_thickness: var(--pk-kpi-gauge-thickness, 8);
    --_background: var(--pk-kpi-gauge-background, var(--_surface));
    --_border-color: var(--pk-kpi-gauge-border-color, var(--_border));
    --_track-color: var(--pk-kpi-gauge-track-color, var(--_track));
    --_marker-color: var(--pk-kpi-gauge-marker-color, var(--_text));
    --_selected-color: var(--pk-kpi-gauge-selected-color, var(--_accent));
    --_value-size: var(--pk-kpi-gauge-value-font-size, var(--_font-size-large));
    --_padding: var(--pk-kpi-gauge-padding, var(--_space-l));
    display: block;
    min-width: 0;
    border-radius: var(--_radius);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    cursor: pointer;
    outline: none;
  }
  :host([variant='linear']),
  :host([variant='compact']) {
    --_thickness: var(--pk-kpi-gauge-thickness, 6);
  }
  :host(:focus-visible) .base,
  :host(:focus-visible) .state {
    outline: var(--_focus-width) solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .state {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .base {
    --_status: var(--_no-data);
    box-sizing: border-box;
    height: 100%;
    padding: var(--_padding);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .base > * + * {
    margin-top: var(--_space-xs);
  }
  .met {
    --_status: var(--_met);
  }
  .on-track {
    --_status: var(--_on-track);
  }
  .at-risk {
    --_status: var(--_at-risk);
  }
  .off-track {
    --_status: var(--_off-track);
  }
  .selected {
    border-color: var(--_selected-color);
    box-shadow:
      0 0 0 1px var(--_selected-color),
      inset 0 3px 0 var(--_selected-color);
  }
  /* At most two lines, then an ellipsis (the title holds the whole text). CJK: words stay whole,
     long Latin ids wrap, the line height leaves room for the glyphs. */
  .label,
  .rule {
    min-width: 0;
    /* Never below 1.25, whatever --pk-line-height a page sets: clipped CJK glyphs lose their tops. */
    line-height: max(1.25, var(--_line-height));
    word-break: keep-all;
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .label {
    font-weight: var(--_font-weight-strong);
    line-height: 1.4;
  }
  .scale {
    display: block;
    overflow: visible;
  }
  .track,
  .indicator,
  .zone {
    fill: none;
    stroke-width: var(--_thickness);
  }
  .track {
    stroke: var(--_track-color);
  }
  .zone {
    stroke: var(--_status);
    opacity: 0.25;
  }
  .indicator {
    stroke: var(--_status);
    transition: stroke-dasharray var(--_duration) ease-out;
  }
  .marker {
    stroke: var(--_marker-color);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .pace {
    stroke: var(--_text-muted);
    stroke-dasharray: 2 2;
  }
  .value {
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  /* Wraps at its space ("26.2K" over "cases") in a narrow card, never inside a figure. */
  span.value {
    font-size: var(--_value-size);
    line-height: 1.25;
    word-break: keep-all;
  }
  /* The radial value is SVG text: its size is an attribute fitted to the arc, so no font-size here
     (a CSS font-size would override it). */
  .scale .value {
    fill: currentColor;
  }
  .scale .gap {
    font-size: 0;
  }
  .rule,
  .meta {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_status);
    font-weight: var(--_font-weight-strong);
    word-break: keep-all;
  }
  /* One item a line (newlines in one text node), wrapped at spaces when wider than the card. */
  .meta {
    white-space: pre-line;
  }
  .meta:empty {
    display: none;
  }
  .sparkline {
    display: block;
    width: 100%;
    height: 1.5rem;
  }
  .sparkline polyline {
    fill: none;
    stroke: var(--_status);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }

  /* radial: name, the arc with the value inside, the rule, status, last year, sparkline. */
  .radial {
    text-align: center;
  }
  .radial .scale {
    width: var(--_size);
    max-width: 100%;
    margin-inline: auto;
  }
  .radial .status {
    justify-content: center;
  }

  /* linear: name, then value and rule (the rule drops below when both do not fit), the bar, status,
     last year, sparkline. */
  .readout {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    column-gap: var(--_space-s);
  }
  .linear .scale,
  .compact .scale {
    width: 100%;
    height: 12px;
  }
  .linear .status,
  .compact .status {
    white-space: nowrap;
  }

  /* compact: name (up to two lines) and value, the bar, then status and rule on one line. */
  .compact {
    --_value-size: var(--pk-kpi-gauge-value-font-size, var(--_font-size));
    --_padding: var(--pk-kpi-gauge-padding, var(--_space-s));
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'label label value' 'scale scale scale' 'status rule rule';
    align-content: start;
    align-items: baseline;
    gap: var(--_space-xs) var(--_space-s);
  }
  .compact > * {
    margin: 0;
  }
  .compact .label {
    grid-area: label;
  }
  .compact .value {
    grid-area: value;
    text-align: end;
  }
  .compact .scale {
    grid-area: scale;
  }
  .compact .status {
    grid-area: status;
    font-size: var(--_font-size-small);
  }
  .compact .rule {
    grid-area: rule;
    text-align: end;
  }

  /* High contrast (Windows): SVG strokes keep author colours, so they take system colours here; the
     selection's box-shadow is dropped by the browser, so it becomes an outline. Status stays readable
     from its icon and text. */
  @media (forced-colors: active) {
    .track {
      stroke: GrayText;
    }
    .indicator,
    .zone,
    .sparkline polyline {
      stroke: Highlight;
    }
    .marker {
      stroke: CanvasText;
    }
    .selected {
      border-color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
  }

  /* Paper (with the shared print tokens): white card, black border and text, a gauge never split across
     pages; the selection, a shadow on screen, is a thicker border. */
  @media print {
    :host {
      cursor: auto;
      break-inside: avoid;
    }
    .base,
    .state {
      background: #fff;
      border-color: #000;
      box-shadow: none;
    }
    .selected {
      border-width: 2px;
    }
  }
`;
