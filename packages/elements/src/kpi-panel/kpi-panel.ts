// <pk-kpi-panel>: every KPI of a plan as gauges grouped by category, with a status summary on top
// and arrow-key navigation between the gauges.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import {
  KNOWN_KPI_CATEGORIES,
  Kpi as KpiSchema,
  ValidationError,
  parseOrThrow,
  type Kpi,
  type KpiStatus,
} from '@plankit/sdk';
import { evaluateKpi, vocabularyLabel } from '@plankit/sdk/domain';
import { PlankitElement, today } from '../shared/plankit-element.js';
import { DataController } from '../shared/data-controller.js';
import { selectionContext } from '../shared/context.js';
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { renderState, stateStyles } from '../shared/state-view.js';
import { STATUS_ORDER, statusIcon, statusIconStyles, statusMessageKey } from '../shared/status.js';
import { tokenStyles, visuallyHiddenStyles } from '../shared/tokens.js';
import { printStyles } from '../shared/print.js';
import type { GaugePicture, GaugeVariant, KpiGaugeElement } from '../kpi-gauge/kpi-gauge.js';
import { KpiSelectEvent } from '../shared/events/kpi-select.js';
import { csvBlob, exportFormat, exportFormats, pngBlob, svgBlob, svgElement, type CsvCell } from '../shared/export.js';
import { loadView, saveView, viewKey } from '../shared/persist.js';
import { panelStyles } from './kpi-panel.styles.js';
import { addMessages } from '../shared/localize.js';
import { panelZhCN } from '../shared/i18n/panel.zh-CN.js';
import { panelEn } from '../shared/i18n/panel.en.js';

addMessages('zh-CN', panelZhCN);
addMessages('en', panelEn);

/**
 * The categories of the KPIs in the order the panel shows them: the known ones in the SDK's order, then a
 * plan's own in the order they first appear.
 */
function categoriesOf(entries: readonly PanelEntry[]): string[] {
  const present = new Set(entries.map((entry) => entry.kpi.category));
  const known: readonly string[] = KNOWN_KPI_CATEGORIES;
  return [...known.filter((category) => present.has(category)), ...[...present].filter((c) => !known.includes(c))];
}

const SUBJECT = '<pk-kpi-panel>.kpis';

/** Validate standalone data item by item, so the error names the index and the path inside it. */
function validateKpis(value: unknown): Kpi[] {
  if (!Array.isArray(value)) throw new ValidationError(SUBJECT, [{ path: '', message: 'expected an array of KPIs' }]);
  return value.map((item: unknown, index) => {
    try {
      return parseOrThrow(KpiSchema, item, SUBJECT);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const issues = error.issues.map((issue) => ({
        ...issue,
        path: issue.path === '' ? String(index) : `${index}.${issue.path}`,
      }));
      throw new ValidationError(SUBJECT, issues);
    }
  });
}

/** What `export()` writes. */
export type PanelExportFormat = 'csv' | 'svg' | 'png';

/** The version of the view `persist-key` keeps: the KPI last picked in the panel. */
const VIEW_VERSION = 1;
interface PanelView {
  readonly kpi: string;
}
const readView = (view: unknown): PanelView | undefined => {
  const kpi = typeof view === 'object' && view !== null ? (view as { kpi?: unknown }).kpi : undefined;
  return typeof kpi === 'string' && kpi !== '' && kpi.length <= 200 ? { kpi } : undefined;
};

/** Gauge cards per row in an exported picture, and the space around them (CSS pixels). */
const PICTURE_COLUMNS = 3;
const PICTURE_GAP = 12;

interface PanelEntry {
  /** The KPI with its evaluation attached, so each gauge reuses it instead of evaluating again. */
  readonly kpi: Kpi;
  readonly status: KpiStatus | undefined;
}

