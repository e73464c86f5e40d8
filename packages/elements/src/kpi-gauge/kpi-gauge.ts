// <pk-kpi-gauge>: one KPI as a radial or linear gauge (or a compact row) with its status, rule,
// target and pace markers, last year and a sparkline of the months. Rules come from the SDK's domain.
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { Kpi } from '@plankit/sdk';
import { kpiGauge, type KpiGauge } from '@plankit/sdk/domain';
import { PlankitElement, today } from '../shared/plankit-element.js';
import { DataController } from '../shared/data-controller.js';
import { renderError, renderState, stateStyles } from '../shared/state-view.js';
import { selectionContext } from '../shared/context.js';
import { statusIcon, statusIconStyles, statusMessageKey } from '../shared/status.js';
import { classifyFailure } from '../shared/failure.js';
import { KpiSelectEvent } from '../shared/events/kpi-select.js';
import { tokenStyles, visuallyHiddenStyles } from '../shared/tokens.js';
import { printStyles } from '../shared/print.js';
import { exportFormat, exportFormats, paintedCopy, pngBlob, svgBlob, svgElement } from '../shared/export.js';
import { gaugeStyles } from './kpi-gauge.styles.js';
import { fitValue } from './value-fit.js';
import { addMessages } from '../shared/localize.js';
import { gaugeZhCN } from '../shared/i18n/gauge.zh-CN.js';
import { gaugeEn } from '../shared/i18n/gauge.en.js';

addMessages('zh-CN', gaugeZhCN);
addMessages('en', gaugeEn);

export type GaugeVariant = 'radial' | 'linear' | 'compact';

/** What `export()` writes. */
export type GaugeExportFormat = 'svg' | 'png';

/** A gauge drawn as a standalone SVG card (what `export()` writes, and what a panel's export tiles). */
export interface GaugePicture {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
  /** The card's background, for a PNG. */
  readonly background: string;
}

/** Width of an exported gauge card, and its inner margin (CSS pixels). */
const CARD_WIDTH = 240;
const CARD_PAD = 12;

/** The bar of the linear and compact variants: track, band zone, indicator, pace and target markers. */
function linearScale(
  zone: readonly [number, number] | null,
  reached: number,
  pace: number | null,
  target: number,
): TemplateResult {
  return html`<svg class="scale" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
    <line part="track" class="track" x1="0" y1="6" x2="100" y2="6" />
    ${zone === null ? nothing : svg`<line class="zone" x1=${zone[0]} y1="6" x2=${zone[1]} y2="6" />`}
    <line
      part="indicator"
      class="indicator"
      x1="0"
      y1="6"
      x2="100"
      y2="6"
      pathLength="100"
      stroke-dasharray="${reached} 100"
    />
    ${pace === null ? nothing : svg`<line class="marker pace" x1=${pace} y1="0" x2=${pace} y2="12" />`}
    <line class="marker target" x1=${target} y1="0" x2=${target} y2="12" />
  </svg>`;
}

/** What the gauge draws: the KPI and its geometry, from the SDK (kpiGauge). */
interface GaugeView extends KpiGauge {
  readonly kpi: Kpi;
}

