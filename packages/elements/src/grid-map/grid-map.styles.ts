// Styles of <pk-grid-map>: public --pk-grid-map-* tokens copied into private ones, a five-class
// sequential scale (light to dark in the light scheme, dark to light in the dark one) plus a hatched
// "no data", selection and focus drawn as outlines over the grids, and the floating toolbar,
// legend and grid panel. Geometry lives in SVG attributes; nothing is styled inline.
import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_height: var(--pk-grid-map-height, 28rem);
    --_c0: var(--pk-grid-map-color-1, #eff6ff);
    --_c1: var(--pk-grid-map-color-2, #bfdbfe);
    --_c2: var(--pk-grid-map-color-3, #60a5fa);
    --_c3: var(--pk-grid-map-color-4, #2563eb);
    --_c4: var(--pk-grid-map-color-5, #1e3a8a);
    --_grid-stroke: var(--pk-grid-map-stroke, #ffffff);
    --_no-data-fill: var(--pk-grid-map-no-data, #d8dee4);
    --_selected-stroke: var(--pk-grid-map-selected-color, #111827);
    --_band-low: var(--pk-grid-map-band-low, #bf8700);
    --_band-mid: var(--pk-grid-map-band-mid, #cf222e);
    --_band-high: var(--pk-grid-map-band-high, #8250df);
    display: block;
    position: relative;
    height: var(--_height);
    min-height: 12rem;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    box-sizing: border-box;
  }
  :host([resolved-color-scheme='dark']) {
    --_c0: var(--pk-grid-map-color-1, #172554);
    --_c1: var(--pk-grid-map-color-2, #1e40af);
    --_c2: var(--pk-grid-map-color-3, #2f81f7);
    --_c3: var(--pk-grid-map-color-4, #79c0ff);
    --_c4: var(--pk-grid-map-color-5, #cae8ff);
    --_grid-stroke: var(--pk-grid-map-stroke, #16181d);
    --_no-data-fill: var(--pk-grid-map-no-data, #3a3f47);
    --_selected-stroke: var(--pk-grid-map-selected-color, #ffffff);
    --_band-low: var(--pk-grid-map-band-low, #d29922);
    --_band-mid: var(--pk-grid-map-band-mid, #ff7b72);
    --_band-high: var(--pk-grid-map-band-high, #d2a8ff);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([resolved-color-scheme='light'])) {
      --_c0: var(--pk-grid-map-color-1, #172554);
      --_c1: var(--pk-grid-map-color-2, #1e40af);
      --_c2: var(--pk-grid-map-color-3, #2f81f7);
      --_c3: var(--pk-grid-map-color-4, #79c0ff);
      --_c4: var(--pk-grid-map-color-5, #cae8ff);
      --_grid-stroke: var(--pk-grid-map-stroke, #16181d);
      --_no-data-fill: var(--pk-grid-map-no-data, #3a3f47);
      --_selected-stroke: var(--pk-grid-map-selected-color, #ffffff);
      --_band-low: var(--pk-grid-map-band-low, #d29922);
      --_band-mid: var(--pk-grid-map-band-mid, #ff7b72);
      --_band-high: var(--pk-grid-map-band-high, #d2a8ff);
    }
  }
  .base {
    position: relative;
    width: 100%;
    height: 100%;
  }
  .stage {
    position: absolute;
    inset: 0;
    touch-action: none;
    cursor: grab;
    user-select: none;
  }
  .stage.dragging {
    cursor: grabbing;
  }
  .layer,
  .map {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
  }
  /* The grids on a layer of their own: a zoom or pan step moves it on the compositor (see showView). */
  .layer {
    transform-origin: 0 0;
    will-change: transform;
  }
  /* Outlines, labels and tooltip over the grids: the pointer goes through to the grid under it. */
  .map {
    pointer-events: none;
  }
  .points {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  /* Set on the group and inherited: no rule matches each of thousands of paths but its colour class. */
  .grids {
    stroke: var(--_grid-stroke);
    cursor: pointer;
  }
  .grids :focus {
    outline: none;
  }
  .c0 {
    fill: var(--_c0);
  }
  .c1 {
    fill: var(--_c1);
  }
  .c2 {
    fill: var(--_c2);
  }
  .c3 {
    fill: var(--_c3);
  }
  .c4 {
    fill: var(--_c4);
  }
  .nd {
    fill: url(#pk-grid-map-no-data);
  }
  .hatch-bg {
    fill: var(--_no-data-fill);
  }
  .hatch-line {
    stroke: var(--_text-muted);
    stroke-width: 1;
  }
  .outline {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .selected-halo {
    stroke: var(--_surface);
    stroke-width: 5px;
  }
  .selected-line {
    stroke: var(--_selected-stroke);
    stroke-width: 2.5px;
  }
  .focus-line {
    stroke: var(--_focus-ring);
    stroke-width: var(--_focus-width);
    stroke-dasharray: 4 2;
  }
  .labels text {
    font-size: var(--_font-size-small);
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .toolbar {
    position: absolute;
    top: var(--_space-s);
    right: var(--_space-s);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    align-items: center;
    justify-content: flex-end;
  }
  .toolbar label {
    display: flex;
    gap: var(--_space-xs);
    align-items: center;
    font-size: var(--_font-size-small);
    word-break: keep-all;
  }
  select,
  button {
    font: inherit;
    font-size: var(--_font-size-small);
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  button {
    min-width: 2rem;
    cursor: pointer;
  }
  select:focus-visible,
  button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .legend,
  .panel,
  .tooltip,
  .notice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: var(--_font-size-small);
  }
  .notice,
  .legend {
    position: absolute;
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
  }
  /* Says why; the grids under it stay clickable. */
  .notice {
    top: var(--_space-s);
    left: var(--_space-s);
    max-width: 50%;
    color: var(--_off-track);
    pointer-events: none;
  }
  .legend {
    left: var(--_space-s);
    bottom: var(--_space-s);
    list-style: none;
  }
  .legend-title {
    margin: 0;
    font-weight: var(--_font-weight-strong);
    word-break: keep-all;
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: var(--_space-xs);
    align-items: center;
  }
  .swatch rect {
    stroke: var(--_text-muted);
    stroke-width: 0.5;
  }
  .band-low {
    fill: var(--_band-low);
  }
  .band-mid {
    fill: var(--_band-mid);
  }
  .band-high {
    fill: var(--_band-high);
  }
  /* On the right, under the toolbar: the legend has the bottom left. */
  .panel {
    position: absolute;
    top: 3rem;
    right: var(--_space-s);
    width: min(16rem, 45%);
    box-sizing: border-box;
    max-height: calc(100% - 3rem - var(--_space-s));
    overflow: auto;
    padding: var(--_space-s) var(--_space-m);
  }
  .panel h3,
  .tooltip-name {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: var(--_font-weight-strong);
    word-break: keep-all;
  }
  dl {
    margin: var(--_space-xs) 0;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
  }
  dt {
    color: var(--_text-muted);
    word-break: keep-all;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .pipeline {
    margin: var(--_space-xs) 0 0;
    padding: 0;
    list-style: none;
  }
  .pipeline li {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-s);
    word-break: keep-all;
  }
  .overdue {
    color: var(--_off-track);
    font-weight: var(--_font-weight-strong);
  }
  .overdue::before {
    content: '⚠ ';
  }
  .tooltip-anchor {
    overflow: visible;
    pointer-events: none;
  }
  .tooltip {
    display: inline-block;
    padding: var(--_space-xs) var(--_space-s);
    max-width: 16rem;
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
  }
  @media (forced-colors: active) {
    .grids {
      stroke: CanvasText;
    }
    .c0,
    .c1,
    .c2,
    .c3,
    .c4 {
      fill: Canvas;
    }
    .selected-line {
      stroke: Highlight;
    }
    .focus-line {
      stroke: Highlight;
    }
    .hatch-line {
      stroke: GrayText;
    }
    .labels text {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
  /* Paper (with the shared print tokens): the light scale whatever the scheme, grid borders grey enough to read
     on white, no toolbar or tooltip (nothing to press or hover on paper), the map kept on one page. */
  @media print {
    :host,
    :host([resolved-color-scheme]),
    :host(:not([resolved-color-scheme='light'])) {
      --_c0: var(--pk-grid-map-color-1, #eff6ff);
      --_c1: var(--pk-grid-map-color-2, #bfdbfe);
      --_c2: var(--pk-grid-map-color-3, #60a5fa);
      --_c3: var(--pk-grid-map-color-4, #2563eb);
      --_c4: var(--pk-grid-map-color-5, #1e3a8a);
      --_grid-stroke: var(--pk-grid-map-stroke, #6e7781);
      --_no-data-fill: var(--pk-grid-map-no-data, #d8dee4);
      --_selected-stroke: var(--pk-grid-map-selected-color, #000);
      break-inside: avoid;
    }
    .toolbar,
    .tooltip-anchor {
      display: none;
    }
  }
`;
