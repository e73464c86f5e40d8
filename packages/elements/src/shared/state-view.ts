// The loading, empty, missing-source and error views every element shows instead of its data,
// so all widgets look and read the same when something is not there yet.
import { ReactiveElement, css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { DataState } from './data-controller.js';
import type { Failure } from './failure.js';
import { missingMessageKey } from './data-controller.js';
import type { LocalizeController } from './localize.js';
import type { MessageKey } from './i18n/zh-CN.js';

export interface StateViewOptions {
  localize: LocalizeController;
  /** How many skeleton lines the loading view shows (roughly the element's height). */
  skeletonLines?: number;
  /** The sentence for data that loaded with nothing in it. */
  emptyMessage?: MessageKey;
}

/** A state view's icon: `shapes` in a 16-unit box drawn at 20 px, hidden from screen readers (the text says it). */
const stateIcon = (shapes: SVGTemplateResult): TemplateResult =>
  html`<svg class="state-icon" viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
    ${shapes}
  </svg>`;

const errorIcon = stateIcon(svg`
  <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
  <path d="M8 4.3v4.6" stroke="#fff" stroke-width="1.7" stroke-linecap="round" />
  <circle cx="8" cy="11.5" r="1" fill="#fff" />
`);

const infoIcon = stateIcon(svg`
  <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
  <path d="M8 7.2v4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
  <circle cx="8" cy="4.9" r="1" fill="currentColor" />
`);

export function renderLoading(localize: LocalizeController, lines = 3): TemplateResult {
  const bars: TemplateResult[] = [];
  for (let index = 0; index < lines; index += 1) bars.push(html`<span class="skeleton-line"></span>`);
  return html`<div part="state" class="state state-loading" role="status" aria-busy="true">
    ${bars}<span class="visually-hidden">${localize.term('stateLoading')}</span>
  </div>`;
}

export function renderNotice(message: string): TemplateResult {
  return html`<div part="state" class="state state-notice">
    ${infoIcon}
    <p class="state-message">${message}</p>
  </div>`;
}

export function renderError(
  title: string,
  message: string,
  retry: { label: string; run: () => void } | undefined,
): TemplateResult {
  return html`<div part="state" class="state state-error" role="alert">
    <div class="state-heading">
      ${errorIcon}
      <p class="state-title">${title}</p>
    </div>
    <p class="state-message">${message}</p>
    ${
      retry === undefined
        ? nothing
        : html`<button part="retry" class="retry" type="button" @click=${retryAndKeepFocus(retry.run)}>
            ${retry.label}
          </button>`
    }
  </div>`;
}

/**
 * Runs `retry`; when the Retry button had the focus, hands it to the element once it has updated, since the
 * button itself is gone (a focusable element takes it, as pk-kpi-gauge; otherwise the page keeps it).
 */
function retryAndKeepFocus(retry: () => void): (event: Event) => void {
  return (event) => {
    const button = event.currentTarget as HTMLElement;
    const root = button.getRootNode();
    // The element to hand the focus to, when the button had it.
    const host = root instanceof ShadowRoot && root.activeElement === button ? root.host : null;
    retry();
    if (!(host instanceof ReactiveElement)) return;
    void host.updateComplete.then(() => {
      if (!button.isConnected && !host.matches(':focus-within')) host.focus({ preventScroll: true });
    });
  };
}

/**
 * The view for every state but `complete`, or undefined when the element should render its data.
 * Usage: `return renderState(this.data.state, this.data, options) ?? this.renderData(...)`.
 */
export function renderState<T>(
  state: DataState<T>,
  controller: { describe(failure: Failure): { title: string; message: string }; retry(): void },
  options: StateViewOptions,
): TemplateResult | undefined {
  const { localize } = options;
  switch (state.kind) {
    case 'complete':
      return undefined;
    case 'loading':
      return renderLoading(localize, options.skeletonLines);
    case 'missing':
      return renderNotice(localize.term(missingMessageKey(state.reason)));
    case 'empty':
      return renderNotice(localize.term(options.emptyMessage ?? 'statusNoData'));
    case 'error': {
      const { title, message } = controller.describe(state.failure);
      const retry = state.retryable ? { label: localize.term('stateRetry'), run: () => controller.retry() } : undefined;
      return renderError(title, message, retry);
    }
  }
}

export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
    line-height: var(--_line-height);
  }
  .state-heading {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_off-track);
  }
  .state-notice {
    flex-direction: row;
    align-items: flex-start;
  }
  .state-icon {
    flex: none;
  }
  .state-title {
    margin: 0;
    font-weight: var(--_font-weight-strong);
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .state-message {
    margin: 0;
    color: var(--_text);
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .retry {
    align-self: flex-start;
    font: inherit;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .retry:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .skeleton-line {
    display: block;
    height: 0.75em;
    border-radius: var(--_radius);
    background: var(--_track);
    animation: pk-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-line:first-child {
    width: 60%;
  }
  @keyframes pk-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
`;