/**
 * A KPI as a gauge: the actual value with its unit, the rule in words, the status (icon, text and
 * colour), the target and expected-pace markers, last year and the change, and a sparkline.
 * Loads the KPI named by `kpi` through the nearest `<pk-provider>`, or shows a `Kpi` object set as
 * the `kpi` property. Click, Enter or Space selects it.
 *
 * @summary One KPI as a radial, linear or compact gauge.
 * @tag pk-kpi-gauge
 *
 * @fires {KpiSelectEvent} pk-kpi-select - The user picked this KPI (click, Enter or Space). `detail.kpiId`.
 * @fires {PkErrorEvent} pk-error - The KPI could not be loaded, or the `kpi` property is not a valid KPI.
 * @fires {AuthRequiredEvent} pk-auth-required - Loading was refused with 401.
 *
 * @csspart base - The gauge's box.
 * @csspart label - The KPI's name.
 * @csspart track - The scale the indicator runs along.
 * @csspart indicator - The part of the scale reached by the actual value.
 * @csspart value - The actual value with its unit (SVG text inside the arc in the radial variant).
 * @csspart status - The status icon and text.
 * @csspart sparkline - The line of the monthly values.
 * @csspart state - The loading, empty or error view shown instead of the gauge.
 * @csspart retry - The Retry button of the error view.
 *
 * @cssprop --pk-kpi-gauge-size - Diameter of the radial gauge. Default `9rem`.
 * @cssprop --pk-kpi-gauge-thickness - Thickness of the track and indicator, in SVG units. Default `8` (radial), `6` (linear).
 * @cssprop --pk-kpi-gauge-background - Background of the gauge. Default `--pk-color-surface`.
 * @cssprop --pk-kpi-gauge-border-color - Border of the gauge. Default `--pk-color-border`.
 * @cssprop --pk-kpi-gauge-track-color - Colour of the track. Default `--pk-color-track`.
 * @cssprop --pk-kpi-gauge-marker-color - Colour of the target marker. Default `--pk-color-text`.
 * @cssprop --pk-kpi-gauge-selected-color - Outline of the selected gauge. Default `--pk-color-accent`.
 * @cssprop --pk-kpi-gauge-value-font-size - Size of the value in the linear and compact variants (the radial value is sized to fit its arc). Default `--pk-font-size-large`.
 * @cssprop --pk-kpi-gauge-padding - Inner spacing. Default `--pk-space-l`.
 * @cssprop --pk-font-family - Font stack (CJK-safe system fonts by default).
 * @cssprop --pk-font-size - Body text size. Default `0.875rem`.
 * @cssprop --pk-font-size-small - Small text size. Default `0.75rem`.
 * @cssprop --pk-font-size-large - Large figures. Default `1.5rem`.
 * @cssprop --pk-font-weight-strong - Weight of values and titles. Default `600`.
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
 * @cssprop --pk-color-track - Tracks and skeletons.
 * @cssprop --pk-color-accent - Selection and links.
 * @cssprop --pk-color-met - Status colour: met.
 * @cssprop --pk-color-on-track - Status colour: on track.
 * @cssprop --pk-color-at-risk - Status colour: at risk.
 * @cssprop --pk-color-off-track - Status colour: off track.
 * @cssprop --pk-color-no-data - Status colour: no data.
 * @cssprop --pk-focus-ring-color - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width. Default `2px`.
 * @cssprop --pk-transition-duration - Length of the indicator's transition (0 under prefers-reduced-motion). Default `300ms`.
 */
export class KpiGaugeElement extends PlankitElement {
  /** @internal */
  static override styles = [tokenStyles, visuallyHiddenStyles, stateStyles, statusIconStyles, gaugeStyles, printStyles];

  /**
   * The KPI: its id as an attribute (loaded through the provider's client), or a `Kpi` object as
   * a property (standalone, no network; validated, an invalid object shows the error state).
   * @type {string | Kpi | undefined}
   */
  @property() kpi: string | Kpi | undefined;

  /** Plan the KPI belongs to; falls back to the provider's `plan`. */
  @property() plan: string | undefined;

  /** Evaluation date `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** `radial` (default), `linear` or `compact`. */
  @property({ reflect: true }) variant: GaugeVariant = 'radial';

  /** @internal */
  private readonly selectionConsumer = new ContextConsumer(this, { context: selectionContext, subscribe: true });

