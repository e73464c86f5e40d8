// <pk-retailer-tiers>: retailers per tier as SVG bars (count, order growth or gross margin) with the scheme's
// bands shaded and its targets drawn, a band summary beside them, a table view and exports. Geometry and
// figures come from the SDK (summarizeTiers, tierChart, tierBandRows); this element derives and draws.
import { html, nothing, render, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { Retailer, TierBand, TierFigures, TierScheme, TierSummary } from '@plankit/sdk';
import {
  DEFAULT_TIER_SCHEME,
  bandLabel,
  summarizeTiers,
  tierBandRows,
  tierChart,
  tierMetricValue,
  type TierBandRow,
  type TierBar,
  type TierChart,
  type TierMetric,
} from '@plankit/sdk/domain';
import { PlankitElement } from '../shared/plankit-element.js';
import { DataController } from '../shared/data-controller.js';
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { renderError, renderNotice, renderState, stateStyles } from '../shared/state-view.js';
import { selectionContext } from '../shared/context.js';
import { classifyFailure } from '../shared/failure.js';
import { statusIcon, statusIconStyles } from '../shared/status.js';
import { TierSelectEvent } from '../shared/events/tier-select.js';
import { tokenStyles, visuallyHiddenStyles } from '../shared/tokens.js';
import { printStyles } from '../shared/print.js';
import { csvBlob, exportFormat, exportFormats, pngBlob } from '../shared/export.js';
import { loadView, saveView, viewKey } from '../shared/persist.js';
import type { MessageKey } from '../shared/i18n/zh-CN.js';
import { chartStyles, tiersStyles } from './retailer-tiers.styles.js';
import { addMessages } from '../shared/localize.js';
import { tiersZhCN } from '../shared/i18n/tiers.zh-CN.js';
import { tiersEn } from '../shared/i18n/tiers.en.js';

addMessages('zh-CN', tiersZhCN);
addMessages('en', tiersEn);

export type TiersView = 'chart' | 'table';
export type TiersExportFormat = 'svg' | 'png' | 'csv';

// The drawing: a 640 × 250 viewBox; the plot inside its margins.
const W = 640;
const LEFT = 46;
const TOP = 28;
const PLOT_W = W - LEFT - 8;
const PLOT_H = 180;
const H = TOP + PLOT_H + 42;

/** The version of the view stored under `persist-key`. */
const VIEW_VERSION = 1;

/** What `persist-key` keeps: the metric, the view and the picked tier (never data). */
interface Persisted {
  metric?: TierMetric;
  view?: TiersView;
  tier?: number | null;
}

/** The stored view's valid parts (anything else in it is ignored), or undefined for what is not a view. */
function readPersisted(value: unknown): Persisted | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { metric, view, tier } = value as Record<string, unknown>;
  const result: Persisted = {};
  if (typeof metric === 'string' && metric in METRIC_KEYS) result.metric = metric as TierMetric;
  if (view === 'chart' || view === 'table') result.view = view;
  if (tier === null || (Number.isInteger(tier) && (tier as number) >= 1 && (tier as number) <= 100))
    result.tier = tier as number | null;
  return result;
}

const METRIC_KEYS: Record<TierMetric, MessageKey> = {
  count: 'tiersMetricCount',
  'order-growth': 'tiersMetricGrowth',
  'gross-margin': 'tiersMetricMargin',
};

interface View {
  readonly summary: TierSummary;
  readonly chart: TierChart;
  readonly rows: readonly TierBandRow[];
  readonly bandsById: ReadonlyMap<string, TierBand>;
}

/** Text width in drawing units, roughly: CJK characters are square, others about 0.6 em (11 px font). */
const textWidth = (text: string): number => {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 11 : 6.4;
  return width;
};

/** `text` cut to about `width` drawing units, with an ellipsis when it is longer. */
const fit = (text: string, width: number): string => {
  if (textWidth(text) <= width) return text;
  let cut = '';
  for (const char of text) {
    if (textWidth(cut + char) > width - 8) break;
    cut += char;
  }
  return `${cut}…`;
};

