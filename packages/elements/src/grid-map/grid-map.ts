// <pk-grid-map>: the county's grids (三员网格化) on a map that needs no tile server, coloured by a
// figure, with keyboard navigation between neighbouring grids, zoom and pan, a tooltip with the
// three roles, the selected grid's item pipeline and optional retailer points. Geometry, colour
// classes, neighbours and the pipeline come from @plankit/sdk/domain; this element renders them.
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import {
  GridMetric as GridMetricSchema,
  type Grid,
  type GridCollection,
  type GridItem,
  type GridMetric,
  type GridStageLimits,
  type Retailer,
  type TierScheme,
} from '@plankit/sdk';
import {
  DEFAULT_STAGE_LIMITS,
  GRID_COLOR_CLASSES,
  GRID_POINT_MARKS,
  bandLabel,
  fitGridMap,
  gridAsOfInstant,
  gridColorScale,
  gridMetricValue,
  gridPipeline,
  gridPointBands,
  neighbourInDirection,
  clampMapView,
  readGridMapView,
  type GridMapView,
  placeMapLabels,
  zoomMapView,
  schematicGridMap,
  validateGridCollection,
  type GridColorScale,
  type GridMapLayout,
  type GridPipeline,
  type GridPointBands,
  type GridPointMark,
  type GridShape,
  type MapDirection,
} from '@plankit/sdk/domain';
import { PlankitElement } from '../shared/plankit-element.js';
import { SVG_NS, exportFormat, exportFormats, pngBlob, svgBlob } from '../shared/export.js';
import { loadView, saveView, viewKey } from '../shared/persist.js';
import { DataController } from '../shared/data-controller.js';
import { selectionContext } from '../shared/context.js';
import { GridSelectEvent } from '../shared/events/grid-select.js';
import { renderState, stateStyles } from '../shared/state-view.js';
import { classifyFailure } from '../shared/failure.js';
import { PkErrorEvent } from '../shared/events/error.js';
import type { MessageKey } from '../shared/i18n/zh-CN.js';
import { tokenStyles, visuallyHiddenStyles } from '../shared/tokens.js';
import { mapStyles } from './grid-map.styles.js';
import { printStyles } from '../shared/print.js';
import { addMessages } from '../shared/localize.js';
import { mapZhCN } from '../shared/i18n/map.zh-CN.js';
import { mapEn } from '../shared/i18n/map.en.js';

addMessages('zh-CN', mapZhCN);
addMessages('en', mapEn);

/** What `export()` writes. */
export type GridMapExportFormat = 'svg' | 'png';

/** The view: scale `k` and translation in pixels, applied to the fitted map. */
export interface GridMapZoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

const METRICS = GridMetricSchema.options;
const METRIC_KEYS: Readonly<Record<GridMetric, MessageKey>> = {
  retailers: 'mapMetricRetailers',
  openItems: 'mapMetricOpenItems',
  overdueItems: 'mapMetricOverdueItems',
  avgResponseHours: 'mapMetricAvgResponseHours',
  inspections: 'mapMetricInspections',
};
const STAGE_KEYS: Readonly<Record<string, MessageKey>> = {
  collected: 'mapStageCollected',
  routed: 'mapStageRouted',
  responded: 'mapStageResponded',
  handled: 'mapStageHandled',
  fedBack: 'mapStageFedBack',
};
const ARROWS: Readonly<Record<string, MapDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const ZOOM_STEP = 1.5;
const IDENTITY: GridMapZoom = Object.freeze({ k: 1, x: 0, y: 0 });
/** How long the view stays still before the grids are drawn again at it (the compositor scales them until then). */
const SETTLE_MS = 150;
const FALLBACK_SIZE = { width: 640, height: 448 };