  /** @internal */
  private readonly data = new DataController<Kpi, [plan: string, kpiId: string, asOf: string]>(this, this.localize, {
    source: () => {
      const kpi = this.kpi;
      if (typeof kpi !== 'string')
        return kpi === undefined ? { kind: 'missing', reason: 'missing-kpi' } : { kind: 'local', value: kpi };
      const plan = this.plan ?? this.config?.plan;
      if (kpi === '') return { kind: 'missing', reason: 'missing-kpi' };
      if (plan === undefined || plan === '') return { kind: 'missing', reason: 'missing-plan' };
      return { kind: 'remote', args: [plan, kpi, this.evaluationDate] };
    },
    // No validate: evaluateKpiWithSeries checks the KPI (schema and cross-field rules) in
    // buildView, and a failure there shows the error state. Checking here too would parse it twice.
    load: (client, [plan, kpiId, asOf], signal) => client.kpis.get(plan, kpiId, { asOf, signal }),
    // <pk-provider live>: a month recorded for this KPI re-evaluates it.
    concerns: (change, [plan, kpiId]) =>
      change.entity === 'measurement' && change.planId === plan && change.entityId === kpiId,
    subject: () =>
      typeof this.kpi === 'string'
        ? this.localize.term('subjectKpi', { id: this.kpi })
        : this.localize.term('subjectKpiData'),
  });

  // The evaluated KPI, recomputed when the KPI object or the date changes.
  /** @internal */
  private view: GaugeView | undefined;
  /** @internal */
  private viewError: unknown;
  /** @internal */
  private viewKey: [Kpi, string] | undefined;
  /** @internal */
  private reportViewError = false;
  // What the last render showed, for the host's ARIA attributes (formatted once per render).
  /** @internal */
  private readout: { name: string; value: string | null; rule: string; status: string } | undefined;
  // Host attributes this element manages (so a page's own aria-label is never overwritten).
  /** @internal */
  private ownedLabel = false;
  // The tabindex is this element's own when it was absent at connection (a page's or a panel's is never
  // touched): a tab stop while it shows or loads a KPI, none in an error or notice, whose stop is Retry.
  /** @internal */
  private ownedTabIndex = false;

  /** The date the KPI is evaluated at. @internal */
  get evaluationDate(): string {
    return this.asOf ?? this.config?.asOf ?? today();
  }

