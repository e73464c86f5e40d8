// Global design tokens: the public --pk-* custom properties a host page may set, resolved into private
// --_* ones on every element's :host with light and dark defaults. The scheme follows
// prefers-color-scheme unless the element (or its provider) forces one; the element then carries
// a `resolved-color-scheme` attribute these rules key on.
import { css } from 'lit';

// Scheme-independent tokens.
const base = css`
  --_font: var(
    --pk-font-family,
    system-ui,
    -apple-system,
    'Segoe UI',
    'PingFang SC',
    'Hiragino Sans GB',
    'Microsoft YaHei',
    'Noto Sans CJK SC',
    'Source Han Sans SC',
    sans-serif
  );
  --_font-size: var(--pk-font-size, 0.875rem);
  --_font-size-small: var(--pk-font-size-small, 0.75rem);
  --_font-size-large: var(--pk-font-size-large, 1.5rem);
  --_font-weight-strong: var(--pk-font-weight-strong, 600);
  --_line-height: var(--pk-line-height, 1.5);
  --_space-xs: var(--pk-space-xs, 0.25rem);
  --_space-s: var(--pk-space-s, 0.5rem);
  --_space-m: var(--pk-space-m, 0.75rem);
  --_space-l: var(--pk-space-l, 1rem);
  --_radius: var(--pk-radius, 0.5rem);
  --_focus-width: var(--pk-focus-ring-width, 2px);
  --_duration: var(--pk-transition-duration, 300ms);
`;

const light = css`
  color-scheme: light;
  --_surface: var(--pk-color-surface, #ffffff);
  --_text: var(--pk-color-text, #1f2328);
  --_text-muted: var(--pk-color-text-muted, #59636e);
  --_border: var(--pk-color-border, #d1d9e0);
  --_track: var(--pk-color-track, #e6eaef);
  --_accent: var(--pk-color-accent, #0969da);
  --_focus-ring: var(--pk-focus-ring-color, #0969da);
  --_met: var(--pk-color-met, #1a7f37);
  --_on-track: var(--pk-color-on-track, #0b7285);
  --_at-risk: var(--pk-color-at-risk, #9a6700);
  --_off-track: var(--pk-color-off-track, #cf222e);
  --_no-data: var(--pk-color-no-data, #59636e);
`;

const dark = css`
  color-scheme: dark;
  --_surface: var(--pk-color-surface, #16181d);
  --_text: var(--pk-color-text, #e6e8eb);
  --_text-muted: var(--pk-color-text-muted, #a0a7b1);
  --_border: var(--pk-color-border, #3a3f47);
  --_track: var(--pk-color-track, #2c3138);
  --_accent: var(--pk-color-accent, #6cb6ff);
  --_focus-ring: var(--pk-focus-ring-color, #6cb6ff);
  --_met: var(--pk-color-met, #3fb950);
  --_on-track: var(--pk-color-on-track, #39c5cf);
  --_at-risk: var(--pk-color-at-risk, #d29922);
  --_off-track: var(--pk-color-off-track, #ff7b72);
  --_no-data: var(--pk-color-no-data, #9198a1);
`;

/** The token sheet every element puts first in its `static styles`. */
export const tokenStyles = css`
  :host {
    ${base}
    ${light}
    /* A host page's rules beat :host ones, so an old page's "* { font-size: 12px; box-sizing: content-box }"
       would resize every widget. Important declarations of the shadow tree win over the page's, so these two
       stay the tokens' (set the size with --pk-font-size, not font-size on the tag). */
    font-size: var(--_font-size) !important;
    box-sizing: border-box !important;
  }
  /* Chromium may still hand the host the page's size when the element is created by script (jQuery's .html()),
     so the widget's own boxes take the token's size instead of inheriting the host's. */
  :host > * {
    font-size: var(--_font-size);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([resolved-color-scheme='light'])) {
      ${dark}
    }
  }
  :host([resolved-color-scheme='dark']) {
    ${dark}
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
`;

/**
 * The box of a widget that is a plain block, put in its styles array (not interpolated into a template, which
 * the build could then not minify): the tokens' type and text colour, painted with the surface so a forced
 * scheme stays readable on any page background.
 */
export const hostStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
`;

/** Visually hidden text that screen readers still read. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