/**
 * All KPIs of a plan as gauges in a responsive grid, grouped by category (the known categories first, then a
 * plan's own, headed by their labels from the KPIs' `vocabulary` or by their codes), with a summary of how
 * many are met, on track, at risk, off track or without data. Loads `client.kpis.list(plan)`
 * through the nearest `<pk-provider>`, or shows the `kpis` property. Arrow keys, Home and End move
 * between the gauges; Enter or Space selects one (`pk-kpi-select` bubbles out of the panel).
 *
 * @summary Every KPI of a plan, grouped by category, with a status summary.
 * @tag pk-kpi-panel
 *
 * @fires {KpiSelectEvent} pk-kpi-select - A gauge in the panel was picked. `detail.kpiId`.
 * @fires {PkErrorEvent} pk-error - The KPIs could not be loaded, or the `kpis` property is not valid.
 * @fires {AuthRequiredEvent} pk-auth-required - Loading was refused with 401.
 *
 * @csspart base - The panel's box.
 * @csspart as-of - The evaluation date ("截至 2020年9月30日" / "As of Sep 30, 2020").
 * @csspart summary - The list of status counts.
 * @csspart summary-item - One status count (icon and text).
 * @csspart group - One category: heading and gauges.
 * @csspart heading - A category heading.
 * @csspart grid - The grid of gauges of one category.
 * @csspart gauge - Each `<pk-kpi-gauge>` (style its insides with its own `--pk-kpi-gauge-*` tokens).
 * @csspart state - The loading, empty or error view shown instead of the panel.
 * @csspart retry - The Retry button of the error view.
 *
 * @cssprop --pk-kpi-panel-min-column - Narrowest gauge column before the grid wraps. Default `13rem`.
 * @cssprop --pk-kpi-panel-gap - Space between gauges. Default `--pk-space-m`.
 * @cssprop --pk-font-family - Font stack (CJK-safe system fonts by default).
 * @cssprop --pk-font-size - Body text size. Default `0.875rem`.
 * @cssprop --pk-font-size-small - Small text size. Default `0.75rem`.
 * @cssprop --pk-font-weight-strong - Weight of headings. Default `600`.
 * @cssprop --pk-line-height - Line height (at least 1.25 for CJK). Default `1.5`.
 * @cssprop --pk-space-xs - Extra small spacing. Default `0.25rem`.
 * @cssprop --pk-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --pk-space-m - Medium spacing. Default `0.75rem`.
 * @cssprop --pk-space-l - Large spacing. Default `1rem`.
 * @cssprop --pk-radius - Corner radius. Default `0.5rem`.
 * @cssprop --pk-color-surface - Background of the widgets.
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-text-muted - Secondary text colour.
 * @cssprop --pk-color-border - Borders.
 * @cssprop --pk-color-track - Skeletons.
 * @cssprop --pk-color-accent - The Retry button.
 * @cssprop --pk-color-met - Status colour: met.
 * @cssprop --pk-color-on-track - Status colour: on track.
 * @cssprop --pk-color-at-risk - Status colour: at risk.
 * @cssprop --pk-color-off-track - Status colour: off track.
 * @cssprop --pk-color-no-data - Status colour: no data.
 * @cssprop --pk-focus-ring-color - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width. Default `2px`.
 */
export class KpiPanelElement extends PlankitElement {
  /** @internal */
  static override styles = [tokenStyles, visuallyHiddenStyles, stateStyles, statusIconStyles, panelStyles, printStyles];

  /** Plan whose KPIs are shown; falls back to the provider's `plan`. */
  @property() plan: string | undefined;

  /** Evaluation date `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** Variant of every gauge: `radial` (default), `linear` or `compact`. */
  @property({ reflect: true }) variant: GaugeVariant = 'radial';

  /** The KPIs to show (standalone, no network). Validated: an invalid list shows the error state. */
  @property({ attribute: false }) kpis: Kpi[] | undefined;

