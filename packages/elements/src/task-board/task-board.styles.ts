// Styles of <pk-task-board>: a toolbar, columns side by side (scrolling sideways when narrow), swimlanes,
// cards with a two-line clamped title, due marks with a symbol and a word (never colour alone).
import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_column-width: var(--pk-task-board-column-width, 15rem);
    --_column-background: var(--pk-task-board-column-background, var(--_track));
    --_long-column-height: var(--pk-task-board-long-column-height, 32rem);
    --_card-background: var(--pk-task-board-card-background, var(--_surface));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    /* Chinese breaks at punctuation, not inside a word (inherited by everything in the board). */
    word-break: keep-all;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    align-items: end;
    font-size: var(--_font-size-small);
  }
  .toolbar label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    color: var(--_text-muted);
  }
  .toolbar label.check {
    flex-direction: row;
    align-items: center;
    gap: var(--_space-xs);
  }
  select,
  input[type='search'],
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 2px var(--_space-xs);
  }
  button {
    cursor: pointer;
  }
  :is(select, input, button, .card):focus-visible {
    outline: var(--_focus-width) solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .note {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_off-track);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
  }
  .notice.warning {
    border-color: var(--_at-risk);
  }
  .notice p {
    margin: 0;
    flex: 1 1 16rem;
    overflow-wrap: anywhere;
  }
  .board {
    overflow-x: auto;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .row {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--_column-width), 1fr);
    /* Cells keep their own height: a move relays out its two cells, not every column of the row. */
    align-items: start;
    gap: var(--_space-s);
  }
  .column-header {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs);
    font-size: var(--_font-size);
    font-weight: var(--_font-weight-strong);
  }
  .count {
    color: var(--_text-muted);
    font-weight: normal;
  }
  .wip {
    font-size: var(--_font-size-small);
    font-weight: normal;
    border-radius: calc(var(--_radius) / 2);
    padding: 0 var(--_space-xs);
    border: 1px solid var(--_at-risk);
  }
  .wip.over {
    border-color: var(--_off-track);
    color: var(--_off-track);
  }
  .lane-heading {
    margin: 0;
    font-size: var(--_font-size);
  }
  .lane-header {
    border: none;
    background: none;
    padding: var(--_space-xs) 0;
    font-weight: var(--_font-weight-strong);
  }
  .cell {
    padding: var(--_space-xs);
    min-height: 3rem;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    background: var(--_column-background);
    border-radius: var(--_radius);
    border: 2px solid transparent;
    contain: layout style;
  }
  .cell.drop-target {
    border-color: var(--_accent);
    border-style: dashed;
  }
  /* A long column scrolls by itself; @lit-labs/virtualizer places the cards near its view (absolutely, through
     the CSSOM, which a strict CSP allows) and sets display, position, contain and overflow on the list. */
  .cell.virtual {
    height: var(--_long-column-height);
    /* No padding: a card keeps its width (and so its height) when the virtualizer places it absolutely. */
    padding: 0;
  }
  .cell.virtual > .slot {
    width: 100%;
    box-sizing: border-box;
    padding: 2px var(--_space-xs);
  }
  .drop-indicator,
  .slot.drop-before::before,
  .slot.drop-after::after {
    content: '';
    display: block;
    height: 0;
    border-top: 3px solid var(--_accent);
    border-radius: 2px;
  }
  .slot.drop-before::before {
    margin-bottom: var(--_space-xs);
  }
  .slot.drop-after::after {
    margin-top: var(--_space-xs);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding: var(--_space-s);
    background: var(--_card-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: grab;
    touch-action: none;
  }
  :host([readonly]) .card {
    cursor: default;
    touch-action: auto;
  }
  .card.picked {
    border: 2px dashed var(--_accent);
    box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
  }
  .card.dragged {
    opacity: 0.5;
  }
  /* A due mark: a symbol and a word on the date, and a thick start border on the card (never colour alone). */
  .overdue {
    --_mark: var(--_off-track);
  }
  .due-soon {
    --_mark: var(--_at-risk);
  }
  .card:is(.overdue, .due-soon) {
    border-inline-start: 4px solid var(--_mark);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: var(--_font-weight-strong);
    line-height: max(var(--_line-height), 1.25);
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 2px var(--_space-s);
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .mark {
    color: var(--_mark);
    font-weight: var(--_font-weight-strong);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    width: 100%;
  }
  .bar {
    flex: 1;
    height: 0.375rem;
    border-radius: 999px;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_accent);
  }
  .kpis {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .kpi {
    font-size: var(--_font-size-small);
    color: var(--_accent);
    border-radius: 999px;
  }
  .move-button {
    font-size: var(--_font-size-small);
  }
  .move-menu {
    margin-top: var(--_space-xs);
    padding: var(--_space-xs);
    display: flex;
    flex-direction: column;
    gap: 2px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .move-menu button {
    width: 100%;
    text-align: start;
  }
  .state {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media (prefers-reduced-motion: no-preference) {
    .card {
      transition: box-shadow var(--_duration);
    }
  }
  /* Paper (with the shared print tokens): every column on the page's width, long columns whole (the element draws
     them unvirtualized while printing), full titles, no move controls or shadows; marks keep their symbol and word. */
  @media print {
    .board {
      overflow: visible;
    }
    .row {
      grid-auto-columns: minmax(0, 1fr);
    }
    .card {
      break-inside: avoid;
      box-shadow: none;
    }
    .title {
      display: block;
    }
    .move,
    .notice button {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card.picked,
    .cell.drop-target {
      border-color: Highlight;
    }
    .drop-indicator,
    .slot.drop-before::before,
    .slot.drop-after::after {
      border-top-color: Highlight;
    }
    .track {
      fill: Canvas;
    }
    .fill {
      fill: CanvasText;
    }
  }
`;