  constructor() {
    super();
    this.addEventListener('click', () => this.select());
    this.addEventListener('keydown', (event) => {
      // Keys pressed on a control inside (Retry) are that control's own.
      if (event.composedPath()[0] !== this) return;
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      this.select();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) {
      this.ownedTabIndex = true;
      this.tabIndex = 0;
    }
  }

  private select(): void {
    const kpiId = this.view?.kpi.id;
    if (kpiId === undefined || this.data.state.kind !== 'complete') return;
    this.selectionConsumer.value?.select({ kpiId });
    // Built first, then dispatched: the @fires tag documents it (the analyzer cannot name it from here).
    const event = new KpiSelectEvent({ kpiId });
    this.dispatchEvent(event);
  }

  /** The view of the KPI shown, derived before each render (kept while the KPI and the date are the same). */
  private buildView(kpi: Kpi, asOf: string): void {
    if (this.viewKey?.[0] === kpi && this.viewKey[1] === asOf) return;
    this.viewKey = [kpi, asOf];
    try {
      // One check of the KPI; an attached evaluation (from the server or a panel) is only used once the KPI
      // around it has been checked.
      this.view = { kpi, ...kpiGauge(kpi, asOf) };
      this.viewError = undefined;
    } catch (error) {
      this.view = undefined;
      this.viewError = error;
      this.reportViewError = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.data.state;
    if (state.kind === 'complete') this.buildView(state.value, this.evaluationDate);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.data.state.kind;
    const view = state === 'complete' && this.viewError === undefined ? this.view : undefined;
    if (state === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const readout = this.readout;
    if (view === undefined || readout === undefined) {
      for (const name of ['role', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext', 'aria-current'])
        this.removeAttribute(name);
      if (this.ownedLabel) this.removeAttribute('aria-label');
    } else {
      const { kpi, evaluation, min, max } = view;
      const { name, value, rule, status } = readout;
      this.setAttribute('role', 'meter');
      this.setAttribute('aria-valuemin', String(min));
      this.setAttribute('aria-valuemax', String(max));
      this.setAttribute('aria-valuenow', String(evaluation.actual ?? min));
      this.setAttribute(
        'aria-valuetext',
        value === null
          ? this.localize.term('gaugeValueTextNoData', { name, rule, status })
          : this.localize.term('gaugeValueText', { name, value, rule, status }),
      );
      if (this.ownedLabel || !this.hasAttribute('aria-label')) {
        this.setAttribute('aria-label', name);
        this.ownedLabel = true;
      }
      if (this.selectionConsumer.value?.selection.kpiId === kpi.id) this.setAttribute('aria-current', 'true');
      else this.removeAttribute('aria-current');
    }
    if (this.ownedTabIndex) {
      // A tab stop while it shows a KPI or loads one (keeping the place of a keyboard user who pressed Retry);
      // an error or a notice is not: its Retry is. Never taken away while the focus is inside, which would drop
      // it to the page.
      if (view !== undefined || state === 'loading') {
        if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
      } else if (!this.matches(':focus-within')) this.removeAttribute('tabindex');
    }
    if (this.reportViewError) {
      this.reportViewError = false;
      this.data.report(this.viewError);
    }
  }

  private text(text: { zh: string; en: string }): string {
    return this.localize.locale === 'en' ? text.en : text.zh;
  }

  protected override render(): unknown {
    this.readout = undefined;
    const state = this.data.state;
    const lines = this.variant === 'compact' ? 2 : 4;
    const fallback = renderState(state, this.data, {
      localize: this.localize,
      skeletonLines: lines,
      emptyMessage: 'statusNoData',
    });
    if (fallback !== undefined || state.kind !== 'complete') return fallback;
    const view = this.view;
    if (view === undefined) {
      // Retrying cannot mend a KPI the rules reject: the same data would fail again.
      const { title, message } = this.data.describe(classifyFailure(this.viewError));
      return renderError(title, message, undefined);
    }
    return this.renderGauge(view);
  }

  /**
   * The gauge as it shows now, as a standalone SVG (`svg`: its colours resolved from the current theme, the
   * name, value, scale, status with its icon, rule and last-year lines as text) or a PNG of it at twice its
   * size. Rejects while there is no KPI to show (loading, empty, error), and for another format.
   */
  async export({ format }: { format: GaugeExportFormat }): Promise<Blob> {
    const checked = exportFormat('pk-kpi-gauge', format, exportFormats['pk-kpi-gauge']);
    await this.updateComplete;
    const picture = this.picture();
    if (picture === undefined) throw new Error('<pk-kpi-gauge> has no KPI to export yet.');
    const svg = svgBlob(picture.svg);
    return checked === 'svg' ? svg : pngBlob(svg, picture.width, picture.height, { background: picture.background });
  }

  /** The shown gauge as an SVG card, or undefined while no KPI is shown. @internal */
  picture(): GaugePicture | undefined {
    const root = this.renderRoot;
    const base = root.querySelector<HTMLElement>('.base');
    const scale = root.querySelector<SVGSVGElement>('svg.scale');
    const readout = this.readout;
    if (base === null || scale === null || readout === undefined) return undefined;
    const look = getComputedStyle(base);
    const muted = getComputedStyle(root.querySelector('.rule') ?? base).color;
    const inner = CARD_WIDTH - 2 * CARD_PAD;
    const parts: SVGElement[] = [];
    let y = CARD_PAD;
    const line = (text: string, size: number, options: { color?: string; weight?: string; x?: number } = {}): void => {
      y += size * 1.4;
      const attributes = {
        x: options.x ?? CARD_PAD,
        y: y - size * 0.35,
        'font-size': size,
        fill: options.color ?? look.color,
      };
      parts.push(
        svgElement(
          'text',
          options.weight === undefined ? attributes : { ...attributes, 'font-weight': options.weight },
          text,
        ),
      );
    };
    line(readout.name, 14, { weight: '600' });
    const radial = this.variant === 'radial';
    if (!radial) line(readout.value ?? '—', 20, { weight: '600' });
    const scaleCopy = paintedCopy(scale);
    const scaleHeight = radial ? 120 : 12;
    const scaleWidth = radial ? 144 : inner;
    y += 6;
    for (const [name, value] of Object.entries({
      x: (CARD_WIDTH - scaleWidth) / 2,
      y,
      width: scaleWidth,
      height: scaleHeight,
    }))
      scaleCopy.setAttribute(name, String(value));
    parts.push(scaleCopy);
    y += scaleHeight;
    const icon = root.querySelector<SVGSVGElement>('.status svg');
    if (icon !== null) {
      const iconCopy = paintedCopy(icon);
      for (const [name, value] of Object.entries({ x: CARD_PAD, y: y + 1.5, width: 16, height: 16 }))
        iconCopy.setAttribute(name, String(value));
      parts.push(iconCopy);
    }
    line(readout.status, 13, { x: CARD_PAD + 22 });
    line(this.localize.term('gaugeTarget', { rule: readout.rule }), 12, { color: muted });
    const meta = root.querySelector('.meta')?.textContent ?? '';
    for (const text of meta.split('\n')) if (text.trim() !== '') line(text, 12, { color: muted });
    const sparkline = root.querySelector<SVGSVGElement>('svg.sparkline');
    if (sparkline !== null) {
      const copy = paintedCopy(sparkline);
      y += 6;
      for (const [name, value] of Object.entries({ x: CARD_PAD, y, width: inner, height: 24 }))
        copy.setAttribute(name, String(value));
      parts.push(copy);
      y += 24;
    }
    const height = Math.ceil(y + CARD_PAD);
    const background = look.backgroundColor;
    const svg = svgElement('svg', {
      width: CARD_WIDTH,
      height,
      viewBox: `0 0 ${CARD_WIDTH} ${height}`,
      'font-family': look.fontFamily,
      role: 'img',
    });
    svg.append(
      svgElement('title', {}, this.getAttribute('aria-valuetext') ?? readout.name),
      svgElement('rect', {
        x: 0.5,
        y: 0.5,
        width: CARD_WIDTH - 1,
        height: height - 1,
        rx: 6,
        fill: background,
        stroke: look.borderTopColor,
      }),
      ...parts,
    );
    return { svg, width: CARD_WIDTH, height, background };
  }

  private renderGauge({
    kpi,
    evaluation,
    reached,
    targetAt,
    pace,
    zone,
    sparkline: points,
  }: GaugeView): TemplateResult {
    const { localize, variant } = this;
    const { actual, status, lastYear, delta } = evaluation;
    const unit = kpi.unit;
    const name = this.text(kpi.name);
    // Labels for a unit of the KPI's own (its plan's vocabulary); the SDK knows the others.
    const vocabulary = kpi.vocabulary === undefined ? undefined : { vocabulary: kpi.vocabulary };
    const valueText = actual === null ? null : localize.value(actual, unit, vocabulary);
    const ruleText = this.text(evaluation.ruleText);
    const statusText = localize.term(statusMessageKey(status));
    this.readout = { name, value: valueText, rule: ruleText, status: statusText };
    const shown = valueText ?? '—';
    // The rule takes at most two lines, then an ellipsis: its title and aria-valuetext hold it whole.
    const target = localize.term('gaugeTarget', { rule: ruleText });
    const selected = this.selectionConsumer.value?.selection.kpiId === kpi.id;
    const classes = `base ${variant} ${status}${selected ? ' selected' : ''}`;
    const paceAt = pace === null ? null : pace.at;

    // One template per layout with as few bindings and nodes as will do: on a page of fifty gauges
    // each is paid for fifty times. The scale and the status icon are shared templates.
    if (variant === 'compact') {
      return html`<div part="base" class=${classes}>
        <div part="label" class="label" title=${name}>${name}</div>
        <span part="value" class="value">${shown}</span>
        ${linearScale(zone, reached, paceAt, targetAt)}
        <div part="status" class="status">${statusIcon(status)}${statusText}</div>
        <span class="rule" title=${target}>${target}</span>
      </div>`;
    }

    // Last year, the change and the expected pace: one item a line, in one text node.
    const meta: string[] = [];
    if (lastYear !== null)
      meta.push(localize.term('gaugeLastYear', { value: localize.value(lastYear, unit, vocabulary) }));
    if (delta !== null) {
      const changeUnit = unit === 'rank' ? 'number' : unit;
      const change = localize.value(delta, changeUnit, { signed: true, ...vocabulary });
      // A change that shows as zero ("0 起", "0%") reads as what it means; on the same months of last year, says so.
      const samePeriod = evaluation.deltaBasis === 'samePeriod';
      meta.push(
        change === localize.value(0, changeUnit, vocabulary)
          ? localize.term(samePeriod ? 'gaugeDeltaSamePeriodNone' : 'gaugeDeltaNone')
          : localize.term(samePeriod ? 'gaugeDeltaSamePeriod' : 'gaugeDelta', { delta: change }),
      );
    }
    if (evaluation.missedPeriods !== undefined && evaluation.missedPeriods.length > 0) {
      const months = evaluation.missedPeriods.map((period) => localize.date(`${period}-01`, { month: 'short' }));
      meta.push(localize.term('gaugeMissedMonths', { months: localize.list(months) }));
    }
    if (pace !== null)
      meta.push(localize.term('gaugeExpected', { value: localize.value(pace.value, unit, vocabulary) }));
    const sparkline =
      points === null
        ? nothing
        : html`<svg
            part="sparkline"
            class="sparkline"
            viewBox="0 0 100 24"
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            <polyline points=${points}></polyline>
          </svg>`;

    if (variant === 'linear') {
      return html`<div part="base" class=${classes}>
        <div part="label" class="label" title=${name}>${name}</div>
        <div class="readout">
          <span part="value" class="value">${shown}</span><span class="rule" title=${target}>${target}</span>
        </div>
        ${linearScale(zone, reached, paceAt, targetAt)}
        <div part="status" class="status">${statusIcon(status)}${statusText}</div>
        <div class="meta">${meta.join('\n')}</div>
        ${sparkline}
      </div>`;
    }

    // Radial: a 270° arc of radius 48 around (60, 58), open at the bottom, measured with pathLength
    // 100. Its path is written out in the template rather than bound: even a constant binding costs
    // a part per gauge. Markers are ticks rotated to their angle. The value sits inside, sized from
    // its text so it clears the arc and the markers: one line, or a figure over its unit word, 1.1 em
    // apart around the centre, with a zero-size space between them so the text content stays whole
    // ("26.2K cases"). Kept on one line (prettier-ignore): whitespace between SVG tspans would be drawn.
    const { lines, size } = fitValue(shown);
    const value =
      lines.length === 1
        ? lines[0]
        : svg`<tspan x="60" y=${58 - 0.55 * size}>${lines[0]}</tspan><tspan class="gap"> </tspan><tspan x="60" y=${58 + 0.55 * size}>${lines[1]}</tspan>`;
    return html`<div part="base" class=${classes}>
      <div part="label" class="label" title=${name}>${name}</div>
      <svg class="scale" viewBox="0 0 120 100" aria-hidden="true">
        <path part="track" class="track" d="M26.06 91.94A48 48 0 1 1 93.94 91.94" pathLength="100" />
        ${zone === null ? nothing : svg`<path class="zone" d="M26.06 91.94A48 48 0 1 1 93.94 91.94" pathLength="100" stroke-dasharray="0 ${zone[0]} ${zone[1] - zone[0]} 100"/>`}
        <path
          part="indicator"
          class="indicator"
          d="M26.06 91.94A48 48 0 1 1 93.94 91.94"
          pathLength="100"
          stroke-dasharray="${reached} 100"
        />
        ${paceAt === null ? nothing : svg`<line class="marker pace" x1="102" y1="58" x2="118" y2="58" transform="rotate(${135 + paceAt * 2.7} 60 58)"/>`}
        <line
          class="marker target"
          x1="102"
          y1="58"
          x2="118"
          y2="58"
          transform="rotate(${135 + targetAt * 2.7} 60 58)"
        />
        <!-- prettier-ignore -->
        <text part="value" class="value" x="60" y="58" font-size=${size} text-anchor="middle" dominant-baseline="central">${value}</text>
      </svg>
      <span class="rule" title=${target}>${target}</span>
      <div part="status" class="status">${statusIcon(status)}${statusText}</div>
      <div class="meta">${meta.join('\n')}</div>
      ${sparkline}
    </div>`;
  }
}
