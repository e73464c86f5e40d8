// <pk-kpi-panel>: every KPI of a plan as gauges grouped by category, with a status summary on top
// and arrow-key navigation between the gauges.
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { renderState, stateStyles } from '../shared/state-view.js';
import { STATUS_ORDER, statusIcon, statusIconStyles, statusMessageKey } from '../shared/status.js';
import { tokenStyles, visuallyHiddenStyles } from '../shared/tokens.js';
import type { GaugeVariant, KpiGaugeElement } from '../kpi-gauge/kpi-gauge.js';
import { panelStyles } from './kpi-panel.styles.js';

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
  static override styles = [tokenStyles, visuallyHiddenStyles, stateStyles, statusIconStyles, panelStyles];

  /** Plan whose KPIs are shown; falls back to the provider's `plan`. */
  @property() plan: string | undefined;

  /** Evaluation date `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** Variant of every gauge: `radial` (default), `linear` or `compact`. */
  @property({ reflect: true }) variant: GaugeVariant = 'radial';

  /** The KPIs to show (standalone, no network). Validated: an invalid list shows the error state. */
  @property({ attribute: false }) kpis: Kpi[] | undefined;

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