/** The version of the view stored under `persist-key` (before it, the view was stored as raw JSON). */
const VIEW_VERSION = 1;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Without a scheme, the common one (as the SDK's TIER_SCHEME_30), not imported: fixtures stay out of the bundle. */
const DEFAULT_SCHEME: TierScheme = {
  id: 'default',
  tiers: 30,
  bands: [
    { id: 'low', from: 1, to: 10 },
    { id: 'mid', from: 11, to: 20 },
    { id: 'high', from: 21, to: 30 },
  ],
  targetBand: 'mid',
};

/**
 * The county's grids on a fitted map (Web Mercator, via d3-geo) or as equal tiles (`schematic`),
 * coloured by one of their figures with a legend in round numbers and a hatched "no data". Loads
 * `client.grids.list()` through the nearest `<pk-provider>`, or shows the `grids` property. Tab
 * into the map, move between neighbouring grids with the arrow keys, select with Enter (or a
 * click or tap), zoom with + and − (or the wheel, a pinch, the buttons) and pan by dragging. The
 * selection goes to the provider, so other widgets filter by the grid; the selected grid's panel
 * shows its three roles, figures and item pipeline (collected → routed → responded → handled →
 * fed back) with the items past their time limit.
 *
 * @summary Three-role grids on a map or as tiles, coloured by a figure, with each grid's item pipeline.
 * @tag pk-grid-map
 *
 * @fires {GridSelectEvent} pk-grid-select - A grid was selected (`detail.gridId`) or the selection cleared (`null`).
 * @fires {PkErrorEvent} pk-error - The grids or items could not be loaded, the `grids` property is not valid GeoJSON, or `as-of` is not a date.
 * @fires {AuthRequiredEvent} pk-auth-required - Loading was refused with 401.
 *
 * @csspart base - The map's box: the map and the toolbar, legend, tooltip and panel over it.
 * @csspart map - The SVG over the grids: selection and focus outlines, labels and tooltip (the grids are on a layer under it).
 * @csspart toolbar - The metric picker and zoom buttons.
 * @csspart metric - The metric `<select>`.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart zoom-reset - The reset-view button.
 * @csspart legend - The colour legend.
 * @csspart tooltip - The tooltip of the grid under the pointer or with the focus.
 * @csspart panel - The selected grid's panel.
 * @csspart pipeline - The selected grid's item pipeline.
 * @csspart points - The canvas with the retailer points.
 * @csspart notice - Why the `as-of` is not a date (over the map; the pipeline shows no overdue counts then).
 * @csspart state - The loading, empty or error view shown instead of the map.
 * @csspart retry - The Retry button of the error view.
 *
 * @cssprop --pk-grid-map-height - Height of the map. Default `28rem`.
 * @cssprop --pk-grid-map-color-1 - Lightest class of the scale (darkest in the dark scheme).
 * @cssprop --pk-grid-map-color-2 - Second class of the scale.
 * @cssprop --pk-grid-map-color-3 - Third class of the scale.
 * @cssprop --pk-grid-map-color-4 - Fourth class of the scale.
 * @cssprop --pk-grid-map-color-5 - Darkest class of the scale (lightest in the dark scheme).
 * @cssprop --pk-grid-map-no-data - Background of the hatched "no data" fill.
 * @cssprop --pk-grid-map-stroke - Grid borders.
 * @cssprop --pk-grid-map-selected-color - Outline of the selected grid.
 * @cssprop --pk-grid-map-band-low - Retailer points of the lowest tier band (circles).
 * @cssprop --pk-grid-map-band-mid - Retailer points of the bands between the lowest and the highest (squares).
 * @cssprop --pk-grid-map-band-high - Retailer points of the highest tier band (triangles).
 * @cssprop --pk-font-family - Font stack (CJK-safe system fonts by default).
 * @cssprop --pk-font-size - Body text size. Default `0.875rem`.
 * @cssprop --pk-font-size-small - Small text size. Default `0.75rem`.
 * @cssprop --pk-font-weight-strong - Weight of headings. Default `600`.
 * @cssprop --pk-line-height - Line height (at least 1.25 for CJK). Default `1.5`.
 * @cssprop --pk-space-xs - Extra small spacing. Default `0.25rem`.
 * @cssprop --pk-space-s - Small spacing. Default `0.5rem`.
 * @cssprop --pk-space-m - Medium spacing. Default `0.75rem`.
 * @cssprop --pk-radius - Corner radius. Default `0.5rem`.
 * @cssprop --pk-color-surface - Background of the widgets.
 * @cssprop --pk-color-text - Text colour.
 * @cssprop --pk-color-text-muted - Secondary text colour and the "no data" hatching.
 * @cssprop --pk-color-border - Borders.
 * @cssprop --pk-color-track - Skeletons.
 * @cssprop --pk-color-accent - The Retry button.
 * @cssprop --pk-color-off-track - Overdue counts and the error view.
 * @cssprop --pk-focus-ring-color - Focus ring colour.
 * @cssprop --pk-focus-ring-width - Focus ring width. Default `2px`.
 */
export class GridMapElement extends PlankitElement {
  /** @internal */
  static override styles = [tokenStyles, visuallyHiddenStyles, stateStyles, mapStyles, printStyles];

  /** The grids as a GeoJSON FeatureCollection (standalone, no network). Invalid GeoJSON shows the error state with the reason. */
  @property({ attribute: false }) grids: GridCollection | null | undefined;

  /** The figure the grids are coloured by: `retailers` (default), `openItems`, `overdueItems`, `avgResponseHours` or `inspections`. */
  @property({ reflect: true }) metric: GridMetric = 'retailers';

  /** Draw the grids as equal tiles laid out by position, without geography. */
  @property({ type: Boolean, reflect: true }) schematic = false;

  /** Retailers to draw as points over the grids when `show-retailers` is set (geographic mode only). */
  @property({ attribute: false }) retailers: readonly Retailer[] | null | undefined;

  /** Draw `retailers` as points coloured and shaped by tier band. */
  @property({ type: Boolean, attribute: 'show-retailers', reflect: true }) showRetailers = false;

  /** The tier scheme that groups the retailers' tiers into bands, named in the legend. Default: 30 tiers, 1–10 low, 11–20 mid, 21–30 high. */
  @property({ attribute: false }) tierScheme: TierScheme | undefined;

  /** The information items for the selected grid's pipeline (standalone); loaded through the provider otherwise. */
  @property({ attribute: false }) items: readonly GridItem[] | null | undefined;

  /** Hours allowed per stage, for the overdue counts. Default: the SDK's DEFAULT_STAGE_LIMITS. */
  @property({ attribute: false }) stageLimits: GridStageLimits = DEFAULT_STAGE_LIMITS;

  /** The selected grid's id when there is no provider (under a provider, its selection wins). */
  @property({ reflect: true }) selected: string | null = null;

  /** When overdue items are counted: a date `YYYY-MM-DD` (end of that day, China time) or an ISO date-time with offset; falls back to the provider's `as-of`, then now. Anything else is reported (`pk-error`) and shown over the map, and the pipeline counts no overdue items. */
  @property({ attribute: 'as-of' }) asOf: string | undefined;

  /** Keep the metric, the zoom and the selection in localStorage under this name (namespaced). */
  @property({ attribute: 'persist-key' }) persistKey: string | undefined;

  /** @internal */
  @state() private size: { width: number; height: number } | undefined;
  /** @internal */
  @state() private zoom: GridMapZoom = IDENTITY;
  /** The grid that is the map's tab stop, by feature index; it follows the selection. @internal */
  private active = 0;
  /** The selection the tab stop last followed. @internal */
  private followedSelection: string | null = null;
  /** @internal */
  @state() private hovered = -1;
  /** @internal */
  @state() private mapFocused = false;
  /** @internal */
  @state() private announcement = '';

  /** @internal */
  private readonly selectionConsumer = new ContextConsumer(this, { context: selectionContext, subscribe: true });

  /** @internal */
  private readonly data = new DataController<GridCollection, []>(this, this.localize, {
    source: () => (this.grids == null ? { kind: 'remote', args: [] } : { kind: 'local', value: this.grids }),
    validate: (value) => validateGridCollection(value, '<pk-grid-map>.grids'),
    // The client has parsed the response with the contract's schema (properties included): not checked twice.
    load: async (client, _args, signal) =>
      validateGridCollection(await client.grids.list({ signal }), 'GET /grids', { propertiesChecked: true }),
    // <pk-provider live>: an item reported or advanced changes the grids' figures (open, overdue items).
    follows: 'item',
    isEmpty: (grids) => grids.features.length === 0,
    subject: () => this.localize.term('mapSubjectGrids'),
  });

  /** @internal */
  private readonly itemData = new DataController<readonly GridItem[], [gridId: string]>(this, this.localize, {
    source: () => {
      if (this.items != null) return { kind: 'local', value: this.items };
      const gridId = this.selectedId;
      return gridId === null ? { kind: 'missing', reason: 'not-connected' } : { kind: 'remote', args: [gridId] };
    },
    load: (client, [gridId], signal) => client.grids.items(gridId, { signal }),
    // <pk-provider live>: the selected grid's pipeline follows its items.
    follows: 'item',
    subject: () => this.localize.term('mapPipeline'),
  });

  /** @internal */
  private resizeObserver: ResizeObserver | undefined;
  /** @internal */
  private layoutKey: readonly unknown[] = [];
  /** @internal */
  private layout: GridMapLayout | undefined;
  /** @internal */
  private scaleKey: readonly unknown[] = [];
  /** @internal */
  private scale: GridColorScale | undefined;
  /** @internal */
  private drawn:
    | {
        group: Element;
        layout: GridMapLayout;
        scale: GridColorScale;
        locale: string;
        /** The view the grids' layer is drawn at; the compositor moves it to `zoom` until it settles. */
        view?: GridMapZoom;
      }
    | undefined;
  /** The compositor's transform of the grids' layer between its drawn view and the current one. @internal */
  private layerMotion: Animation | undefined;
  /** @internal */
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal */
  private bandsOf: { scheme: TierScheme; bands: GridPointBands | null } | undefined;
  /** @internal */
  private pointsKey: readonly unknown[] = [];
  /** @internal */
  private points: { xy: Float64Array; band: Uint8Array } | undefined;
  /** @internal */
  private readonly pointers = new Map<number, { x: number; y: number }>();
  /** @internal */
  private drag: { moved: boolean; distance: number } | undefined;
  /** @internal */
  private restoring = false;
  /** @internal */
  private asOfChecked: { asOf: string | undefined; instant?: string; error?: unknown } | undefined;
  /** @internal */
  private reportAsOfError = false;

  /** The selected grid's id: the provider's selection under a provider, else the `selected` property. */
  get selectedId(): string | null {
    const context = this.selectionConsumer.value;
    return context === undefined ? this.selected : context.selection.gridId;
  }

  /** The current view (scale and translation). */
  get view(): GridMapZoom {
    return this.zoom;
  }

  /** The metric in force: an unknown `metric` attribute falls back to `retailers`. @internal */
  private get resolvedMetric(): GridMetric {
    return METRICS.includes(this.metric) ? this.metric : 'retailers';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box === undefined || box.width <= 0 || box.height <= 0) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (this.size?.width !== width || this.size.height !== height) this.size = { width, height };
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persistKey')) this.restore();
    this.checkAsOf();
    // The first render needs a size: the host's own box (the observer then keeps it current).
    if (this.size === undefined) {
      const width = this.clientWidth;
      const height = this.clientHeight;
      this.size = width > 0 && height > 0 ? { width, height } : FALLBACK_SIZE;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Derived view state

  /** The fitted or schematic layout, once per collection, size and mode (never on selection or zoom). @internal */
  private layoutFor(grids: GridCollection): GridMapLayout {
    const size = this.size ?? FALLBACK_SIZE;
    const key = [grids, size.width, size.height, this.schematic];
    if (this.layout === undefined || key.some((value, index) => value !== this.layoutKey[index])) {
      this.layoutKey = key;
      this.layout = this.schematic ? schematicGridMap(grids, size) : fitGridMap(grids, size);
    }
    return this.layout;
  }

  /** @internal */
  private scaleFor(grids: GridCollection): GridColorScale {
    const key = [grids, this.resolvedMetric];
    if (this.scale === undefined || key.some((value, index) => value !== this.scaleKey[index])) {
      this.scaleKey = key;
      this.scale = gridColorScale(grids, this.resolvedMetric);
    }
    return this.scale;
  }

  /** The point marks of the tier scheme's bands (the default scheme without one); null for an invalid scheme. @internal */
  private get pointBands(): GridPointBands | null {
    const scheme = this.tierScheme ?? DEFAULT_SCHEME;
    if (this.bandsOf?.scheme !== scheme) {
      let bands: GridPointBands | null = null;
      try {
        bands = gridPointBands(scheme);
      } catch {
        // Shown in the legend; the points are not drawn.
      }
      this.bandsOf = { scheme, bands };
    }
    return this.bandsOf.bands;
  }

  /** @internal */
  private gridName(grid: Grid, english = this.localize.locale === 'en'): string {
    return english ? grid.properties.name.en : grid.properties.name.zh;
  }

  /** @internal */
  private metricText(grid: Grid, metric: GridMetric): string {
    const value = gridMetricValue(grid, metric);
    return value === null ? this.localize.term('mapNoData') : this.localize.number(value, { maximumFractionDigits: 1 });
  }

  /** Why the `as-of` in force is not a date (its typed error described), or undefined. @internal */
  private get asOfProblem(): string | undefined {
    const error = this.asOfChecked?.error;
    return error === undefined ? undefined : this.data.describe(classifyFailure(error)).message;
  }

  /** The instant overdue items are counted at: the checked `as-of`, else now. @internal */
  private get pipelineNow(): string | Date {
    return this.asOfChecked?.instant ?? new Date();
  }

  /**
   * Checks the `as-of` in force (the attribute, else the provider's) when it changes: one that is not a date is
   * a typed error (`pk-error`), shown over the map and in the pipeline instead of overdue counts against a wrong
   * instant. The grids still draw: the as-of only times the pipeline. @internal
   */
  private checkAsOf(): void {
    const asOf = this.asOf ?? this.config?.asOf;
    if (this.asOfChecked !== undefined && this.asOfChecked.asOf === asOf) return;
    this.asOfChecked = { asOf };
    if (asOf === undefined) return;
    try {
      this.asOfChecked.instant = gridAsOfInstant(asOf, '<pk-grid-map> as-of');
    } catch (error) {
      this.asOfChecked.error = error;
      this.reportAsOfError = true;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): unknown {
    const state = this.data.state;
    const fallback = renderState(state, this.data, {
      localize: this.localize,
      skeletonLines: 8,
      emptyMessage: 'mapEmpty',
    });
    if (fallback !== undefined || state.kind !== 'complete') return fallback;
    const grids = state.value;
    const layout = this.layoutFor(grids);
    const scale = this.scaleFor(grids);
    const { localize } = this;
    const { width, height } = layout.size;
    const { k, x, y } = this.zoom;
    const selectedId = this.selectedId;
    const selectedShape = selectedId === null ? undefined : layout.shapes.find((shape) => shape.id === selectedId);
    if (selectedId !== this.followedSelection) {
      // The tab stop moves to a newly selected grid (set without a second update: this render uses it).
      this.followedSelection = selectedId;
      if (selectedShape !== undefined) this.active = selectedShape.index;
    }
    const focusShape = this.mapFocused ? layout.shapes[this.active] : undefined;
    const tipIndex = this.hovered >= 0 ? this.hovered : this.mapFocused ? this.active : -1;
    const tipGrid = grids.features[tipIndex];
    const tipShape = layout.shapes[tipIndex];
    const showPoints = this.showRetailers && !this.schematic && (this.retailers?.length ?? 0) > 0;

    // The grids' focus listeners are on the stage: on the grids' <svg>, Chromium would make that a tab stop.
    return html`<div part="base" class="base">
      <div
        class="stage"
        role="group"
        aria-label=${localize.term('mapLabel')}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
        @pointerleave=${this.onPointerLeave}
        @wheel=${this.onWheel}
        @focusin=${this.onGridFocusIn}
        @focusout=${this.onGridFocusOut}
      >
        <svg
          class="layer"
          viewBox="0 0 ${width} ${height}"
          @click=${this.onGridClick}
          @keydown=${this.onGridKeydown}
          @pointerover=${this.onGridPointerOver}
        >
          <defs aria-hidden="true">
            <pattern
              id="pk-grid-map-no-data"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect class="hatch-bg" width="6" height="6"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          <g class="layer-view">
            <g
              class="grids"
              tabindex="-1"
              role="listbox"
              aria-label=${localize.term('mapGrids')}
              aria-describedby="help"
            ></g>
          </g>
        </svg>
        <svg part="map" class="map" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
          <g class="view" transform="translate(${x} ${y}) scale(${k})">
            ${
              selectedShape === undefined
                ? nothing
                : svg`<path class="outline selected-halo" d=${selectedShape.d} aria-hidden="true"></path>
                <path class="outline selected-line" d=${selectedShape.d} aria-hidden="true"></path>`
            }
            ${
              focusShape === undefined
                ? nothing
                : svg`<path class="outline focus-line" d=${focusShape.d} aria-hidden="true"></path>`
            }
          </g>
          <g class="labels" aria-hidden="true">${this.renderLabels(grids, layout)}</g>
          ${tipGrid === undefined || tipShape === undefined ? nothing : this.renderTooltip(tipGrid, tipShape, layout)}
        </svg>
        ${showPoints ? html`<canvas part="points" class="points" aria-hidden="true"></canvas>` : nothing}
      </div>
      <div part="toolbar" class="toolbar">
        <label
          >${localize.term('mapMetric')}
          <select part="metric" @change=${this.onMetricChange}>
            ${METRICS.map(
              (metric) =>
                html`<option value=${metric} ?selected=${metric === this.resolvedMetric}>
                  ${localize.term(METRIC_KEYS[metric])}
                </option>`,
            )}
          </select></label
        >
        <button part="zoom-in" type="button" aria-label=${localize.term('mapZoomIn')} @click=${this.zoomIn}>+</button>
        <button part="zoom-out" type="button" aria-label=${localize.term('mapZoomOut')} @click=${this.zoomOut}>
          −
        </button>
        <button part="zoom-reset" type="button" @click=${this.resetZoom}>${localize.term('mapZoomReset')}</button>
      </div>
      ${this.renderLegend(scale, showPoints)}
      ${
        this.asOfProblem === undefined
          ? nothing
          : html`<p part="notice" class="notice" role="alert">${this.asOfProblem}</p>`
      }
      ${selectedShape === undefined ? nothing : this.renderPanel(grids, selectedShape)}
      <p id="help" class="visually-hidden">${localize.term('mapHelp')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** The names that fit at the current view (placed by the SDK's placeMapLabels). @internal */
  private renderLabels(grids: GridCollection, layout: GridMapLayout): unknown {
    const name = (index: number): string => {
      const grid = grids.features[index];
      return grid === undefined ? '' : this.gridName(grid);
    };
    return placeMapLabels(layout.shapes, name, this.zoom, layout.size).map(
      (label) => svg`<text x=${label.x.toFixed(1)} y=${label.y.toFixed(1)}>${label.text}</text>`,
    );
  }

  /** @internal */
  private renderRoles(grid: Grid): TemplateResult {
    const { localize } = this;
    const { roles } = grid.properties;
    return html`<dl>
      <dt>${localize.term('mapInspector')}</dt>
      <dd>${roles.inspector.name}</dd>
      <dt>${localize.term('mapCustomerManager')}</dt>
      <dd>${roles.customerManager.name}</dd>
      <dt>${localize.term('mapDelivery')}</dt>
      <dd>${roles.delivery.name}</dd>
    </dl>`;
  }

  /** @internal */
  private renderFigures(grid: Grid): TemplateResult {
    return html`<dl>
      ${METRICS.map(
        (metric) =>
          html`<dt>${this.localize.term(METRIC_KEYS[metric])}</dt>
            <dd>${this.metricText(grid, metric)}</dd>`,
      )}
    </dl>`;
  }

  /** @internal */
  private renderTooltip(grid: Grid, shape: GridShape, layout: GridMapLayout): TemplateResult {
    const { k, x, y } = this.zoom;
    const { width, height } = layout.size;
    const tipWidth = Math.min(256, width / 2);
    const tipHeight = 240;
    const cx = shape.x * k + x;
    const cy = shape.y * k + y;
    const left = cx + 12 + tipWidth > width ? Math.max(0, cx - 12 - tipWidth) : cx + 12;
    const top = cy + 12 + tipHeight > height ? Math.max(0, cy - 12 - tipHeight) : cy + 12;
    return svg`<foreignObject class="tooltip-anchor" x=${left.toFixed(0)} y=${top.toFixed(0)} width=${tipWidth.toFixed(0)} height=${tipHeight} aria-hidden="true">
      <div part="tooltip" class="tooltip">
        <p class="tooltip-name">${this.gridName(grid)}</p>
        ${this.renderRoles(grid)} ${this.renderFigures(grid)}
      </div>
    </foreignObject>`;
  }

  /** @internal */
  private renderLegend(scale: GridColorScale, showPoints: boolean): TemplateResult {
    const { localize } = this;
    const integer = scale.metric !== 'avgResponseHours';
    const format = (value: number): string => localize.number(value, { maximumFractionDigits: 1 });
    const rangeText = (from: number, to: number | null): string => {
      if (to === null) return localize.term('mapLegendAtLeast', { from: format(from) });
      const upper = integer ? to - 1 : to;
      return upper === from ? format(from) : localize.term('mapLegendRange', { from: format(from), to: format(upper) });
    };
    const swatch = (className: string): TemplateResult =>
      html`<svg class="swatch" width="14" height="14" aria-hidden="true">
        <rect class=${className} x="0.5" y="0.5" width="13" height="13"></rect>
      </svg>`;
    return html`<div part="legend" class="legend">
      <p class="legend-title">${localize.term(METRIC_KEYS[scale.metric])}</p>
      <ul aria-label=${localize.term('mapLegend')}>
        ${scale.classes.map(
          (entry) =>
            html`<li data-class=${entry.index}>
              ${swatch(`c${entry.index}`)}<span>${rangeText(entry.from, entry.to)}</span>
            </li>`,
        )}
        ${scale.hasNoData ? html`<li data-class="none">${swatch('nd')}<span>${localize.term('mapNoData')}</span></li>` : nothing}
        ${showPoints ? this.renderBandLegend() : nothing}
      </ul>
    </div>`;
  }

  /** The point marks and the names of the bands each stands for; a tier scheme that is not valid says so. @internal */
  private renderBandLegend(): unknown {
    const { localize } = this;
    const bands = this.pointBands;
    if (bands === null) return html`<li data-band="invalid">${localize.term('mapInvalidScheme')}</li>`;
    return bands.legend.map(
      (entry) =>
        html`<li data-band=${entry.mark}>
          <svg class="swatch" width="14" height="14" aria-hidden="true">${bandMark(entry.mark)}</svg
          ><span
            >${entry.bands.map((band) => bandLabel(band, localize.locale)).join(localize.locale === 'en' ? ', ' : '、')}</span
          >
        </li>`,
    );
  }

  /** @internal */
  private renderPanel(grids: GridCollection, shape: GridShape): TemplateResult | typeof nothing {
    const grid = grids.features[shape.index];
    if (grid === undefined) return nothing;
    const { localize } = this;
    const group = grid.properties.group;
    return html`<section part="panel" class="panel" aria-label=${this.gridName(grid)}>
      <h3>${this.gridName(grid)}</h3>
      <p>${grid.properties.code} · ${localize.term('mapArea', { area: grid.properties.area })}</p>
      ${this.renderRoles(grid)}
      ${
        group === null
          ? nothing
          : html`<dl>
              <dt>${localize.term('mapGroup')}</dt>
              <dd>${localize.locale === 'en' ? group.en : group.zh}</dd>
            </dl>`
      }
      ${this.renderFigures(grid)} ${this.renderPipeline(grid.id)}
      <button type="button" @click=${() => this.select(null)}>${localize.term('mapClearSelection')}</button>
    </section>`;
  }

  /** @internal */
  private renderPipeline(gridId: string): TemplateResult | typeof nothing {
    const { localize } = this;
    const state = this.itemData.state;
    if (state.kind === 'missing') return nothing;
    let body: TemplateResult;
    // Overdue counts need a true instant: with an as-of that is not a date, the reason instead of counts.
    if (this.asOfProblem !== undefined) body = html`<p>${this.asOfProblem}</p>`;
    else if (state.kind === 'loading') body = html`<p>${localize.term('mapItemsLoading')}</p>`;
    else if (state.kind === 'error') body = html`<p>${localize.term('mapItemsUnavailable')}</p>`;
    else {
      const items = state.kind === 'complete' ? state.value.filter((item) => item.gridId === gridId) : [];
      let pipeline: GridPipeline;
      try {
        pipeline = gridPipeline(items, this.stageLimits, this.pipelineNow);
      } catch {
        return html`<p>${localize.term('mapItemsUnavailable')}</p>`;
      }
      body = html`<p>
          ${localize.term('mapPipelineTotal', {
            total: localize.number(pipeline.total),
            overdue: localize.number(pipeline.overdue),
          })}
        </p>
        <ol class="pipeline">
          ${pipeline.stages.map(
            (stage) =>
              html`<li data-stage=${stage.stage} data-count=${stage.count} data-overdue=${stage.overdue}>
                <span>${localize.term(STAGE_KEYS[stage.stage] ?? 'mapStageCollected')}</span>
                <span
                  >${localize.term('mapStageCount', { count: localize.number(stage.count) })}${
                    stage.overdue > 0
                      ? html` <span class="overdue"
                          >${localize.term('mapStageOverdue', { count: localize.number(stage.overdue) })}</span
                        >`
                      : nothing
                  }</span
                >
              </li>`,
          )}
        </ol>`;
    }
    return html`<div part="pipeline">
      <h4 class="legend-title">${localize.term('mapPipeline')}</h4>
      ${body}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.reportAsOfError) {
      this.reportAsOfError = false;
      const error = this.asOfChecked?.error;
      const failure = classifyFailure(error);
      const { title, message } = this.data.describe(failure);
      this.dispatchEvent(new PkErrorEvent({ error, kind: failure.kind, message: `${title}: ${message}` }));
    }
    this.showView(this.drawGrids());
    this.drawPoints();
    if (
      this.persistKey !== undefined &&
      !this.restoring &&
      (changed.has('metric') || (changed as PropertyValues).has('zoom') || changed.has('selected'))
    )
      this.persist();
  }

  /**
   * One <path> per grid, created by hand (no template instance per grid) and rebuilt only when the
   * layout changes; a metric or locale change only rewrites classes and names. New paths get their class and
   * name before they join the document, so no attribute change restyles thousands of connected paths.
   * Returns whether the paths were rebuilt. @internal
   */
  private drawGrids(): boolean {
    const group = this.renderRoot.querySelector('.grids');
    const state = this.data.state;
    if (group === null || state.kind !== 'complete' || this.layout === undefined || this.scale === undefined) {
      this.drawn = undefined;
      return false;
    }
    const grids = state.value;
    const { layout, scale } = this;
    const locale = this.localize.tag;
    let drawn = this.drawn;
    const rebuilt = drawn?.group !== group || drawn.layout !== layout;
    if (drawn === undefined || rebuilt) {
      // Each path is a copy of a path of its colour class with its role set: two attribute writes fewer a grid.
      const templates = new Map<string, Element>();
      const fragment = document.createDocumentFragment();
      layout.shapes.forEach((shape, index) => {
        const cls = colourClass(scale, index);
        let template = templates.get(cls);
        if (template === undefined) {
          template = document.createElementNS(SVG_NS, 'path');
          template.setAttribute('role', 'option');
          template.setAttribute('class', cls);
          templates.set(cls, template);
        }
        const path = template.cloneNode(false) as Element;
        path.setAttribute('d', shape.d);
        fragment.append(path);
      });
      this.classifyPaths(fragment.children, grids, scale, false);
      group.replaceChildren(fragment);
      drawn = { group, layout, scale, locale };
      this.drawn = drawn;
    } else if (drawn.scale !== scale || drawn.locale !== locale) {
      this.classifyPaths(group.children, grids, scale);
      drawn.scale = scale;
      drawn.locale = locale;
    }
    const paths = group.children;
    // The roving tab stop and the selection state: a handful of attributes, never a redraw.
    // Attributes are only taken from other paths: removing the focused path's tabindex would blur it.
    const activePath = paths[clamp(this.active, 0, Math.max(0, paths.length - 1))];
    const selectedId = this.selectedId;
    const selectedPath =
      selectedId === null ? undefined : paths[layout.shapes.findIndex((shape) => shape.id === selectedId)];
    group.querySelectorAll('[tabindex]').forEach((path) => {
      if (path !== activePath) path.removeAttribute('tabindex');
    });
    group.querySelectorAll('[aria-selected]').forEach((path) => {
      if (path !== selectedPath) path.removeAttribute('aria-selected');
    });
    activePath?.setAttribute('tabindex', '0');
    selectedPath?.setAttribute('aria-selected', 'true');
    return rebuilt;
  }

  /**
   * Each path's accessible name and, unless the paths were made with it (`withClass` false), its colour class. The
   * metric's figures are formatted once per distinct value, the locale looked up once. @internal
   */
  private classifyPaths(paths: HTMLCollection, grids: GridCollection, scale: GridColorScale, withClass = true): void {
    const metric = this.resolvedMetric;
    const metricName = this.localize.term(METRIC_KEYS[metric]);
    const label = this.localize.message('mapGridLabel');
    const english = this.localize.locale === 'en';
    const figures = new Map<number | null, string>();
    grids.features.forEach((grid, index) => {
      const path = paths[index];
      if (path === undefined) return;
      if (withClass) path.setAttribute('class', colourClass(scale, index));
      const value = gridMetricValue(grid, metric);
      let figure = figures.get(value);
      if (figure === undefined) {
        figure = this.metricText(grid, metric);
        figures.set(value, figure);
      }
      path.setAttribute('aria-label', label({ name: this.gridName(grid, english), metric: metricName, value: figure }));
    });
  }

  /**
   * Shows the current view. The grids' layer is a composited layer: a zoom or pan step moves it by a compositor
   * transform from the view it is drawn at (no repaint of thousands of paths, so a step paints within a frame),
   * and once the view has been still for {@link SETTLE_MS} it is drawn again at the new view, crisp, with
   * strokes of the right width. The outlines, labels, tooltip and points follow every step at once. @internal
   */
  private showView(rebuilt: boolean): void {
    const drawn = this.drawn;
    if (drawn === undefined) return;
    const view = drawn.view;
    const layer = (drawn.group as SVGGElement).ownerSVGElement;
    if (rebuilt || view === undefined || layer === null) {
      this.settle();
      return;
    }
    const { k, x, y } = this.zoom;
    if (k === view.k && x === view.x && y === view.y && this.layerMotion === undefined) return;
    const scale = k / view.k;
    // The layer's user units in CSS pixels (the same unless the box is not yet the layout's size).
    const ratio = layer.clientWidth > 0 ? layer.clientWidth / drawn.layout.size.width : 1;
    const transform = `translate(${(x - view.x * scale) * ratio}px, ${(y - view.y * scale) * ratio}px) scale(${scale})`;
    if (this.layerMotion === undefined)
      this.layerMotion = layer.animate([{ transform }], { duration: 0, fill: 'forwards' });
    else (this.layerMotion.effect as KeyframeEffect | null)?.setKeyframes([{ transform }]);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(this.settle, SETTLE_MS);
  }

  /** Draws the grids' layer at the current view and ends the compositor's transform. @internal */
  private readonly settle = (): void => {
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    const drawn = this.drawn;
    if (drawn === undefined) return;
    const { k, x, y } = this.zoom;
    drawn.group.parentElement?.setAttribute('transform', `translate(${x} ${y}) scale(${k})`);
    drawn.group.setAttribute('stroke-width', (0.5 / k).toFixed(3));
    this.layerMotion?.cancel();
    this.layerMotion = undefined;
    drawn.view = this.zoom;
  };

  /** Retailer points on a canvas (one path per band), projected once per layout. @internal */
  private drawPoints(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const layout = this.layout;
    const retailers = this.retailers;
    if (canvas === null || layout === undefined || retailers == null) return;
    const key = [retailers, layout, this.tierScheme];
    if (this.points === undefined || key.some((value, index) => value !== this.pointsKey[index])) {
      this.pointsKey = key;
      const marks = this.pointBands?.markOfTier ?? [];
      const xy = new Float64Array(retailers.length * 2).fill(Number.NaN);
      const band = new Uint8Array(retailers.length);
      for (let index = 0; index < retailers.length; index += 1) {
        const retailer = retailers[index];
        if (retailer == null || !layout.projectInto(retailer.location, xy, index * 2)) continue;
        // A retailer whose tier is in no band of the scheme has no mark (255): it is not drawn.
        const mark = marks[retailer.tier] ?? -1;
        band[index] = mark < 0 ? 255 : mark;
      }
      this.points = { xy, band };
    }
    const { width, height } = layout.size;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d');
    if (context === null) return;
    const { k, x, y } = this.zoom;
    const style = getComputedStyle(this);
    const radius = 2.5;
    const { xy, band } = this.points;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    // One pass over the points, each added to its band's path; the bands are then filled lowest first.
    const low = new Path2D();
    const mid = new Path2D();
    const high = new Path2D();
    const triangle = radius * 1.2;
    for (let index = 0; index < band.length; index += 1) {
      const mark = band[index];
      if (mark === undefined || mark > 2) continue;
      const px = (xy[index * 2] ?? Number.NaN) * k + x;
      const py = (xy[index * 2 + 1] ?? Number.NaN) * k + y;
      if (!(px >= -radius && py >= -radius && px <= width + radius && py <= height + radius)) continue;
      if (mark === 0) {
        low.moveTo(px + radius, py);
        low.arc(px, py, radius, 0, Math.PI * 2);
      } else if (mark === 1) {
        mid.rect(px - radius, py - radius, radius * 2, radius * 2);
      } else {
        high.moveTo(px, py - triangle);
        high.lineTo(px + triangle, py + radius);
        high.lineTo(px - triangle, py + radius);
        high.closePath();
      }
    }
    [low, mid, high].forEach((path, markIndex) => {
      context.fillStyle = style.getPropertyValue(`--_band-${GRID_POINT_MARKS[markIndex] ?? 'low'}`).trim() || '#888';
      context.fill(path);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Selection and keyboard

  /** Select a grid by id (null clears): fires `pk-grid-select` and updates the provider's selection. */
  select(gridId: string | null): void {
    // A pick of the grid already selected still fires: the user picked it.
    this.selected = gridId;
    const event = new GridSelectEvent({ gridId });
    this.dispatchEvent(event);
    this.selectionConsumer.value?.select({ gridId });
    const grid = gridId === null ? undefined : this.gridById(gridId);
    this.announcement =
      grid === undefined
        ? this.localize.term('mapSelectionCleared')
        : this.localize.term('mapSelected', { name: this.gridName(grid) });
  }

  /** @internal */
  private gridById(id: string): Grid | undefined {
    const state = this.data.state;
    return state.kind === 'complete' ? state.value.features.find((grid) => grid.id === id) : undefined;
  }

  /** @internal */
  private indexOfEvent(event: Event): number {
    const target = event.target;
    if (!(target instanceof SVGPathElement) || target.parentNode !== this.drawn?.group) return -1;
    return Array.prototype.indexOf.call(this.drawn.group.children, target) as number;
  }

  /** @internal */
  private readonly onGridClick = (event: MouseEvent): void => {
    if (this.drag?.moved === true) return;
    const index = this.indexOfEvent(event);
    const shape = this.layout?.shapes[index];
    if (shape === undefined) return;
    this.active = index;
    this.requestUpdate();
    this.select(shape.id);
  };

  /** @internal */
  private readonly onGridPointerOver = (event: PointerEvent): void => {
    const index = this.indexOfEvent(event);
    if (index !== this.hovered) this.hovered = index;
  };

  /** @internal */
  private readonly onPointerLeave = (): void => {
    this.hovered = -1;
    this.pointers.clear();
  };

  /** @internal */
  private readonly onGridFocusIn = (event: FocusEvent): void => {
    const index = this.indexOfEvent(event);
    if (index >= 0 && index !== this.active) {
      this.active = index;
      this.requestUpdate();
    }
    this.mapFocused = true;
  };

  /** @internal */
  private readonly onGridFocusOut = (): void => {
    this.mapFocused = false;
  };

  /** @internal */
  private readonly onGridKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const layout = this.layout;
    if (layout === undefined) return;
    const direction = ARROWS[event.key];
    if (direction !== undefined) {
      event.preventDefault();
      const next = neighbourInDirection(layout.shapes, this.active, direction);
      if (next !== null) this.moveFocus(next);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const shape = layout.shapes[this.active];
        if (shape !== undefined) this.select(shape.id);
        return;
      }
      case 'Escape':
        if (this.selectedId !== null) {
          event.preventDefault();
          this.select(null);
        }
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.zoomIn();
        return;
      case '-':
      case '_':
        event.preventDefault();
        this.zoomOut();
        return;
      case '0':
        event.preventDefault();
        this.resetZoom();
        return;
      default:
        return;
    }
  };

  /** Move the tab stop to a grid, pan it into view, and focus it. @internal */
  private moveFocus(index: number): void {
    const shape = this.layout?.shapes[index];
    if (shape === undefined || this.layout === undefined) return;
    this.active = index;
    this.requestUpdate();
    const { width, height } = this.layout.size;
    const { k, x, y } = this.zoom;
    const sx = shape.x * k + x;
    const sy = shape.y * k + y;
    if (sx < 0 || sy < 0 || sx > width || sy > height)
      this.zoom = this.clampZoom({ k, x: width / 2 - shape.x * k, y: height / 2 - shape.y * k });
    void this.updateComplete.then(() => {
      (this.drawn?.group.children[index] as SVGElement | undefined)?.focus();
    });
  }

  // -------------------------------------------------------------------------------------------
  // Zoom and pan (pointer events and an SVG transform: see docs/elements.md for why not d3-zoom)

  /** @internal */
  private clampZoom(zoom: GridMapZoom): GridMapZoom {
    return clampMapView(zoom, this.layout?.size ?? this.size ?? FALLBACK_SIZE);
  }

  /** Zoom by `factor` around the point (cx, cy) of the view; the centre by default. */
  zoomBy(factor: number, cx?: number, cy?: number): void {
    const size = this.layout?.size ?? this.size ?? FALLBACK_SIZE;
    const next = zoomMapView(this.zoom, factor, cx ?? size.width / 2, cy ?? size.height / 2, size);
    if (next === null) return;
    this.zoom = next;
    this.announcement = this.localize.term('mapZoomed', {
      percent: this.localize.number(next.k, { style: 'percent', maximumFractionDigits: 0 }),
    });
  }

  /** @internal */
  private readonly zoomIn = (): void => this.zoomBy(ZOOM_STEP);
  /** @internal */
  private readonly zoomOut = (): void => this.zoomBy(1 / ZOOM_STEP);

  /** Back to the whole county. */
  readonly resetZoom = (): void => {
    this.zoom = IDENTITY;
    this.announcement = this.localize.term('mapZoomed', { percent: this.localize.number(1, { style: 'percent' }) });
  };

  /** The pointer position in view pixels. @internal */
  private viewPoint(event: PointerEvent | WheelEvent): { x: number; y: number } {
    // The stage: the map's box, never transformed (the grids' layer inside it is, between steps).
    const rect = (event.currentTarget as Element).getBoundingClientRect();
    const { width, height } = this.layout?.size ?? FALLBACK_SIZE;
    return {
      x: ((event.clientX - rect.left) * width) / (rect.width || width),
      y: ((event.clientY - rect.top) * height) / (rect.height || height),
    };
  }

  /** @internal */
  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const point = this.viewPoint(event);
    this.zoomBy(Math.exp(-clamp(event.deltaY, -100, 100) * 0.004), point.x, point.y);
  };

  /** @internal */
  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.pointers.set(event.pointerId, this.viewPoint(event));
    if (this.pointers.size === 1) this.drag = { moved: false, distance: 0 };
    else this.drag = { moved: true, distance: this.pinchDistance() };
  };

  /** @internal */
  private pinchDistance(): number {
    const [a, b] = [...this.pointers.values()];
    return a === undefined || b === undefined ? 0 : Math.hypot(a.x - b.x, a.y - b.y);
  }

  /** @internal */
  private readonly onPointerMove = (event: PointerEvent): void => {
    const previous = this.pointers.get(event.pointerId);
    const drag = this.drag;
    if (previous === undefined || drag === undefined) return;
    const point = this.viewPoint(event);
    this.pointers.set(event.pointerId, point);
    if (this.pointers.size >= 2) {
      const distance = this.pinchDistance();
      const [a, b] = [...this.pointers.values()];
      if (drag.distance > 0 && distance > 0 && a !== undefined && b !== undefined)
        this.zoomBy(distance / drag.distance, (a.x + b.x) / 2, (a.y + b.y) / 2);
      drag.distance = distance;
      return;
    }
    const dx = point.x - previous.x;
    const dy = point.y - previous.y;
    if (!drag.moved && Math.hypot(dx, dy) < 3) {
      // Below the drag threshold: keep the starting point so a slow drag still starts.
      this.pointers.set(event.pointerId, previous);
      return;
    }
    drag.moved = true;
    this.renderRoot.querySelector('.stage')?.classList.add('dragging');
    const { k, x, y } = this.zoom;
    this.zoom = this.clampZoom({ k, x: x + dx, y: y + dy });
  };

  /** @internal */
  private readonly onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    this.renderRoot.querySelector('.stage')?.classList.remove('dragging');
    // The click that ends a drag comes after pointerup: forget the drag once it has been seen.
    if (this.pointers.size === 0) setTimeout(() => (this.drag = undefined), 0);
  };

  /** @internal */
  private readonly onMetricChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if ((METRICS as readonly string[]).includes(value)) this.metric = value as GridMetric;
  };

  // -------------------------------------------------------------------------------------------
  // Persistence

  /** @internal */
  private get storageKey(): string | undefined {
    return viewKey('pk-grid-map', this.persistKey);
  }

  /**
   * Restore the metric, zoom and selection; a missing, corrupt or foreign entry is ignored. A view stored by
   * an earlier version (raw JSON under the same key) is read once and rewritten in the versioned format.
   * @internal
   */
  private restore(): void {
    const key = this.storageKey;
    if (key === undefined) return;
    const saved = loadView(key, VIEW_VERSION, readGridMapView, { key });
    if (saved === undefined) return;
    this.restoring = true;
    if (saved.metric !== undefined) this.metric = saved.metric;
    if (saved.zoom !== undefined) this.zoom = saved.zoom;
    if (saved.selected !== undefined) {
      this.selected = saved.selected;
      if (saved.selected !== null) this.selectionConsumer.value?.select({ gridId: saved.selected });
    }
    void this.updateComplete.then(() => (this.restoring = false));
  }

  /** @internal */
  private persist(): void {
    const value: GridMapView = { metric: this.resolvedMetric, zoom: this.zoom, selected: this.selectedId };
    saveView(this.storageKey, VIEW_VERSION, value);
  }

  // -------------------------------------------------------------------------------------------
  // Export

  /**
   * The current view as a standalone SVG (colours resolved, no tooltip) or a PNG at the device's
   * pixel ratio with the retailer points. Rejects when the map is not drawn (loading, error).
   */
  async export(options: { format?: GridMapExportFormat } = {}): Promise<Blob> {
    const format = exportFormat('pk-grid-map', options.format ?? 'svg', exportFormats['pk-grid-map']);
    const source = this.renderRoot.querySelector('svg.map');
    const grids = this.drawn?.group;
    if (!(source instanceof SVGSVGElement) || grids === undefined)
      throw new Error('<pk-grid-map> has no map to export yet.');
    // The overlay (outlines, labels) at the current view, with the grids under it at that view too, even while
    // the compositor is still scaling their layer.
    const copy = source.cloneNode(true) as SVGSVGElement;
    copy.querySelector('foreignObject')?.remove();
    const gridsCopy = grids.cloneNode(true) as SVGGElement;
    gridsCopy.setAttribute('stroke-width', (0.5 / this.zoom.k).toFixed(3));
    copy.querySelector('.view')?.prepend(gridsCopy);
    const defs = (grids as SVGGElement).ownerSVGElement?.querySelector('defs');
    if (defs) copy.prepend(defs.cloneNode(true));
    const style = getComputedStyle(this);
    const token = (name: string): string => style.getPropertyValue(name).trim();
    const rules = [
      ...[0, 1, 2, 3, 4].map((index) => `.c${index}{fill:${token(`--_c${index}`)}}`),
      `.nd{fill:url(#pk-grid-map-no-data)}.hatch-bg{fill:${token('--_no-data-fill')}}.hatch-line{stroke:${token('--_text-muted')}}`,
      `.grids{stroke:${token('--_grid-stroke')}}`,
      `.outline{fill:none;vector-effect:non-scaling-stroke}.selected-halo{stroke:${token('--_surface')};stroke-width:5px}`,
      `.selected-line{stroke:${token('--_selected-stroke')};stroke-width:2.5px}.focus-line{display:none}`,
      `.labels text{font:12px sans-serif;fill:${token('--_text')};stroke:${token('--_surface')};stroke-width:3px;paint-order:stroke;text-anchor:middle;dominant-baseline:central}`,
    ];
    const styleElement = document.createElementNS(SVG_NS, 'style');
    styleElement.textContent = rules.join('\n');
    copy.prepend(styleElement);
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', token('--_surface') || '#ffffff');
    styleElement.after(background);
    const picture = svgBlob(copy);
    if (format === 'svg') return picture;
    // The retailer points are drawn on a canvas of their own, laid over the SVG at the same size.
    return pngBlob(picture, Number(copy.getAttribute('width')), Number(copy.getAttribute('height')), {
      scale: window.devicePixelRatio || 1,
      over: this.renderRoot.querySelector('canvas'),
    });
  }

  /** Focus the grid that is the map's tab stop. */
  override focus(options?: FocusOptions): void {
    const path = this.drawn?.group.children[this.active] as SVGElement | undefined;
    if (path === undefined) super.focus(options);
    else path.focus(options);
  }
}

const COLOUR_CLASSES = Array.from({ length: GRID_COLOR_CLASSES }, (_, index) => `c${index}`);

/** The class of a grid's fill: `c0` … `c4` by its colour class, `nd` for no data. */
function colourClass(scale: GridColorScale, index: number): string {
  return COLOUR_CLASSES[scale.classOf[index] ?? -1] ?? 'nd';
}

/** The legend mark of a tier band: circle, square or triangle, as on the canvas. */
function bandMark(band: GridPointMark): TemplateResult {
  switch (band) {
    case 'low':
      return svg`<circle class="band-low" cx="7" cy="7" r="4"></circle>`;
    case 'mid':
      return svg`<rect class="band-mid" x="3" y="3" width="8" height="8"></rect>`;
    case 'high':
      return svg`<path class="band-high" d="M7 2L12 11H2Z"></path>`;
  }
}
