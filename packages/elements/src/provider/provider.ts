// <pk-provider>: one SDK client, the page configuration and the page-level selection for every
// Plankit element inside it, shared through @lit/context.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createClient, type ClientOptions, type PlankitClient, type SessionRole } from '@plankit/sdk';
import {
  EMPTY_SELECTION,
  clientContext,
  configContext,
  liveContext,
  selectionContext,
  sessionContext,
  type LiveFeed,
  type SessionSource,
  type LiveUpdate,
  type ColorScheme,
  type PlankitConfig,
  type Selection,
  type SelectionContext,
} from '../shared/context.js';
import { AuthRequiredEvent } from '../shared/events/auth-required.js';
import { ConnectionChangeEvent, type ConnectionState } from '../shared/events/connection-change.js';
import { PkErrorEvent } from '../shared/events/error.js';
import { classifyFailure } from '../shared/failure.js';
import { LocalizeController, addMessages } from '../shared/localize.js';
import type { KpiSelectEvent } from '../shared/events/kpi-select.js';
import type { GridSelectEvent } from '../shared/events/grid-select.js';
import type { TierSelectEvent } from '../shared/events/tier-select.js';
import { PLANKIT_VERSION } from '../shared/version.js';
import { providerZhCN } from '../shared/i18n/provider.zh-CN.js';
import { providerEn } from '../shared/i18n/provider.en.js';

addMessages('zh-CN', providerZhCN);
addMessages('en', providerEn);

/** The token callback the SDK client calls before each request (`refresh` after a 401). */
export type GetToken = NonNullable<ClientOptions['getToken']>;

/** 401s from descendants within this window after a `pk-auth-required` are one burst. */
const AUTH_BURST_MS = 3000;
/** At most one "updated" announcement in this window, however many changes arrive. */
const ANNOUNCE_MS = 5000;

const colorSchemeConverter = {
  fromAttribute: (value: string | null): ColorScheme => (value === 'light' || value === 'dark' ? value : 'auto'),
  toAttribute: (value: ColorScheme): string | null => (value === 'auto' ? null : value),
};

const sameSelection = (a: Selection, b: Selection): boolean =>
  a.gridId === b.gridId && a.tierBand === b.tierBand && a.kpiId === b.kpiId;

/**
 * Shares one Plankit SDK client, the page's locale, plan, date and colour scheme, and what the
 * user has selected, with every Plankit element inside it. Renders nothing of its own, except with
 * `live`: a short status line of the change stream (part `connection`).
 *
 * @summary The connection and shared state of the Plankit widgets on a page.
 * @tag pk-provider
 *
 * @slot - The widgets (and any other markup) that share this provider.
 *
 * @fires {PkErrorEvent} pk-error - `base-url` is not a usable URL (the message names it); the widgets show that they have no data source.
 * @fires {AuthRequiredEvent} pk-auth-required - A request was refused with 401 even after `getToken` was asked
 *   for a fresh token; sign the user in again. Fired once per burst of failures, whatever the number of widgets.
 * @fires {ConnectionChangeEvent} pk-connection-change - With `live`: the change stream connected, was lost and is
 *   reconnecting, or went offline (`detail.state`). The widgets keep their last data meanwhile.
 *
 * @csspart connection - With `live`: the status line of the change stream (a polite live region). It also has
 *   the part of its state: `connecting`, `connected`, `reconnecting` or `offline`.
 */
export class ProviderElement extends LitElement {
  /** Read by `define()` to accept a compatible second copy of the bundle. @internal */
  static readonly plankitVersion: string = PLANKIT_VERSION;

