// Styles of <pk-export-menu>: public --pk-export-menu-* tokens copied into private ones, a button with a
// ▾, the menu dropped below it, a visible focus, forced colours, and nothing of it on paper.
import { css } from 'lit';

export const exportMenuStyles = css`
  :host {
    --_menu-background: var(--pk-export-menu-background, var(--_surface));
    --_menu-border: var(--pk-export-menu-border-color, var(--_border));
    --_menu-highlight: var(--pk-export-menu-highlight, var(--_track));
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
  }
  .bar {
    position: relative;
    display: flex;
    justify-content: flex-end;
  }
  button {
    font: inherit;
    color: inherit;
    word-break: keep-all;
    white-space: nowrap;
    cursor: pointer;
  }
  [part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_menu-border);
    border-radius: var(--_radius);
    background: var(--_menu-background);
  }
  [part~='menu'] {
    position: absolute;
    top: 100%;
    right: 0;
    z-index: 1;
    display: flex;
    flex-direction: column;
    min-width: 100%;
    margin-top: var(--_space-xs);
    padding: var(--_space-xs) 0;
    border: 1px solid var(--_menu-border);
    border-radius: var(--_radius);
    background: var(--_menu-background);
  }
  [part~='menu'][hidden] {
    display: none;
  }
  [part~='item'] {
    padding: var(--_space-xs) var(--_space-m);
    border: 0;
    background: none;
    text-align: start;
  }
  [part~='item']:hover,
  [part~='item']:focus {
    background: var(--_menu-highlight);
  }
  button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-ring);
    outline-offset: 1px;
  }
  /* The alert sits on the menu's own surface, so its text contrasts in either scheme on any page. */
  .error {
    margin: var(--_space-xs) 0 0;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_menu-border);
    border-inline-start: 4px solid var(--_off-track);
    border-radius: var(--_radius);
    background: var(--_menu-background);
    font-size: var(--_font-size-small);
  }
  @media (forced-colors: active) {
    [part~='item']:focus {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .bar,
    .error {
      display: none;
    }
  }
`;