  /**
   * Keep the view (the KPI last picked, which is the panel's tab stop and, in a provider, the page's selection
   * again after a reload) in localStorage under this name, namespaced. Never the data.
   */
  @property({ attribute: 'persist-key' }) persistKey: string | undefined;

  /** A KPI picked in an earlier visit, waiting for its gauge to be drawn. @internal */
  private restoring: string | undefined;

  /** @internal */
  private readonly data = new DataController<Kpi[], [plan: string, asOf: string]>(this, this.localize, {
    source: () => {
      if (this.kpis !== undefined) return { kind: 'local', value: this.kpis };
      const plan = this.plan ?? this.config?.plan;
      if (plan === undefined || plan === '') return { kind: 'missing', reason: 'missing-plan' };
      return { kind: 'remote', args: [plan, this.evaluationDate] };
    },
    validate: validateKpis,
    load: (client, [plan, asOf], signal) => client.kpis.list(plan, { asOf, signal }),
    // <pk-provider live>: a month recorded for any of the plan's KPIs changes the summary too.
    follows: 'measurement',
    isEmpty: (kpis) => kpis.length === 0,
    subject: () =>
      this.kpis !== undefined
        ? this.localize.term('subjectKpiData')
        : this.localize.term('subjectPlanKpis', { plan: this.plan ?? this.config?.plan ?? '' }),
  });

  /** @internal */
  private readonly selection = new ContextConsumer(this, { context: selectionContext, subscribe: true });

  /** @internal */
  private readonly roving = new RovingTabindexController<KpiGaugeElement>(this, {
    elements: () => [...this.renderRoot.querySelectorAll('pk-kpi-gauge')],
    direction: 'grid',
  });

  /** @internal */
  private entries: readonly PanelEntry[] = [];
  /** @internal */
  private entriesKey: [readonly Kpi[], string] | undefined;

  /** The date the KPIs are evaluated at. @internal */
  get evaluationDate(): string {
    return this.asOf ?? this.config?.asOf ?? today();
  }

  /** Evaluate once per list and date; a KPI whose evaluation fails is left to its gauge's error state. @internal */
  private entriesFor(kpis: readonly Kpi[], asOf: string): readonly PanelEntry[] {
    if (this.entriesKey?.[0] !== kpis || this.entriesKey[1] !== asOf) {
      this.entriesKey = [kpis, asOf];
      this.entries = kpis.map((kpi) => {
        try {
          const evaluation = kpi.evaluation?.asOf === asOf ? kpi.evaluation : evaluateKpi(kpi, asOf);
          return { kpi: { ...kpi, evaluation }, status: evaluation.status };
        } catch {
          return { kpi, status: undefined };
        }
      });
    }
    return this.entries;
  }

