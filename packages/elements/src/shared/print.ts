// Print styles every widget can include (last in its `static styles`): on paper the light palette with black
// text on white whatever the scheme on screen, and status icons drawn as outlines in their
// colour rather than filled, so a status reads from its shape on a black-and-white printer too.
import { css } from 'lit';

export const printStyles = css`
  @media print {
    :host,
    :host([resolved-color-scheme]),
    :host(:not([resolved-color-scheme='light'])) {
      color-scheme: light;
      --_surface: #fff;
      --_text: #000;
      --_text-muted: #333;
      --_border: #000;
      --_track: #ccc;
      --_met: var(--pk-color-met, #1a7f37);
      --_on-track: var(--pk-color-on-track, #0b7285);
      --_at-risk: var(--pk-color-at-risk, #9a6700);
      --_off-track: var(--pk-color-off-track, #cf222e);
      --_no-data: var(--pk-color-no-data, #59636e);
    }
    .status-icon .shape {
      fill: none;
      stroke: currentColor;
      stroke-width: 1.5;
    }
    .status-icon .mark {
      stroke: currentColor;
    }
  }
`;
