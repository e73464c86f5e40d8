// The one list of Plankit's elements. Everything that names an element derives from it:
// - generated files (`pnpm --filter @plankit/elements generate`; the test command fails when they are stale):
//   src/all.ts, the element exports of src/index.ts and the `./pk-*` entries of package.json `exports`;
// - at run time: the Vite library entries, the custom-elements manifest inputs, the token test, the
//   hardening suites' target check and the benchmark's element modules.
// A new widget is its folder under src/ plus one entry here (docs/contributing.md, "Adding a widget").

/** One element of the package. */
export interface WidgetEntry {
  /** The custom element's name, e.g. `pk-kpi-gauge`. */
  readonly tag: `pk-${string}`;
  /** The class, exported by `@plankit/elements` without registering it, e.g. `KpiGaugeElement`. */
  readonly className: string;
  /**
   * Its folder under src/: the class lives in `<folder>/<folder>.ts`, the registration (`define`) in
   * `<folder>/<tag>.ts`, published as `@plankit/elements/<tag>`.
   */
  readonly folder: string;
  /** Types the class module exports beside the class, re-exported by `@plankit/elements`. */
  readonly types: readonly string[];
  /**
   * The property that takes the widget's data standalone (without a provider), e.g. `kpi`. Null for the
   * provider and the export menu: they draw no data of their own, so they are no targets of the hardening
   * suites (which run every widget under the provider; the menu only writes its own catalogue's text).
   */
  readonly data: string | null;
}

/** Every element, the provider first (so elements already in the markup find it when they upgrade). */
export const widgets: readonly WidgetEntry[] = [
  { tag: 'pk-provider', className: 'ProviderElement', folder: 'provider', types: ['GetToken'], data: null },
  {
    tag: 'pk-kpi-gauge',
    className: 'KpiGaugeElement',
    folder: 'kpi-gauge',
    types: ['GaugeVariant', 'GaugeExportFormat'],
    data: 'kpi',
  },
  {
    tag: 'pk-kpi-panel',
    className: 'KpiPanelElement',
    folder: 'kpi-panel',
    types: ['PanelExportFormat'],
    data: 'kpis',
  },
  {
    tag: 'pk-task-board',
    className: 'TaskBoardElement',
    folder: 'task-board',
    types: ['BoardExportFormat'],
    data: 'tasks',
  },
  {
    tag: 'pk-grid-map',
    className: 'GridMapElement',
    folder: 'grid-map',
    types: ['GridMapExportFormat', 'GridMapZoom'],
    data: 'grids',
  },
  {
    tag: 'pk-retailer-tiers',
    className: 'RetailerTiersElement',
    folder: 'retailer-tiers',
    types: ['TiersView', 'TiersExportFormat'],
    data: 'summary',
  },
  {
    tag: 'pk-export-menu',
    className: 'ExportMenuElement',
    folder: 'export-menu',
    types: [],
    data: null,
  },
];

/** The widgets that draw something (every entry but the provider). */
export const drawingWidgets: readonly WidgetEntry[] = widgets.filter((widget) => widget.data !== null);

/** The registration module of a widget, relative to src/ and without extension: `kpi-gauge/pk-kpi-gauge`. */
export const registrationModule = (widget: WidgetEntry): string => `${widget.folder}/${widget.tag}`;

/** The module of a widget's class, relative to src/ and without extension: `kpi-gauge/kpi-gauge`. */
export const classModule = (widget: WidgetEntry): string => `${widget.folder}/${widget.folder}`;