/**
 * Retailers per tier (档位) as bars: the retailer count, the YoY growth of the order amount or the mean
 * gross margin, with the tier scheme's bands shaded and labelled behind the bars, the target band
 * emphasised (hatched, bold label, "目标" in words) and the bands' targets drawn as dashed reference
 * lines. Beside the chart, a summary per band: retailers, orders this year and last, growth with its
 * direction and target, margin against its target. A toggle shows the same figures as a table.
 *
 * Data: `.summary` (a `TierSummary`), `.retailers` (summarised here with the SDK's `summarizeTiers` and
 * `.scheme`), or, inside a `<pk-provider>`, `client.retailers.tierSummary({ year, grid })` for the year of
 * the provider's `as-of` and the grid selected on the page. Arrow keys, Home and End move between the
 * tiers; Enter, Space or a click selects one (again to clear; Escape clears).
 *
 * @summary Retailers per tier and band: count, order growth, gross margin, against the plan's targets.
 * @tag pk-retailer-tiers
 *
 * @fires {TierSelectEvent} pk-tier-select - A tier (or a band, from the summary) was picked or the pick cleared. `detail.band`, `detail.tier`.
 * @fires {PkErrorEvent} pk-error - The summary could not be loaded, or the data given is not valid.
 * @fires {AuthRequiredEvent} pk-auth-required - Loading was refused with 401.
 *
 * @csspart base - The widget's box.
 * @csspart scope - The period and grid the figures cover.
 * @csspart metrics - The metric switch (three toggle buttons).
 * @csspart view-toggle - The table view toggle.
 * @csspart chart - The chart's figure; the SVG inside it.
 * @csspart tier - One tier's bar group (focusable option).
 * @csspart tooltip - The tooltip of the hovered or focused tier.
 * @csspart table - The data table (table view).
 * @csspart bands - The band summary list.
 * @csspart band - One band's summary.
 * @csspart band-button - The band's name: a button that selects the band.
 * @csspart state - The loading, empty or error view shown instead.
 * @csspart retry - The Retry button of the error view.
 *
 * @cssprop --pk-retailer-tiers-bar-color - Bars. Default `--pk-color-accent`.
 * @cssprop --pk-retailer-tiers-target-color - Bars, hatching and border of the target band. Default `--pk-color-at-risk`.
 * @cssprop --pk-retailer-tiers-band-shade - Shading behind the bands. Default `--pk-color-track`.
 * @cssprop --pk-retailer-tiers-reference-color - Target reference lines. Default `--pk-color-off-track`.
 * @cssprop --pk-retailer-tiers-selected-color - Outline of the selected tier and band. Default `--pk-color-text`.
 * @cssprop --pk-font-family - Font stack (CJK-safe system fonts by default).
 * @cssprop --pk-font-size - Body text size. Default `0.875rem`.
 * @cssprop --pk-font-size-small - Small text size. Default `0.75rem`.
 * @cssprop --pk-font-weight-strong - Weight of headings and pressed buttons. Default `600`.
 * @cssprop --pk-line-height - Line height (at least 1.25 for CJK). Default `1.5`.
 * @cssprop --pk-space-xs - Extra small spacing. Default `0.25rem`.
 * @cssprop --pk-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --pk-space-m - Medium spacing. Default `0.75rem`.
 * @cssprop --pk-space-l - Large spacing. Default `1rem`.
 * @cssprop --pk-radius - Corner radius. Default `0.5rem`.
 * @cssprop --pk-color-surface - Background.
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-text-muted - Secondary text colour.
 * @cssprop --pk-color-border - Borders and grid lines.
 * @cssprop --pk-color-track - Skeletons and band shading.
 * @cssprop --pk-color-accent - Bars, pressed buttons and Retry.
 * @cssprop --pk-color-met - Growth up, targets met.
 * @cssprop --pk-color-at-risk - The target band.
 * @cssprop --pk-color-off-track - Growth down, targets missed, reference lines.
 * @cssprop --pk-focus-ring-color - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width. Default `2px`.
 */
export class RetailerTiersElement extends PlankitElement {
  /** @internal */
  static override styles = [
    tokenStyles,
    visuallyHiddenStyles,
    stateStyles,
    statusIconStyles,
    chartStyles,
    tiersStyles,
    printStyles,
  ];

  /** What the bars show: `count` (retailers per tier), `order-growth` (YoY order amount) or `gross-margin`. */
  @property({ reflect: true }) metric: TierMetric = 'count';

  /** `chart` (bars and band summary) or `table` (the same figures as a data table). */
  @property({ reflect: true }) view: TiersView = 'chart';

  /** A tier summary to show (standalone). Checked: one that does not fit its scheme shows the error state. */
  @property({ attribute: false }) summary: TierSummary | undefined;

  /** Retailers to summarise here (standalone), with `scheme` and `year`; filtered by the selected grid. */
  @property({ attribute: false }) retailers: readonly Retailer[] | undefined;