  /** @internal */
  static override styles = css`
    :host {
      display: contents;
    }
    .connection {
      display: block;
      font-size: 0.75rem;
      line-height: 1.4;
      /* The page's own text colour: readable on any page, light or dark. */
      color: inherit;
    }
    .connection::before {
      content: '● ';
    }
    .connection[data-state='connected']::before {
      color: #1a7f37;
    }
    .connection[data-state='reconnecting']::before,
    .connection[data-state='offline']::before {
      content: '○ ';
    }
    .announcement {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /** Base URL of the HTTP API, e.g. `/api/v1`. A client is created for it unless `client` is set. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** Locale for the widgets that have no `lang` of their own (`zh-CN` or `en`). */
  @property() locale: string | undefined;

  /** Plan id for the widgets that have no `plan` of their own. */
  @property() plan: string | undefined;

  /** Evaluation date `YYYY-MM-DD` for the widgets that have no `as-of` of their own (default: today). */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** `light` or `dark` forces the scheme of every widget inside; `auto` follows the system. */
  @property({ attribute: 'color-scheme', reflect: true, converter: colorSchemeConverter })
  colorScheme: ColorScheme = 'auto';

  /** Bring your own SDK client (from `createClient`); `base-url` and `getToken` are then not used. */
  @property({ attribute: false }) client: PlankitClient | undefined;

  /**
   * Returns the bearer token for each request; called with `{ refresh: true }` after a 401.
   * A property only: a token must never appear in markup.
   */
  @property({ attribute: false }) getToken: GetToken | undefined;

  /** What is selected on the page (grid, tier band, KPI). Widgets update it; set it to select from the page. */
  @property({ attribute: false }) selection: Selection = EMPTY_SELECTION;

  /**
   * Follow the plan's committed changes (server-sent events): every widget inside updates in place when a
   * colleague changes what it shows. Needs `plan` and a client.
   */
  @property({ type: Boolean, reflect: true }) live = false;

  /** With `live`: where the change stream stands; undefined without `live`. */
  get connectionState(): ConnectionState | undefined {
    return this.connection;
  }

  /** @internal */
  @state() private connection: ConnectionState | undefined;
  /** @internal */
  @state() private announcement = '';
  /** @internal */
  private readonly localize = new LocalizeController(this, () => this.locale);
  /** @internal */
  private readonly listeners = new Set<(update: LiveUpdate) => void>();
  /** @internal */
  private readonly feed: LiveFeed = {
    subscribe: (listener) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };
  /** @internal */
  private readonly liveProvider = new ContextProvider(this, { context: liveContext });
  /** @internal */
  private stream: { client: PlankitClient; plan: string; controller: AbortController } | undefined;
  /** @internal */
  private announcedAt = 0;

  /** @internal */
  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  /** @internal */
  private readonly sessionProvider = new ContextProvider(this, { context: sessionContext });
  /** @internal */
  private readonly configProvider = new ContextProvider(this, {
    context: configContext,
    initialValue: this.currentConfig(),
  });
  /** @internal */
  private readonly selectionProvider = new ContextProvider(this, {
    context: selectionContext,
    initialValue: this.selectionContext(),
  });
  /** @internal */
  private createdClient: { baseUrl: string; client: PlankitClient | undefined } | undefined;
  /** @internal */
  private clientError: unknown;
  /** @internal */
  private authBurstUntil = 0;

  constructor() {
    super();
    this.addEventListener('pk-kpi-select', (event: KpiSelectEvent) => this.select({ kpiId: event.detail.kpiId }));
    this.addEventListener('pk-grid-select', (event: GridSelectEvent) => this.select({ gridId: event.detail.gridId }));
    this.addEventListener('pk-tier-select', (event: TierSelectEvent) => this.select({ tierBand: event.detail.band }));
    this.addEventListener('pk-auth-required', this.onAuthRequired);
  }

  /** The client the widgets use: `client` if set, else the one created for `base-url`. @internal */
  get activeClient(): PlankitClient | undefined {
    if (this.client !== undefined) return this.client;
    const baseUrl = this.baseUrl;
    if (baseUrl === undefined || baseUrl === '') return undefined;
    if (this.createdClient?.baseUrl !== baseUrl) {
      try {
        // getToken is read at each request, so setting it later needs no new client.
        const client = createClient({ baseUrl, getToken: (context) => this.getToken?.(context) });
        this.createdClient = { baseUrl, client };
      } catch (error) {
        // An unusable base-url must not break the page: the widgets show that they have no source.
        this.createdClient = { baseUrl, client: undefined };
        this.clientError = error;
      }
    }
    return this.createdClient.client;
  }

  /** Change part of the selection; widgets under this provider follow. */
  select(change: Partial<Selection>): void {
    const next: Selection = { ...this.selection, ...change };
    if (!sameSelection(next, this.selection)) this.selection = next;
  }

  /**
   * The client's role, asked lazily and once per client and token callback (a page of gauges never asks): a
   * page whose user changes sets a new `getToken`, and the widgets ask again. @internal
   */
  private sessionSource(client: PlankitClient | undefined): SessionSource | undefined {
    if (client === undefined) return undefined;
    let asked: Promise<SessionRole | undefined> | undefined;
    return {
      role: () =>
        // Through a promise: a host's own client without session() is a role not learned, not an exception.
        (asked ??= Promise.resolve()
          .then(() => client.session())
          .then(
            (session) => session.role,
            (error: unknown) => {
              // A backend without the route (404, 405, a client without session()) keeps that answer; a
              // passing failure (network, timeout, 5xx, 401) is asked again by the next widget that wants it.
              const kind = classifyFailure(error).kind;
              if (kind !== 'not-found' && kind !== 'http' && kind !== 'unknown') asked = undefined;
              return undefined;
            },
          )),
    };
  }

  private currentConfig(): PlankitConfig {
    return { locale: this.locale, plan: this.plan, asOf: this.asOf, colorScheme: this.colorScheme };
  }

  private selectionContext(): SelectionContext {
    return { selection: this.selection, select: (change) => this.select(change) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected to the page: follow the changes again (the update that follows decides).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStream();
  }

  /** Starts, keeps or stops the change stream for the current `live`, client and plan. @internal */
  private followChanges(): void {
    const client = this.live ? this.activeClient : undefined;
    const plan = this.plan;
    if (client === undefined || plan === undefined || plan === '' || !this.isConnected) {
      this.stopStream();
      return;
    }
    if (this.stream?.client === client && this.stream.plan === plan) return;
    this.stopStream();
    const controller = new AbortController();
    this.stream = { client, plan, controller };
    this.liveProvider.setValue(this.feed);
    this.setConnection('connecting');
    void this.readChanges(client, plan, controller.signal);
  }

  /** @internal */
  private stopStream(): void {
    if (this.stream === undefined) return;
    this.stream.controller.abort();
    this.stream = undefined;
    this.liveProvider.setValue(undefined);
    this.connection = undefined;
  }

  /** @internal */
  private async readChanges(client: PlankitClient, plan: string, signal: AbortSignal): Promise<void> {
    try {
      const events = client.changes(plan, {
        signal,
        onStatus: (status) => {
          if (signal.aborted) return;
          const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
          this.setConnection(
            status === 'open'
              ? 'connected'
              : status === 'connecting'
                ? 'connecting'
                : offline
                  ? 'offline'
                  : 'reconnecting',
          );
        },
      });
      for await (const event of events) {
        const update: LiveUpdate =
          event.type === 'change' ? { kind: 'change', change: event.change } : { kind: 'reload' };
        for (const listener of [...this.listeners]) listener(update);
        this.announce(update);
      }
    } catch (error) {
      if (signal.aborted) return;
      // Refused for good (no access, no such plan, 401 after a refresh): the widgets keep their last data.
      this.setConnection('offline');
      const failure = classifyFailure(error);
      const message = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(new PkErrorEvent({ error, kind: failure.kind, message }));
      if (failure.kind === 'unauthorized') this.dispatchEvent(new AuthRequiredEvent({ error }));
    }
  }

  /** @internal */
  private setConnection(next: ConnectionState): void {
    if (next === this.connection) return;
    this.connection = next;
    this.dispatchEvent(new ConnectionChangeEvent({ state: next }));
  }

  /** Politely, at most once in a while: a screen reader user hears that the page changed, not every change. @internal */
  private announce(update: LiveUpdate): void {
    const now = Date.now();
    if (update.kind === 'change' && now - this.announcedAt < ANNOUNCE_MS) return;
    this.announcedAt = now;
    this.announcement = this.localize.term(update.kind === 'reload' ? 'liveReloaded' : 'liveUpdated');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('getToken')) {
      this.authBurstUntil = 0;
      this.clientProvider.setValue(this.activeClient);
      this.sessionProvider.setValue(this.sessionSource(this.activeClient));
    }
    if (changed.has('locale') || changed.has('plan') || changed.has('asOf') || changed.has('colorScheme')) {
      this.configProvider.setValue(this.currentConfig());
    }
    if (changed.has('selection')) this.selectionProvider.setValue(this.selectionContext());
    this.followChanges();
  }

  protected override updated(): void {
    if (this.clientError === undefined) return;
    const error = this.clientError;
    this.clientError = undefined;
    const failure = classifyFailure(error);
    const message = error instanceof Error ? error.message : String(error);
    const event = new PkErrorEvent({ error, kind: failure.kind, message });
    this.dispatchEvent(event);
  }

  /** @internal */
  private readonly onAuthRequired = (event: AuthRequiredEvent): void => {
    if (event.target === this) return;
    // Swallow the widgets' own events: the host hears the provider, once per burst.
    event.stopPropagation();
    const now = Date.now();
    if (now < this.authBurstUntil) return;
    this.authBurstUntil = now + AUTH_BURST_MS;
    const own = new AuthRequiredEvent({ error: event.detail.error });
    this.dispatchEvent(own);
  };

  protected override render(): unknown {
    const state = this.connection;
    if (state === undefined) return html`<slot></slot>`;
    const key =
      state === 'connected'
        ? 'liveConnected'
        : state === 'reconnecting'
          ? 'liveReconnecting'
          : state === 'offline'
            ? 'liveOffline'
            : 'liveConnecting';
    return html`<span part="connection ${state}" class="connection" data-state=${state} role="status"
        >${this.localize.term(key)}</span
      ><span class="announcement" aria-live="polite">${this.announcement || nothing}</span><slot></slot>`;
  }
}
