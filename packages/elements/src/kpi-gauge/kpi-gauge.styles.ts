// Styles of <pk-kpi-gauge>: public --pk-kpi-gauge-* tokens copied into private ones, three layouts
// over one DOM (grid areas), status colours, CJK-safe labels. Geometry lives in SVG attributes.
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
    display: grid;
    align-content: start;
    gap: var(--_space-xs) var(--_space-s);
    padding: var(--_padding);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
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
  .label {
    grid-area: label;
    min-width: 0;
    font-weight: var(--_font-weight-strong);
    /* CJK: keep words whole, wrap long Latin ids, clamp with room for the glyphs. */
    word-break: keep-all;
    overflow-wrap: anywhere;
    line-height: 1.4;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .scale {
    grid-area: scale;
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
  .readout {
    grid-area: readout;
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .value {
    font-size: var(--_value-size);
    font-weight: var(--_font-weight-strong);
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .radial .value {
    /* "249K cases" may wrap at its space rather than spill over the arc. */
    white-space: normal;
  }
  .rule,
  .meta {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .status {
    grid-area: status;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_status);
    font-weight: var(--_font-weight-strong);
    word-break: keep-all;
  }
  .status-icon {
    flex: none;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-s);
  }
  .sparkline {
    grid-area: spark;
    width: 100%;
    height: 1.5rem;
  }
  .sparkline polyline {
    fill: none;
    stroke: var(--_status);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }

  /* radial: the value sits in the middle of the arc (two items share the grid area). */
  .radial {
    grid-template-areas: 'label' 'scale' 'status' 'meta' 'spark';
    justify-items: center;
    text-align: center;
  }
  .radial .scale {
    width: var(--_size);
    max-width: 100%;
  }
  .radial .readout {
    grid-area: scale;
    align-self: center;
    align-items: center;
    max-width: calc(var(--_size) * 0.7);
    padding-top: var(--_space-s);
  }
  .radial .meta {
    justify-content: center;
  }

  /* linear: name, then value and rule, the bar, status, last year, sparkline. */
  .linear,
  .compact {
    align-items: baseline;
  }
  .linear {
    grid-template-areas: 'label' 'readout' 'scale' 'status' 'meta' 'spark';
  }
  .linear .readout {
    flex-flow: row wrap;
    align-items: baseline;
    justify-content: space-between;
    column-gap: var(--_space-s);
  }
  /* compact: one line of name and value, the bar, then status and rule. */
  .compact {
    --_value-size: var(--pk-kpi-gauge-value-font-size, var(--_font-size));
    --_padding: var(--pk-kpi-gauge-padding, var(--_space-s));
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'label label value' 'scale scale scale' 'status rule rule';
  }
  .compact .readout {
    display: contents;
  }
  .compact .value {
    grid-area: value;
  }
  .compact .rule {
    grid-area: rule;
    text-align: end;
  }
  .linear .status,
  .compact .status {
    white-space: nowrap;
  }
  .linear .scale,
  .compact .scale {
    width: 100%;
    height: 12px;
  }
  .compact .label {
    -webkit-line-clamp: 1;
  }
  .compact .status {
    font-size: var(--_font-size-small);
  }
`;