  /** The tier scheme of `retailers`. Default: the common 30 tiers, low 1–10, mid 11–20, high 21–30. */
  @property({ attribute: false }) scheme: TierScheme | undefined;

  /** The year: default the year of the provider's `as-of` (connected: the server's latest without one). */
  @property({ type: Number }) year: number | undefined;

  /** Only this grid's retailers; default the grid selected on the page (the provider's selection). */
  @property() grid: string | undefined;

  /**
   * Keeps the metric, the view and the picked tier across reloads, in localStorage under
   * `plankit:pk-retailer-tiers:<key>` (never data). A corrupt or foreign stored value is ignored.
   */
  @property({ attribute: 'persist-key' }) persistKey: string | undefined;

  /** @internal */
  @state() private selectedTier: number | null = null;
  /** @internal */
  @state() private hovered: number | null = null;
  /** @internal */
  @state() private announcement = '';

  /** @internal */
  private readonly selectionConsumer = new ContextConsumer(this, { context: selectionContext, subscribe: true });

  /** @internal */
  private readonly data = new DataController<unknown, [year: string | undefined, grid: string | undefined]>(
    this,
    this.localize,
    {
      source: () => {
        const local = this.summary ?? this.retailers;
        if (local !== undefined) return { kind: 'local', value: local };
        const year = this.resolvedYear;
        return { kind: 'remote', args: [year === undefined ? undefined : String(year), this.gridFilter] };
      },
      // No validate: tierChart checks a summary, summarizeTiers the retailers (in willUpdate).
      load: (client, [year, grid], signal) =>
        client.retailers.tierSummary({ year: year === undefined ? undefined : Number(year), grid, signal }),
      subject: () =>
        (this.summary ?? this.retailers)
          ? this.localize.term('tiersSubjectData')
          : this.localize.term('tiersSubjectSummary', { year: String(this.resolvedYear ?? '') }),
    },
  );

  /** @internal */
  private readonly roving = new RovingTabindexController<HTMLElement>(this, {
    elements: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.tier')],
    direction: 'horizontal',
  });

  /** @internal */
  private derived: View | undefined;
  /** @internal */
  private derivedError: unknown;
  /** @internal */
  private summaryKey: readonly unknown[] = [];
  /** @internal */
  private summaryValue: TierSummary | undefined;
  /** @internal */
  private reportError = false;
  /** @internal */
  private derivedKey: readonly unknown[] = [];
  /** @internal */
  private seenSelection: unknown;
  /** A tier restored from `persist-key`, picked once the data is drawn. @internal */
  private restoredTier: number | undefined;

  /** @internal */
  get resolvedYear(): number | undefined {
    const asOf = this.config?.asOf;
    return this.year ?? (asOf === undefined ? undefined : Number(asOf.slice(0, 4)));
  }