  constructor() {
    super();
    // A gauge picked in the panel (click, Enter, Space) is the view persist-key keeps.
    this.addEventListener(KpiSelectEvent.eventName, (event) => {
      const kpi = (event as KpiSelectEvent).detail.kpiId;
      this.restoring = undefined;
      saveView(viewKey('pk-kpi-panel', this.persistKey), VIEW_VERSION, { kpi } satisfies PanelView);
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('persistKey'))
      this.restoring = loadView(viewKey('pk-kpi-panel', this.persistKey), VIEW_VERSION, readView)?.kpi;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const kpiId = this.restoring;
    if (kpiId === undefined || this.data.state.kind !== 'complete') return;
    this.restoring = undefined;
    const gauge = [...this.renderRoot.querySelectorAll('pk-kpi-gauge')].find(
      (item) => item.kpi === kpiId || (typeof item.kpi === 'object' && item.kpi.id === kpiId),
    );
    // A KPI no longer in the plan is forgotten quietly.
    if (gauge === undefined) return;
    this.roving.activate(gauge);
    const selection = this.selection.value;
    if (selection !== undefined && selection.selection.kpiId == null) selection.select({ kpiId });
  }

  /**
   * The KPIs as CSV (`csv`: one row a KPI with its category, name, actual value, unit, target, status, last
   * year and the change, raw figures, UTF-8 with a BOM so spreadsheet programs read Chinese), or the panel as
   * it shows now as a standalone SVG (`svg`: its gauges tiled by category under the date and the summary) or
   * a PNG of that. Rejects while there are no KPIs to show, and for another format.
   */
  async export({ format }: { format: PanelExportFormat }): Promise<Blob> {
    const checked = exportFormat('pk-kpi-panel', format, exportFormats['pk-kpi-panel']);
    await this.updateComplete;
    const state = this.data.state;
    if (state.kind !== 'complete' || state.value.length === 0)
      throw new Error('<pk-kpi-panel> has no KPIs to export yet.');
    const { localize } = this;
    const entries = this.entriesFor(state.value, this.evaluationDate);
    if (checked === 'csv') {
      const text = (value: { zh: string; en: string }): string => (localize.locale === 'en' ? value.en : value.zh);
      const head = (
        [
          'panelCsvCategory',
          'panelCsvKpi',
          'panelCsvActual',
          'panelCsvUnit',
          'panelCsvTarget',
          'panelCsvStatus',
          'panelCsvLastYear',
          'panelCsvChange',
        ] as const
      ).map((key) => localize.term(key));
      const rows = categoriesOf(entries).flatMap((category) =>
        entries
          .filter((entry) => entry.kpi.category === category)
          .map(({ kpi, status }): CsvCell[] => {
            const evaluation = status === undefined ? undefined : kpi.evaluation;
            return [
              vocabularyLabel('categories', category, localize.locale, kpi.vocabulary),
              text(kpi.name),
              evaluation?.actual ?? null,
              vocabularyLabel('units', kpi.unit, localize.locale, kpi.vocabulary),
              evaluation === undefined ? null : text(evaluation.ruleText),
              status === undefined ? null : localize.term(statusMessageKey(status)),
              evaluation?.lastYear ?? null,
              evaluation?.delta ?? null,
            ];
          }),
      );
      return csvBlob([head, ...rows]);
    }
    // The gauges draw themselves once they are defined and rendered.
    const gauges = [...this.renderRoot.querySelectorAll('pk-kpi-gauge')];
    await Promise.all(gauges.map((gauge) => gauge.updateComplete));
    const picture = this.picture(gauges);
    const svg = svgBlob(picture.svg);
    return checked === 'svg' ? svg : pngBlob(svg, picture.width, picture.height, { background: picture.background });
  }

  /** The panel as an SVG: date, summary, then each category's heading over its gauges' cards. @internal */
  private picture(gauges: readonly KpiGaugeElement[]): GaugePicture {
    const { localize } = this;
    const look = getComputedStyle(this);
    const muted = getComputedStyle(this.renderRoot.querySelector('.as-of') ?? this).color;
    const cards = new Map(
      gauges.map((gauge) => [gauge, typeof gauge.picture === 'function' ? gauge.picture() : undefined]),
    );
    const cardWidth = Math.max(0, ...[...cards.values()].map((card) => card?.width ?? 0));
    const columns = Math.max(1, Math.min(PICTURE_COLUMNS, gauges.length));
    const width = PICTURE_GAP + columns * (cardWidth + PICTURE_GAP);
    const parts: SVGElement[] = [];
    let y = PICTURE_GAP;
    const line = (text: string, size: number, color: string, weight = '400'): void => {
      y += size * 1.5;
      parts.push(
        svgElement(
          'text',
          { x: PICTURE_GAP, y: y - size * 0.4, 'font-size': size, 'font-weight': weight, fill: color },
          text,
        ),
      );
    };
    line(this.renderRoot.querySelector('.as-of')?.textContent ?? '', 12, muted);
    const summary = [...this.renderRoot.querySelectorAll('.summary-item')].map((item) => item.textContent.trim());
    line(summary.join(' · '), 13, look.color);
    for (const group of this.renderRoot.querySelectorAll<HTMLElement>('.group')) {
      y += PICTURE_GAP / 2;
      line(group.querySelector('.heading')?.textContent ?? '', 14, look.color, '600');
      const members = [...group.querySelectorAll('pk-kpi-gauge')];
      for (let start = 0; start < members.length; start += columns) {
        y += PICTURE_GAP / 2;
        let rowHeight = 0;
        members.slice(start, start + columns).forEach((gauge, column) => {
          const card = cards.get(gauge);
          if (card === undefined) return;
          card.svg.setAttribute('x', String(PICTURE_GAP + column * (cardWidth + PICTURE_GAP)));
          card.svg.setAttribute('y', String(y));
          parts.push(card.svg);
          rowHeight = Math.max(rowHeight, card.height);
        });
        y += rowHeight;
      }
    }
    const height = Math.ceil(y + PICTURE_GAP);
    const background = look.backgroundColor;
    const svg = svgElement('svg', {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': look.fontFamily,
      role: 'img',
    });
    svg.append(
      svgElement('title', {}, localize.term('panelLabel')),
      svgElement('rect', { width, height, fill: background }),
      ...parts,
    );
    return { svg, width, height, background };
  }

  protected override render(): unknown {
    const state = this.data.state;
    const fallback = renderState(state, this.data, {
      localize: this.localize,
      skeletonLines: 6,
      emptyMessage: 'stateEmptyKpis',
    });
    if (fallback !== undefined || state.kind !== 'complete') return fallback;
    const asOf = this.evaluationDate;
    const entries = this.entriesFor(state.value, asOf);
    const { localize } = this;
    const groups = categoriesOf(entries).map((category) => {
      const members = entries.filter((entry) => entry.kpi.category === category);
      // The SDK's label for a known category, else the first KPI's own (its plan's), else the code itself.
      const vocabularies = members.map((entry) => entry.kpi.vocabulary);
      return {
        category,
        entries: members,
        label: vocabularyLabel('categories', category, localize.locale, ...vocabularies),
      };
    });
    const scheme = this.resolvedColorScheme;
    // tabindex is the roving controller's from the start: a gauge then never manages its own tab stop here.
    const gauge = (entry: PanelEntry): TemplateResult =>
      html`<pk-kpi-gauge
        part="gauge"
        tabindex="-1"
        .kpi=${entry.kpi}
        as-of=${asOf}
        variant=${this.variant}
        lang=${localize.tag}
        color-scheme=${scheme === 'auto' ? nothing : scheme}
      ></pk-kpi-gauge>`;

    return html`<section part="base" class="base" aria-label=${localize.term('panelLabel')}>
      <p part="as-of" class="as-of">${localize.term('asOfDate', { date: localize.date(asOf) })}</p>
      <ul part="summary" class="summary" aria-label=${localize.term('panelSummary')}>
        ${STATUS_ORDER.map((status) => {
          const count = entries.filter((entry) => entry.status === status).length;
          const label = localize.term('panelSummaryItem', {
            status: localize.term(statusMessageKey(status)),
            count: localize.number(count),
          });
          return html`<li part="summary-item" class="summary-item ${status}" data-status=${status} data-count=${count}>
            ${statusIcon(status)}<span>${label}</span>
          </li>`;
        })}
      </ul>
      ${groups.map(({ category, entries: members, label }) =>
        members.length === 0
          ? nothing
          : html`<div
              part="group"
              class="group"
              role="group"
              data-category=${category}
              aria-labelledby="heading-${category}"
            >
              <h3 part="heading" class="heading" id="heading-${category}">${label}</h3>
              <div part="grid" class="grid">${members.map(gauge)}</div>
            </div>`,
      )}
    </section>`;
  }

  /** Focus the gauge that is the panel's tab stop. @internal */
  override focus(options?: FocusOptions): void {
    const active = this.roving.activeElement;
    if (active === undefined) super.focus(options);
    else active.focus(options);
  }
}
