// <pk-provider>: one SDK client, the page configuration and the page-level selection for every
// Plankit element inside it, shared through @lit/context.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { createClient, type ClientOptions, type PlankitClient } from '@plankit/sdk';
import {
  EMPTY_SELECTION,
  clientContext,
  configContext,
  selectionContext,
  type ColorScheme,
  type PlankitConfig,
  type Selection,
  type SelectionContext,
} from '../shared/context.js';
import { AuthRequiredEvent } from '../shared/events/auth-required.js';
import { PkErrorEvent } from '../shared/events/error.js';
import { classifyFailure } from '../shared/failure.js';
import type { KpiSelectEvent } from '../shared/events/kpi-select.js';
import type { GridSelectEvent } from '../shared/events/grid-select.js';
import type { TierSelectEvent } from '../shared/events/tier-select.js';
import { PLANKIT_VERSION } from '../shared/version.js';

/** The token callback the SDK client calls before each request (`refresh` after a 401). */
export type GetToken = NonNullable<ClientOptions['getToken']>;

/** 401s from descendants within this window after a `pk-auth-required` are one burst. */
const AUTH_BURST_MS = 3000;

const colorSchemeConverter = {
  fromAttribute: (value: string | null): ColorScheme => (value === 'light' || value === 'dark' ? value : 'auto'),
  toAttribute: (value: ColorScheme): string | null => (value === 'auto' ? null : value),
};

const sameSelection = (a: Selection, b: Selection): boolean =>
  a.gridId === b.gridId && a.tierBand === b.tierBand && a.kpiId === b.kpiId;

/**
 * Shares one Plankit SDK client, the page's locale, plan, date and colour scheme, and what the
 * user has selected, with every Plankit element inside it. Renders nothing of its own.
 *
 * @summary The connection and shared state of the Plankit widgets on a page.
 * @tag pk-provider
 *
 * @slot - The widgets (and any other markup) that share this provider.
 *
 * @fires {PkErrorEvent} pk-error - `base-url` is not a usable URL (the message names it); the widgets show that they have no data source.
 * @fires {AuthRequiredEvent} pk-auth-required - A request was refused with 401 even after `getToken` was asked
 *   for a fresh token; sign the user in again. Fired once per burst of failures, whatever the number of widgets.
 */
export class ProviderElement extends LitElement {
  /** Read by `define()` to accept a compatible second copy of the bundle. @internal */
  static readonly plankitVersion: string = PLANKIT_VERSION;

  /** @internal */
  static override styles = css`
    :host {
      display: contents;
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

  /** @internal */
  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
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

  private currentConfig(): PlankitConfig {
    return { locale: this.locale, plan: this.plan, asOf: this.asOf, colorScheme: this.colorScheme };
  }

  private selectionContext(): SelectionContext {
    return { selection: this.selection, select: (change) => this.select(change) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('getToken')) {
      this.authBurstUntil = 0;
      this.clientProvider.setValue(this.activeClient);
    }
    if (changed.has('locale') || changed.has('plan') || changed.has('asOf') || changed.has('colorScheme')) {
      this.configProvider.setValue(this.currentConfig());
    }
    if (changed.has('selection')) this.selectionProvider.setValue(this.selectionContext());
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
    return html`<slot></slot>`;
  }
}