  /** @internal */
  get gridFilter(): string | undefined {
    return this.grid || this.selectionConsumer.value?.selection.gridId || undefined;
  }

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      const tier = this.tierOf(event);
      if (event.key === 'Escape' && this.selectedTier !== null) this.select(null);
      else if (tier !== null && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.select(tier);
      }
    });
    this.addEventListener('click', (event) => {
      const tier = this.tierOf(event);
      if (tier !== null) this.select(tier);
    });
  }

  /** The tier whose bar group an event went through, or null. @internal */
  private tierOf(event: Event): number | null {
    for (const target of event.composedPath()) {
      if (target === this) break;
      const tier = (target as Element).getAttribute?.('data-tier');
      if (tier) return Number(tier);
    }
    return null;
  }

  /** The summary to draw: given, summarised from `.retailers`, or loaded. Throws for bad input. @internal */
  private summaryOf(value: unknown): TierSummary {
    if (value === this.summary || this.retailers === undefined) return value as TierSummary;
    const scheme = this.scheme ?? DEFAULT_TIER_SCHEME;
    const grid = this.gridFilter;
    const year = this.resolvedYear ?? new Date().getFullYear();
    const key = [value, scheme, grid, year];
    if (key.some((item, index) => !Object.is(item, this.summaryKey[index])) || this.summaryValue === undefined) {
      this.summaryKey = key;
      this.summaryValue = undefined;
      // One pass over the list: the grid is kept inside summarizeTiers, not by a filtered copy.
      this.summaryValue = summarizeTiers(
        value as readonly Retailer[],
        scheme,
        year,
        grid === undefined ? {} : { gridId: grid },
      );
    }
    return this.summaryValue;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('persistKey')) this.restore();
    const state = this.data.state;
    if (state.kind === 'complete') this.derive(state.value);
    // A pick cleared or changed elsewhere on the page (another widget, the page itself) clears this tier.
    const selection = this.selectionConsumer.value;
    if (selection !== this.seenSelection) {
      this.seenSelection = selection;
      const bar = this.derived?.chart.bars.find((item) => item.tier === this.selectedTier);
      if (selection !== undefined && bar !== undefined && bar.band !== selection.selection.tierBand)
        this.selectedTier = null;
    }
    const restored = this.restoredTier;
    if (restored !== undefined && this.derived !== undefined) {
      this.restoredTier = undefined;
      const bar = this.derived.chart.bars.find((item) => item.tier === restored);
      if (bar !== undefined) {
        this.selectedTier = restored;
        this.selectionConsumer.value?.select({ tierBand: bar.band });
      }
    }
  }

  /** Summary, chart and band rows for the data, once per input, scheme, grid, year and metric. @internal */
  private derive(value: unknown): void {
    const key = [value, this.scheme, this.gridFilter, this.resolvedYear, this.metric];
    if (key.every((item, index) => Object.is(item, this.derivedKey[index]))) return;
    this.derivedKey = key;
    const previous = this.derived;
    try {
      const summary = this.summaryOf(value);
      const chart = tierChart(summary, this.metric, { width: PLOT_W, height: PLOT_H });
      const rows = previous?.summary === summary ? previous.rows : tierBandRows(summary);
      this.derived = { summary, chart, rows, bandsById: new Map(summary.scheme.bands.map((b) => [b.id, b])) };
      this.derivedError = undefined;
      if (this.selectedTier !== null && this.selectedTier > summary.scheme.tiers) this.selectedTier = null;
    } catch (error) {
      // Reported once per input: a re-render (a new locale) shows the same error without firing again.
      this.reportError = true;
      this.derived = undefined;
      this.derivedError = error;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('metric') || changed.has('view') || changed.has('selectedTier')) this.persist();
    if (this.data.state.kind === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (this.reportError) {
      this.reportError = false;
      this.data.report(this.derivedError);
    }
  }

  /** Select a tier (null clears); the same tier again clears. Sets the provider's selection, fires pk-tier-select. @internal */
  private select(tier: number | null, bandId?: string): void {
    const view = this.derived;
    if (view === undefined) return;
    const next = tier !== null && tier === this.selectedTier ? null : tier;
    const bar = next === null ? undefined : view.chart.bars.find((item) => item.tier === next);
    const band = bandId ?? bar?.band ?? null;
    this.selectedTier = next;
    this.selectionConsumer.value?.select({ tierBand: band });
    const label = band === null ? '' : this.bandName(band);
    this.announcement =
      next === null && bandId === undefined
        ? this.localize.term('tiersCleared')
        : this.localize.term('tiersSelected', {
            tier: next === null ? label : this.tierName(next),
            band: label || this.localize.term('tiersNoBand'),
          });
    const event = new TierSelectEvent({ band, tier: next });
    this.dispatchEvent(event);
  }

  /** Restores the stored metric, view and tier (the tier once the data is drawn). @internal */
  private restore(): void {
    const saved = loadView(viewKey('pk-retailer-tiers', this.persistKey), VIEW_VERSION, readPersisted);
    if (saved === undefined) return;
    if (saved.metric !== undefined) this.metric = saved.metric;
    if (saved.view !== undefined) this.view = saved.view;
    if (saved.tier !== undefined && saved.tier !== null) this.restoredTier = saved.tier;
  }

  /** @internal */
  private persist(): void {
    const tier = this.restoredTier ?? this.selectedTier;
    saveView(viewKey('pk-retailer-tiers', this.persistKey), VIEW_VERSION, {
      metric: this.metric,
      view: this.view,
      tier,
    } satisfies Persisted);
  }

  private setMetric(metric: TierMetric): void {
    this.metric = metric;
    this.announcement = this.localize.term('tiersShowing', { metric: this.localize.term(METRIC_KEYS[metric]) });
  }

  private bandName(id: string): string {
    const band = this.derived?.bandsById.get(id);
    return band === undefined ? id : bandLabel(band, this.localize.locale);
  }

  private tierName(tier: number): string {
    return this.localize.term('tiersTier', { tier: this.localize.number(tier) });
  }

  /** A metric value as shown: counts whole, growth signed, margins as percentages; null is "no data". */
  private format(value: number | null, metric: TierMetric, signed = metric === 'order-growth'): string {
    if (value === null) return this.localize.term('tiersNoData');
    if (metric === 'count') return this.localize.number(value);
    return this.localize.number(value, {
      style: 'percent',
      maximumFractionDigits: 1,
      ...(signed ? { signDisplay: 'exceptZero' } : {}),
    });
  }

  private money(value: number): string {
    return this.localize.number(value, {
      style: 'currency',
      currency: 'CNY',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
  }

  protected override render(): unknown {
    const state = this.data.state;
    const fallback = renderState(state, this.data, { localize: this.localize, skeletonLines: 8 });
    if (fallback !== undefined) return fallback;
    const view = this.derived;
    if (view === undefined) {
      // Retrying cannot mend data the rules reject.
      const { title, message } = this.data.describe(classifyFailure(this.derivedError));
      return renderError(title, message, undefined);
    }
    const { localize } = this;
    // The grid is named by the summary (a server's names it), else by its id for what is loaded or summarised
    // here; a summary given without one covers what it covers, so only its period is said.
    const named = view.summary.grid;
    const grid = named === undefined ? this.gridFilter : localize.locale === 'en' ? named.name.en : named.name.zh;
    const period = localize.term('tiersPeriod', { year: String(view.summary.year), months: view.summary.months });
    const scope =
      this.summary !== undefined && named === undefined
        ? period
        : `${period} · ${grid === undefined ? localize.term('tiersScopeAll') : localize.term('tiersScopeGrid', { grid })}`;
    if (view.summary.totals.count === 0) return renderNotice(localize.term('tiersEmpty', { scope }));
    return html`<section part="base" class="base" aria-label=${localize.term('tiersLabel')}>
      <div class="toolbar">
        <p part="scope" class="scope">${scope}</p>
        <div part="metrics" class="metrics" role="group" aria-label=${localize.term('tiersMetrics')}>
          ${(Object.keys(METRIC_KEYS) as TierMetric[]).map(
            (metric) =>
              html`<button
                type="button"
                data-metric=${metric}
                aria-pressed=${String(this.metric === metric)}
                @click=${() => this.setMetric(metric)}
              >
                ${localize.term(METRIC_KEYS[metric])}
              </button>`,
          )}
        </div>
        <button
          part="view-toggle"
          class="toggle"
          type="button"
          aria-pressed=${String(this.view === 'table')}
          @click=${() => (this.view = this.view === 'table' ? 'chart' : 'table')}
        >
          ${localize.term('tiersTable')}
        </button>
      </div>
      <div class="body">
        ${
          this.view === 'table'
            ? this.renderTable(view)
            : html`<figure part="chart" class="chart">${this.renderChart(view, true)}</figure>`
        }
        ${this.renderBands(view)}
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  /** The SVG; `interactive` false for an export (no focus, tooltip or selection). @internal */
  private renderChart({ chart }: View, interactive: boolean): TemplateResult {
    const { localize, metric } = this;
    const metricName = localize.term(METRIC_KEYS[metric]);
    const selectedBand = interactive ? this.selectionConsumer.value?.selection.tierBand : null;
    const bandText = (bar: TierBar): string =>
      bar.band === null ? localize.term('tiersNoBand') : this.bandName(bar.band);
    const tiers = chart.bars.map((bar) => {
      const cx = bar.x + bar.width / 2;
      const label = localize.term('tiersOption', {
        tier: this.tierName(bar.tier),
        band: bar.target ? localize.term('tiersTargetBand', { band: bandText(bar) }) : bandText(bar),
        metric: metricName,
        value: this.format(bar.value, metric),
        count: localize.term('tiersRetailers', { count: localize.number(bar.figures.count) }),
      });
      const slot = PLOT_W / chart.bars.length;
      return svg`<g part="tier" class="tier" role=${interactive ? 'option' : nothing} data-tier=${bar.tier}
        aria-selected=${interactive ? String(this.selectedTier === bar.tier) : nothing} aria-label=${interactive ? label : nothing}>
        <rect class="hit" x=${bar.x - slot * 0.15} y="0" width=${slot} height=${PLOT_H}></rect>
        ${
          bar.value === null
            ? svg`<line class="no-data" x1=${bar.x} x2=${bar.x + bar.width} y1=${chart.zeroY - 1} y2=${chart.zeroY - 1}></line>`
            : svg`<rect class="bar${bar.target ? ' target' : ''}" x=${bar.x} y=${bar.y} width=${bar.width} height=${Math.max(bar.height, 0.5)}></rect>`
        }
        <rect class="ring" x=${bar.x - 1} y=${Math.min(bar.y, chart.zeroY) - 1} width=${bar.width + 2} height=${Math.max(bar.height, 1) + 2}></rect>
        ${bar.labelled ? svg`<text class="tier-label" x=${cx} y=${PLOT_H + 14}>${localize.number(bar.tier)}</text>` : nothing}
      </g>`;
    });
    // Focus moves inside the shadow root never reach the host: the tooltip listens on the SVG.
    const hover = (event: Event): void => {
      this.hovered = event.type === 'focusout' || event.type === 'pointerleave' ? null : this.tierOf(event);
    };
    return html`<svg
      viewBox="0 0 ${W} ${H}"
      xmlns="http://www.w3.org/2000/svg"
      role=${interactive ? 'listbox' : 'img'}
      aria-label="${localize.term('tiersLabel')}: ${metricName}"
      @focusin=${hover}
      @focusout=${hover}
      @pointerover=${hover}
      @pointerleave=${hover}
    >
      <defs aria-hidden="true">
        <pattern id="pk-tiers-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g transform="translate(${LEFT} ${TOP})">
        <g aria-hidden="true">
          ${chart.bands.map(
            (
              area,
              index,
            ) => svg`<rect class="shade${index % 2 ? ' odd' : ''}${area.target ? ' target' : ''}" x=${area.x} y="0" width=${area.width} height=${PLOT_H}></rect>
              ${index > 0 ? svg`<line class="band-edge" x1=${area.x} x2=${area.x} y1="-${TOP}" y2=${PLOT_H}></line>` : nothing}
              ${selectedBand === area.band.id ? svg`<rect class="selected-band" x=${area.x + 1} y="1" width=${area.width - 2} height=${PLOT_H - 2}></rect>` : nothing}
              <text class="band-label${area.target ? ' target' : ''}" x=${area.x + area.width / 2} y="-10">${
                area.target
                  ? localize.term('tiersTargetBand', {
                      band: fit(
                        bandLabel(area.band, localize.locale),
                        area.width - textWidth(localize.term('tiersTargetBand', { band: '' })) - 4,
                      ),
                    })
                  : fit(bandLabel(area.band, localize.locale), area.width - 4)
              }</text>`,
          )}
          ${chart.ticks.map(
            (tick) => svg`<line class="grid-line" x1="0" x2=${PLOT_W} y1=${tick.y} y2=${tick.y}></line>
              <text class="tick" x="-6" y=${tick.y + 4}>${this.format(tick.value, metric, false)}</text>`,
          )}
          <line class="zero" x1="0" x2=${PLOT_W} y1=${chart.zeroY} y2=${chart.zeroY}></line>
          <text class="tier-label" x=${PLOT_W / 2} y=${PLOT_H + 32}>${localize.term('tiersTierAxis')}</text>
        </g>
        ${tiers}
        <g aria-hidden="true">
          ${chart.references.map(
            (line) => svg`<line class="reference" x1=${line.x1} x2=${line.x2} y1=${line.y} y2=${line.y}></line>
              <text class="reference-label" x=${line.x2 - 3} y=${line.y - 4}>${localize.term('tiersTarget', { value: this.format(line.value, metric, false) })}</text>`,
          )}
        </g>
        ${interactive ? this.renderTooltip(chart) : nothing}
      </g>
    </svg>`;
  }

  private renderTooltip(chart: TierChart): TemplateResult | typeof nothing {
    const bar = chart.bars.find((item) => item.tier === this.hovered);
    if (bar === undefined) return nothing;
    const { localize } = this;
    const band = bar.band === null ? localize.term('tiersNoBand') : this.bandName(bar.band);
    const lines = [
      `${this.tierName(bar.tier)} · ${bar.target ? localize.term('tiersTargetBand', { band }) : band}`,
      `${localize.term(METRIC_KEYS[this.metric])} ${this.format(bar.value, this.metric)}`,
      localize.term('tiersRetailers', { count: localize.number(bar.figures.count) }),
    ];
    if (bar.figures.lastYearMissing)
      lines.push(localize.term('tiersMissingLastYear', { count: localize.number(bar.figures.lastYearMissing) }));
    for (const [index, line] of lines.entries()) lines[index] = fit(line, 300);
    const width = Math.max(...lines.map(textWidth)) + 12;
    const height = lines.length * 15 + 8;
    const x = Math.min(Math.max(bar.x + bar.width / 2 - width / 2, -LEFT + 2), PLOT_W - width);
    const y = Math.max(Math.min(bar.y, chart.zeroY) - height - 6, -TOP + 2);
    return svg`<g part="tooltip" class="tip" aria-hidden="true" transform="translate(${x} ${y})">
      <rect width=${width} height=${height} rx="4"></rect>
      ${lines.map((line, index) => svg`<text x="6" y=${16 + index * 15}>${line}</text>`)}
    </g>`;
  }

  private renderBands({ rows }: View): TemplateResult {
    const { localize } = this;
    const selected = this.selectionConsumer.value?.selection.tierBand;
    const verdict = (comparison: 'met' | 'below', target: number): TemplateResult =>
      html`<span class=${comparison}
        >${statusIcon(comparison === 'met' ? 'met' : 'off-track')}
        ${localize.term('tiersVsTarget', {
          value: this.format(target, 'gross-margin', false),
          verdict: localize.term(comparison === 'met' ? 'tiersMet' : 'tiersBelow'),
        })}</span
      >`;
    return html`<ul part="bands" class="bands">
      ${rows.map((row) => {
        const { figures } = row;
        const name = bandLabel(row.band, localize.locale);
        const trend = row.trend;
        return html`<li part="band" class="band${row.target ? ' target' : ''}" data-band=${row.band.id}>
          <h3>
            <button
              part="band-button"
              title=${name}
              type="button"
              aria-pressed=${String(selected === row.band.id)}
              @click=${() => this.select(null, selected === row.band.id && this.selectedTier === null ? undefined : row.band.id)}
            >
              ${name}
            </button>
            ${row.target ? html`<span class="badge">${localize.term('tiersTargetBadge')}</span>` : nothing}
            <span class="scope"
              >${localize.term('tiersTiers', { from: localize.number(row.band.from), to: localize.number(row.band.to) })}</span
            >
          </h3>
          <dl>
            <dt>${localize.term('tiersRetailersHead')}</dt>
            <dd data-figure="count">${localize.term('tiersRetailers', { count: localize.number(figures.count) })}</dd>
            <dt>${localize.term('tiersOrders')}</dt>
            <dd data-figure="orders">
              ${localize.term('tiersThisLast', { now: this.money(figures.orderAmount), last: this.money(figures.orderAmountLastYear) })}
            </dd>
            <dt>${localize.term('tiersGrowth')}</dt>
            <dd data-figure="growth">
              ${
                trend === null
                  ? localize.term('tiersNoData')
                  : html`<span class="delta ${trend}" data-trend=${trend}
                      ><span aria-hidden="true">${trend === 'up' ? '▲' : trend === 'down' ? '▼' : '■'}</span>
                      ${this.format(figures.yoyGrowth, 'order-growth')}
                      <span class="visually-hidden"
                        >${localize.term(trend === 'up' ? 'tiersUp' : trend === 'down' ? 'tiersDown' : 'tiersFlat')}</span
                      ></span
                    >`
              }
              ${row.growthTarget !== null && row.growthVsTarget !== null ? verdict(row.growthVsTarget, row.growthTarget) : nothing}
              ${figures.lastYearMissing ? html`(${localize.term('tiersMissingLastYear', { count: localize.number(figures.lastYearMissing) })})` : nothing}
            </dd>
            <dt>${localize.term('tiersMargin')}</dt>
            <dd data-figure="margin">
              ${this.format(figures.grossMargin, 'gross-margin')}
              ${row.marginTarget !== null && row.marginVsTarget !== null ? verdict(row.marginVsTarget, row.marginTarget) : nothing}
            </dd>
          </dl>
        </li>`;
      })}
    </ul>`;
  }

  /** Rows of the table and the CSV: each tier low to high, then each band, then the total. @internal */
  private tableRows({
    chart,
    rows,
    summary,
  }: View): Array<{ head: string; band: string; target: boolean; figures: TierFigures; total: boolean }> {
    const { localize } = this;
    return [
      ...chart.bars.map((bar) => ({
        head: this.tierName(bar.tier),
        band: bar.band === null ? localize.term('tiersNoBand') : this.bandName(bar.band),
        target: bar.target,
        figures: bar.figures,
        total: false,
      })),
      ...rows.map((row) => {
        const name = bandLabel(row.band, localize.locale);
        return {
          head: localize.term('tiersBandTotal', { band: name }),
          band: name,
          target: row.target,
          figures: row.figures,
          total: true,
        };
      }),
      { head: localize.term('tiersTotal'), band: '', target: false, figures: summary.totals, total: true },
    ];
  }

  private renderTable(view: View): TemplateResult {
    const { localize } = this;
    const cells = (figures: TierFigures): TemplateResult =>
      html`<td>${localize.number(figures.count)}</td>
        <td>${localize.number(figures.orderAmount, { maximumFractionDigits: 0 })}</td>
        <td>${localize.number(figures.orderAmountLastYear, { maximumFractionDigits: 0 })}</td>
        <td>${this.format(tierMetricValue(figures, 'order-growth'), 'order-growth')}</td>
        <td>${this.format(tierMetricValue(figures, 'gross-margin'), 'gross-margin')}</td>`;
    const all = this.tableRows(view);
    const row = (item: (typeof all)[number]): TemplateResult =>
      html`<tr class=${item.target ? 'target' : ''}>
        <th scope="row">${item.head}</th>
        <td>${item.target && item.band ? localize.term('tiersTargetBand', { band: item.band }) : item.band}</td>
        ${cells(item.figures)}
      </tr>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${localize.term('tiersTable')}>
      <table part="table">
        <caption>
          ${localize.term('tiersLabel')} ·
          ${localize.term('tiersPeriod', { year: String(view.summary.year), months: view.summary.months })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${localize.term('tiersTierAxis')}</th>
            <th scope="col">${localize.term('tiersBandHead')}</th>
            <th scope="col">${localize.term('tiersRetailersHead')}</th>
            <th scope="col">${localize.term('tiersOrdersThisYear')}</th>
            <th scope="col">${localize.term('tiersOrdersLastYear')}</th>
            <th scope="col">${localize.term('tiersGrowth')}</th>
            <th scope="col">${localize.term('tiersMargin')}</th>
          </tr>
        </thead>
        <tbody>
          ${all.filter((item) => !item.total).map(row)}
        </tbody>
        <tfoot>
          ${all.filter((item) => item.total).map(row)}
        </tfoot>
      </table>
    </div>`;
  }

  /**
   * The chart as a standalone SVG (its colours resolved from the current theme) or a PNG of it, or the
   * table as CSV (UTF-8 with a BOM so spreadsheet programs read Chinese, raw figures, percentages with two
   * decimals). Rejects while there is nothing to show, and for another format.
   */
  async export({ format }: { format: TiersExportFormat }): Promise<Blob> {
    exportFormat('pk-retailer-tiers', format, exportFormats['pk-retailer-tiers']);
    await this.updateComplete;
    const view = this.derived;
    if (view === undefined || this.data.state.kind !== 'complete')
      throw new Error('<pk-retailer-tiers> has no figures to export');
    if (format === 'csv') {
      const percent = (value: number | null): string | null => (value === null ? null : `${(value * 100).toFixed(2)}%`);
      const head = (
        [
          'tiersTierAxis',
          'tiersBandHead',
          'tiersRetailersHead',
          'tiersOrdersThisYear',
          'tiersOrdersLastYear',
          'tiersGrowth',
          'tiersMargin',
        ] as const
      ).map((key) => this.localize.term(key));
      const lines = [
        head,
        ...this.tableRows(view).map(({ head: name, band, figures }) => [
          name,
          band,
          figures.count,
          figures.orderAmount,
          figures.orderAmountLastYear,
          percent(tierMetricValue(figures, 'order-growth')),
          percent(tierMetricValue(figures, 'gross-margin')),
        ]),
      ];
      return csvBlob(lines);
    }
    const host = document.createElement('div');
    render(this.renderChart(view, false), host);
    const chart = host.querySelector('svg') as SVGSVGElement;
    const computed = getComputedStyle(this);
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = chartStyles.cssText.replace(/var\((--_[\w-]+)\)/g, (_, name: string) =>
      computed.getPropertyValue(name).trim(),
    );
    chart.prepend(style);
    chart.setAttribute('width', String(W));
    chart.setAttribute('height', String(H));
    const text = new XMLSerializer().serializeToString(chart).replace(/<!--[^]*?-->/g, '');
    const svgBlob = new Blob([text], { type: 'image/svg+xml' });
    if (format === 'svg') return svgBlob;
    return pngBlob(svgBlob, W, H, { background: computed.getPropertyValue('--_surface').trim() || '#fff' });
  }

  /** Focus the tier that is the chart's tab stop. @internal */
  override focus(options?: FocusOptions): void {
    const active = this.roving.activeElement;
    if (active === undefined) super.focus(options);
    else active.focus(options);
  }
}
