// Generated from custom-elements.json by `pnpm --filter @plankit/elements generate:integrations` (build/generate-integrations.ts): do not edit.
import type { DefineComponent } from 'vue';
import type {
  ProviderElement,
  PkErrorEvent,
  AuthRequiredEvent,
  ConnectionChangeEvent,
  KpiGaugeElement,
  KpiSelectEvent,
  KpiPanelElement,
  TaskBoardElement,
  TaskMoveEvent,
  TaskOpenEvent,
  GridMapElement,
  GridSelectEvent,
  RetailerTiersElement,
  TierSelectEvent,
  ExportMenuElement,
  ExportEvent,
} from '@plankit/elements';

type ProviderElementProps = {
  /** Base URL of the HTTP API, e.g. `/api/v1`. A client is created for it unless `client` is set. */
  'base-url'?: ProviderElement['baseUrl'];
  /** Locale for the widgets that have no `lang` of their own (`zh-CN` or `en`). */
  locale?: ProviderElement['locale'];
  /** Plan id for the widgets that have no `plan` of their own. */
  plan?: ProviderElement['plan'];
  /** Evaluation date `YYYY-MM-DD` for the widgets that have no `as-of` of their own (default: today). */
  'as-of'?: ProviderElement['asOf'];
  /** `light` or `dark` forces the scheme of every widget inside; `auto` follows the system. */
  'color-scheme'?: ProviderElement['colorScheme'];
  /** Follow the plan's committed changes (server-sent events): every widget inside updates in place when a
colleague changes what it shows. Needs `plan` and a client. */
  live?: ProviderElement['live'];
  /** Bring your own SDK client (from `createClient`); `base-url` and `getToken` are then not used. */
  client?: ProviderElement['client'];
  /** Returns the bearer token for each request; called with `{ refresh: true }` after a 401.
A property only: a token must never appear in markup. */
  getToken?: ProviderElement['getToken'];
  /** What is selected on the page (grid, tier band, KPI). Widgets update it; set it to select from the page. */
  selection?: ProviderElement['selection'];
  /** With `live`: where the change stream stands; undefined without `live`. */
  connectionState?: ProviderElement['connectionState'];
  /** `base-url` is not a usable URL (the message names it); the widgets show that they have no data source. */
  onPkError?: (e: PkErrorEvent) => void;
  /** A request was refused with 401 even after `getToken` was asked for a fresh token; sign the user in again. Fired once per burst of failures, whatever the number of widgets. */
  onPkAuthRequired?: (e: AuthRequiredEvent) => void;
  /** With `live`: the change stream connected, was lost and is reconnecting, or went offline (`detail.state`). The widgets keep their last data meanwhile. */
  onPkConnectionChange?: (e: ConnectionChangeEvent) => void;
};

type KpiGaugeElementProps = {
  /** The KPI: its id as an attribute (loaded through the provider's client), or a `Kpi` object as
a property (standalone, no network; validated, an invalid object shows the error state). */
  kpi?: KpiGaugeElement['kpi'];
  /** Plan the KPI belongs to; falls back to the provider's `plan`. */
  plan?: KpiGaugeElement['plan'];
  /** Evaluation date `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  'as-of'?: KpiGaugeElement['asOf'];
  /** `radial` (default), `linear` or `compact`. */
  variant?: KpiGaugeElement['variant'];
  /** `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
provider's `color-scheme`, then the system's `prefers-color-scheme`. */
  'color-scheme'?: KpiGaugeElement['colorScheme'];

  /** The user picked this KPI (click, Enter or Space). `detail.kpiId`. */
  onPkKpiSelect?: (e: KpiSelectEvent) => void;
  /** The KPI could not be loaded, or the `kpi` property is not a valid KPI. */
  onPkError?: (e: PkErrorEvent) => void;
  /** Loading was refused with 401. */
  onPkAuthRequired?: (e: AuthRequiredEvent) => void;
};

type KpiPanelElementProps = {
  /** Plan whose KPIs are shown; falls back to the provider's `plan`. */
  plan?: KpiPanelElement['plan'];
  /** Evaluation date `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  'as-of'?: KpiPanelElement['asOf'];
  /** Variant of every gauge: `radial` (default), `linear` or `compact`. */
  variant?: KpiPanelElement['variant'];
  /** Keep the view (the KPI last picked, which is the panel's tab stop and, in a provider, the page's selection
again after a reload) in localStorage under this name, namespaced. Never the data. */
  'persist-key'?: KpiPanelElement['persistKey'];
  /** `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
provider's `color-scheme`, then the system's `prefers-color-scheme`. */
  'color-scheme'?: KpiPanelElement['colorScheme'];
  /** The KPIs to show (standalone, no network). Validated: an invalid list shows the error state. */
  kpis?: KpiPanelElement['kpis'];
  /** A gauge in the panel was picked. `detail.kpiId`. */
  onPkKpiSelect?: (e: KpiSelectEvent) => void;
  /** The KPIs could not be loaded, or the `kpis` property is not valid. */
  onPkError?: (e: PkErrorEvent) => void;
  /** Loading was refused with 401. */
  onPkAuthRequired?: (e: AuthRequiredEvent) => void;
};

type TaskBoardElementProps = {
  /** Plan whose tasks are shown; falls back to the provider's `plan`. */
  plan?: TaskBoardElement['plan'];
  /** Date the overdue and due-soon marks are judged on, `YYYY-MM-DD`; falls back to the provider's `as-of`, then today. */
  'as-of'?: TaskBoardElement['asOf'];
  /** What the columns stand for: `status` (default), `owner`, `pillar` or `due` (month). */
  'group-by'?: TaskBoardElement['groupBy'];
  /** Swimlanes: `none` (default), `pillar` or `owner`. */
  swimlanes?: TaskBoardElement['swimlanes'];
  /** No moves: no drag, no pick-up, no "Move to…"; cards stay focusable and openable. */
  readonly?: TaskBoardElement['readonly'];
  /** Refuse a move that would put a column over its WIP limit (otherwise it is warned about). */
  'wip-strict'?: TaskBoardElement['wipStrict'];
  /** Days before the due date in which an open task is marked "due soon". Default 7. */
  'due-soon-days'?: TaskBoardElement['dueSoonDays'];
  /** Saves grouping, swimlanes, filters and collapsed lanes in localStorage under this key (never task data). */
  'persist-key'?: TaskBoardElement['persistKey'];
  /** `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
provider's `color-scheme`, then the system's `prefers-color-scheme`. */
  'color-scheme'?: TaskBoardElement['colorScheme'];
  /** WIP limit per column key, e.g. `{ doing: 5 }`. */
  wipLimits?: TaskBoardElement['wipLimits'];
  /** The tasks to show (standalone, no network). Validated: an invalid list shows the error state. */
  tasks?: TaskBoardElement['tasks'];
  /** The plan's pillars, for pillar names and order on a standalone board. */
  pillars?: TaskBoardElement['pillars'];
  /** Before a card moves (cancelable). `detail`: taskId, version, patch, previous, task, from, to, lane, index. */
  onPkTaskMove?: (e: TaskMoveEvent) => void;
  /** A card was opened (click, or Enter when nothing is picked up). `detail.taskId`. */
  onPkTaskOpen?: (e: TaskOpenEvent) => void;
  /** A linked KPI chip was clicked. `detail.kpiId`. */
  onPkKpiSelect?: (e: KpiSelectEvent) => void;
  /** The tasks could not be loaded, or the `tasks` property is not valid. */
  onPkError?: (e: PkErrorEvent) => void;
  /** Loading was refused with 401. */
  onPkAuthRequired?: (e: AuthRequiredEvent) => void;
};

type GridMapElementProps = {
  /** The figure the grids are coloured by: `retailers` (default), `openItems`, `overdueItems`, `avgResponseHours` or `inspections`. */
  metric?: GridMapElement['metric'];
  /** Draw the grids as equal tiles laid out by position, without geography. */
  schematic?: GridMapElement['schematic'];
  /** Draw `retailers` as points coloured and shaped by tier band. */
  'show-retailers'?: GridMapElement['showRetailers'];
  /** The selected grid's id when there is no provider (under a provider, its selection wins). */
  selected?: GridMapElement['selected'];
  /** When overdue items are counted: a date `YYYY-MM-DD` (end of that day, China time) or an ISO date-time with offset; falls back to the provider's `as-of`, then now. Anything else is reported (`pk-error`) and shown over the map, and the pipeline counts no overdue items. */
  'as-of'?: GridMapElement['asOf'];
  /** Keep the metric, the zoom and the selection in localStorage under this name (namespaced). */
  'persist-key'?: GridMapElement['persistKey'];
  /** `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
provider's `color-scheme`, then the system's `prefers-color-scheme`. */
  'color-scheme'?: GridMapElement['colorScheme'];
  /** The grids as a GeoJSON FeatureCollection (standalone, no network). Invalid GeoJSON shows the error state with the reason. */
  grids?: GridMapElement['grids'];
  /** Retailers to draw as points over the grids when `show-retailers` is set (geographic mode only). */
  retailers?: GridMapElement['retailers'];
  /** The tier scheme that groups the retailers' tiers into bands, named in the legend. Default: 30 tiers, 1–10 low, 11–20 mid, 21–30 high. */
  tierScheme?: GridMapElement['tierScheme'];
  /** The information items for the selected grid's pipeline (standalone); loaded through the provider otherwise. */
  items?: GridMapElement['items'];
  /** Hours allowed per stage, for the overdue counts. Default: the SDK's DEFAULT_STAGE_LIMITS. */
  stageLimits?: GridMapElement['stageLimits'];
  /** The selected grid's id: the provider's selection under a provider, else the `selected` property. */
  selectedId?: GridMapElement['selectedId'];
  /** The current view (scale and translation). */
  view?: GridMapElement['view'];
  /** Back to the whole county. */
  resetZoom?: GridMapElement['resetZoom'];
  /** A grid was selected (`detail.gridId`) or the selection cleared (`null`). */
  onPkGridSelect?: (e: GridSelectEvent) => void;
  /** The grids or items could not be loaded, the `grids` property is not valid GeoJSON, or `as-of` is not a date. */
  onPkError?: (e: PkErrorEvent) => void;
  /** Loading was refused with 401. */
  onPkAuthRequired?: (e: AuthRequiredEvent) => void;
};

type RetailerTiersElementProps = {
  /** What the bars show: `count` (retailers per tier), `order-growth` (YoY order amount) or `gross-margin`. */
  metric?: RetailerTiersElement['metric'];
  /** `chart` (bars and band summary) or `table` (the same figures as a data table). */
  view?: RetailerTiersElement['view'];
  /** The year: default the year of the provider's `as-of` (connected: the server's latest without one). */
  year?: RetailerTiersElement['year'];
  /** Only this grid's retailers; default the grid selected on the page (the provider's selection). */
  grid?: RetailerTiersElement['grid'];
  /** Keeps the metric, the view and the picked tier across reloads, in localStorage under
`plankit:pk-retailer-tiers:<key>` (never data). A corrupt or foreign stored value is ignored. */
  'persist-key'?: RetailerTiersElement['persistKey'];
  /** `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
provider's `color-scheme`, then the system's `prefers-color-scheme`. */
  'color-scheme'?: RetailerTiersElement['colorScheme'];
  /** A tier summary to show (standalone). Checked: one that does not fit its scheme shows the error state. */
  summary?: RetailerTiersElement['summary'];
  /** Retailers to summarise here (standalone), with `scheme` and `year`; filtered by the selected grid. */
  retailers?: RetailerTiersElement['retailers'];
  /** The tier scheme of `retailers`. Default: the common 30 tiers, low 1–10, mid 11–20, high 21–30. */
  scheme?: RetailerTiersElement['scheme'];
  /** A tier (or a band, from the summary) was picked or the pick cleared. `detail.band`, `detail.tier`. */
  onPkTierSelect?: (e: TierSelectEvent) => void;
  /** The summary could not be loaded, or the data given is not valid. */
  onPkError?: (e: PkErrorEvent) => void;
  /** Loading was refused with 401. */
  onPkAuthRequired?: (e: AuthRequiredEvent) => void;
};

type ExportMenuElementProps = {
  /** The id of the widget to export (in the menu's document or shadow root); without it, the widget inside the menu. */
  for?: ExportMenuElement['htmlFor'];
  /** `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
provider's `color-scheme`, then the system's `prefers-color-scheme`. */
  'color-scheme'?: ExportMenuElement['colorScheme'];
  /** The widget the menu exports, if it is on the page. */
  target?: ExportMenuElement['target'];
  /** A file was exported, before its download; cancelable. `detail.format`, `detail.blob`, `detail.filename`, `detail.target`. */
  onPkExport?: (e: ExportEvent) => void;
};

export type CustomElements = {
  /**
   * The connection and shared state of the Plankit widgets on a page.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-error** - `base-url` is not a usable URL (the message names it); the widgets show that they have no data source.
   * - **pk-auth-required** - A request was refused with 401 even after `getToken` was asked for a fresh token; sign the user in again. Fired once per burst of failures, whatever the number of widgets.
   * - **pk-connection-change** - With `live`: the change stream connected, was lost and is reconnecting, or went offline (`detail.state`). The widgets keep their last data meanwhile.
   *
   * ### **Methods:**
   *  - **select(change: _Partial<Selection>_): _void_** - Change part of the selection; widgets under this provider follow.
   *
   * ### **Slots:**
   *  - _default_ - The widgets (and any other markup) that share this provider.
   *
   * ### **CSS Parts:**
   *  - **connection** - With `live`: the status line of the change stream (a polite live region). It also has the part of its state: `connecting`, `connected`, `reconnecting` or `offline`.
   */
  'pk-provider': DefineComponent<ProviderElementProps>;

  /**
   * One KPI as a radial, linear or compact gauge.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-kpi-select** - The user picked this KPI (click, Enter or Space). `detail.kpiId`.
   * - **pk-error** - The KPI could not be loaded, or the `kpi` property is not a valid KPI.
   * - **pk-auth-required** - Loading was refused with 401.
   *
   * ### **Methods:**
   *  - **export({ format }: _{ format: GaugeExportFormat }_): _Promise<Blob>_** - The gauge as it shows now, as a standalone SVG (`svg`: its colours resolved from the current theme, the
   * name, value, scale, status with its icon, rule and last-year lines as text) or a PNG of it at twice its
   * size. Rejects while there is no KPI to show (loading, empty, error), and for another format.
   * - **reload(): _void_** - Load the element's data again from the server (connected mode), keeping what it shows on screen until the
   * new data arrives. Standalone data (a property the page set) is left as it is.
   *
   * ### **CSS Properties:**
   *  - **--pk-kpi-gauge-size** - Diameter of the radial gauge. Default `9rem`. _(default: undefined)_
   * - **--pk-kpi-gauge-thickness** - Thickness of the track and indicator, in SVG units. Default `8` (radial), `6` (linear). _(default: undefined)_
   * - **--pk-kpi-gauge-background** - Background of the gauge. Default `--pk-color-surface`. _(default: undefined)_
   * - **--pk-kpi-gauge-border-color** - Border of the gauge. Default `--pk-color-border`. _(default: undefined)_
   * - **--pk-kpi-gauge-track-color** - Colour of the track. Default `--pk-color-track`. _(default: undefined)_
   * - **--pk-kpi-gauge-marker-color** - Colour of the target marker. Default `--pk-color-text`. _(default: undefined)_
   * - **--pk-kpi-gauge-selected-color** - Outline of the selected gauge. Default `--pk-color-accent`. _(default: undefined)_
   * - **--pk-kpi-gauge-value-font-size** - Size of the value in the linear and compact variants (the radial value is sized to fit its arc). Default `--pk-font-size-large`. _(default: undefined)_
   * - **--pk-kpi-gauge-padding** - Inner spacing. Default `--pk-space-l`. _(default: undefined)_
   * - **--pk-font-family** - Font stack (CJK-safe system fonts by default). _(default: undefined)_
   * - **--pk-font-size** - Body text size. Default `0.875rem`. _(default: undefined)_
   * - **--pk-font-size-small** - Small text size. Default `0.75rem`. _(default: undefined)_
   * - **--pk-font-size-large** - Large figures. Default `1.5rem`. _(default: undefined)_
   * - **--pk-font-weight-strong** - Weight of values and titles. Default `600`. _(default: undefined)_
   * - **--pk-line-height** - Line height (at least 1.25 for CJK). Default `1.5`. _(default: undefined)_
   * - **--pk-space-xs** - Extra small spacing. Default `0.25rem`. _(default: undefined)_
   * - **--pk-space-s** - Small spacing. Default `0.5rem`. _(default: undefined)_
   * - **--pk-space-m** - Medium spacing. Default `0.75rem`. _(default: undefined)_
   * - **--pk-space-l** - Large spacing. Default `1rem`. _(default: undefined)_
   * - **--pk-radius** - Corner radius. Default `0.5rem`. _(default: undefined)_
   * - **--pk-color-surface** - Background of the widgets. _(default: undefined)_
   * - **--pk-color-text** - Text colour. _(default: undefined)_
   * - **--pk-color-text-muted** - Secondary text colour. _(default: undefined)_
   * - **--pk-color-border** - Borders. _(default: undefined)_
   * - **--pk-color-track** - Tracks and skeletons. _(default: undefined)_
   * - **--pk-color-accent** - Selection and links. _(default: undefined)_
   * - **--pk-color-met** - Status colour: met. _(default: undefined)_
   * - **--pk-color-on-track** - Status colour: on track. _(default: undefined)_
   * - **--pk-color-at-risk** - Status colour: at risk. _(default: undefined)_
   * - **--pk-color-off-track** - Status colour: off track. _(default: undefined)_
   * - **--pk-color-no-data** - Status colour: no data. _(default: undefined)_
   * - **--pk-focus-ring-color** - Focus ring colour. _(default: undefined)_
   * - **--pk-focus-ring-width** - Focus ring width. Default `2px`. _(default: undefined)_
   * - **--pk-transition-duration** - Length of the indicator's transition (0 under prefers-reduced-motion). Default `300ms`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The gauge's box.
   * - **label** - The KPI's name.
   * - **track** - The scale the indicator runs along.
   * - **indicator** - The part of the scale reached by the actual value.
   * - **value** - The actual value with its unit (SVG text inside the arc in the radial variant).
   * - **status** - The status icon and text.
   * - **sparkline** - The line of the monthly values.
   * - **state** - The loading, empty or error view shown instead of the gauge.
   * - **retry** - The Retry button of the error view.
   */
  'pk-kpi-gauge': DefineComponent<KpiGaugeElementProps>;

  /**
   * Every KPI of a plan, grouped by category, with a status summary.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-kpi-select** - A gauge in the panel was picked. `detail.kpiId`.
   * - **pk-error** - The KPIs could not be loaded, or the `kpis` property is not valid.
   * - **pk-auth-required** - Loading was refused with 401.
   *
   * ### **Methods:**
   *  - **export({ format }: _{ format: PanelExportFormat }_): _Promise<Blob>_** - The KPIs as CSV (`csv`: one row a KPI with its category, name, actual value, unit, target, status, last
   * year and the change, raw figures, UTF-8 with a BOM so spreadsheet programs read Chinese), or the panel as
   * it shows now as a standalone SVG (`svg`: its gauges tiled by category under the date and the summary) or
   * a PNG of that. Rejects while there are no KPIs to show, and for another format.
   * - **reload(): _void_** - Load the element's data again from the server (connected mode), keeping what it shows on screen until the
   * new data arrives. Standalone data (a property the page set) is left as it is.
   *
   * ### **CSS Properties:**
   *  - **--pk-kpi-panel-min-column** - Narrowest gauge column before the grid wraps. Default `13rem`. _(default: undefined)_
   * - **--pk-kpi-panel-gap** - Space between gauges. Default `--pk-space-m`. _(default: undefined)_
   * - **--pk-font-family** - Font stack (CJK-safe system fonts by default). _(default: undefined)_
   * - **--pk-font-size** - Body text size. Default `0.875rem`. _(default: undefined)_
   * - **--pk-font-size-small** - Small text size. Default `0.75rem`. _(default: undefined)_
   * - **--pk-font-weight-strong** - Weight of headings. Default `600`. _(default: undefined)_
   * - **--pk-line-height** - Line height (at least 1.25 for CJK). Default `1.5`. _(default: undefined)_
   * - **--pk-space-xs** - Extra small spacing. Default `0.25rem`. _(default: undefined)_
   * - **--pk-space-s** - Small spacing. Default `0.5rem`. _(default: undefined)_
   * - **--pk-space-m** - Medium spacing. Default `0.75rem`. _(default: undefined)_
   * - **--pk-space-l** - Large spacing. Default `1rem`. _(default: undefined)_
   * - **--pk-radius** - Corner radius. Default `0.5rem`. _(default: undefined)_
   * - **--pk-color-surface** - Background of the widgets. _(default: undefined)_
   * - **--pk-color-text** - Text colour. _(default: undefined)_
   * - **--pk-color-text-muted** - Secondary text colour. _(default: undefined)_
   * - **--pk-color-border** - Borders. _(default: undefined)_
   * - **--pk-color-track** - Skeletons. _(default: undefined)_
   * - **--pk-color-accent** - The Retry button. _(default: undefined)_
   * - **--pk-color-met** - Status colour: met. _(default: undefined)_
   * - **--pk-color-on-track** - Status colour: on track. _(default: undefined)_
   * - **--pk-color-at-risk** - Status colour: at risk. _(default: undefined)_
   * - **--pk-color-off-track** - Status colour: off track. _(default: undefined)_
   * - **--pk-color-no-data** - Status colour: no data. _(default: undefined)_
   * - **--pk-focus-ring-color** - Focus ring colour. _(default: undefined)_
   * - **--pk-focus-ring-width** - Focus ring width. Default `2px`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The panel's box.
   * - **as-of** - The evaluation date ("截至 2020年9月30日" / "As of Sep 30, 2020").
   * - **summary** - The list of status counts.
   * - **summary-item** - One status count (icon and text).
   * - **group** - One category: heading and gauges.
   * - **heading** - A category heading.
   * - **grid** - The grid of gauges of one category.
   * - **gauge** - Each `<pk-kpi-gauge>` (style its insides with its own `--pk-kpi-gauge-*` tokens).
   * - **state** - The loading, empty or error view shown instead of the panel.
   * - **retry** - The Retry button of the error view.
   */
  'pk-kpi-panel': DefineComponent<KpiPanelElementProps>;

  /**
   * A plan's tasks as a kanban board you can run by mouse, touch and keyboard.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-task-move** - Before a card moves (cancelable). `detail`: taskId, version, patch, previous, task, from, to, lane, index.
   * - **pk-task-open** - A card was opened (click, or Enter when nothing is picked up). `detail.taskId`.
   * - **pk-kpi-select** - A linked KPI chip was clicked. `detail.kpiId`.
   * - **pk-error** - The tasks could not be loaded, or the `tasks` property is not valid.
   * - **pk-auth-required** - Loading was refused with 401.
   *
   * ### **Methods:**
   *  - **export({ format }: _{ format: BoardExportFormat }_): _Promise<Blob>_** - The tasks as the board shows them, as CSV (`csv`: after the filters and the selected KPI, lane by lane and
   * column by column in board order; one row a task with its title, status, owner, assignees, due date,
   * progress in percent, pillar and initiative, in the board's locale; UTF-8 with a BOM so spreadsheet
   * programs read Chinese). There is no SVG or PNG: the board is HTML (cards, wrapping text, scrolling and
   * virtualized columns), not a drawing, and a faithful picture of it would need an HTML-to-image renderer
   * whose size outweighs the board; the browser's own print gives the picture instead.
   * Rejects while no tasks are shown (loading, error), and for another format.
   * - **moveTask(taskId: _string_, to: _BoardPlace_, index: _number_): _boolean_** - Move a card to `to` at `index` among that cell's other cards, through the same rules for every path
   * (keyboard, menu, pointer). Returns whether the card moved.
   * - **reload(): _void_** - Load the element's data again from the server (connected mode), keeping what it shows on screen until the
   * new data arrives. Standalone data (a property the page set) is left as it is.
   *
   * ### **CSS Properties:**
   *  - **--pk-task-board-column-width** - Narrowest column before the board scrolls sideways. Default `15rem`. _(default: undefined)_
   * - **--pk-task-board-long-column-height** - Height of a long column (over 100 cards), which scrolls by itself and draws only the cards near its view. Default `32rem`. _(default: undefined)_
   * - **--pk-task-board-column-background** - Background of a column. Default the track colour. _(default: undefined)_
   * - **--pk-task-board-card-background** - Background of a card. Default the surface colour. _(default: undefined)_
   * - **--pk-font-family** - Font stack (CJK-safe system fonts by default). _(default: undefined)_
   * - **--pk-font-size** - Body text size. Default `0.875rem`. _(default: undefined)_
   * - **--pk-font-size-small** - Small text size. Default `0.75rem`. _(default: undefined)_
   * - **--pk-font-weight-strong** - Weight of headings. Default `600`. _(default: undefined)_
   * - **--pk-line-height** - Line height (at least 1.25 for CJK). Default `1.5`. _(default: undefined)_
   * - **--pk-space-xs** - Extra small spacing. Default `0.25rem`. _(default: undefined)_
   * - **--pk-space-s** - Small spacing. Default `0.5rem`. _(default: undefined)_
   * - **--pk-space-m** - Medium spacing. Default `0.75rem`. _(default: undefined)_
   * - **--pk-space-l** - Large spacing. Default `1rem`. _(default: undefined)_
   * - **--pk-radius** - Corner radius. Default `0.5rem`. _(default: undefined)_
   * - **--pk-color-surface** - Background of the widgets. _(default: undefined)_
   * - **--pk-color-text** - Text colour. _(default: undefined)_
   * - **--pk-color-text-muted** - Secondary text colour. _(default: undefined)_
   * - **--pk-color-border** - Borders. _(default: undefined)_
   * - **--pk-color-track** - Columns, progress tracks and skeletons. _(default: undefined)_
   * - **--pk-color-accent** - Progress, drop indicator, buttons. _(default: undefined)_
   * - **--pk-color-at-risk** - Due-soon and WIP-at-limit marks. _(default: undefined)_
   * - **--pk-color-off-track** - Overdue and over-limit marks, errors. _(default: undefined)_
   * - **--pk-color-met** - Done progress. _(default: undefined)_
   * - **--pk-focus-ring-color** - Focus ring colour. _(default: undefined)_
   * - **--pk-focus-ring-width** - Focus ring width. Default `2px`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The board's box.
   * - **toolbar** - Grouping, swimlane and filter controls.
   * - **readonly-note** - The line saying the board is read-only.
   * - **notice** - A refused, failed or stale move, with its action buttons.
   * - **lane** - One swimlane.
   * - **lane-header** - A swimlane's collapse button, name and count.
   * - **column-header** - A column's name, count and WIP warning.
   * - **column** - A column's list of cards (one per lane).
   * - **card** - A task card.
   * - **card-title** - A card's title (clamped to two lines).
   * - **due** - A card's due date with its overdue or due-soon mark.
   * - **kpi** - A linked KPI chip.
   * - **move-button** - A card's "Move to…" button.
   * - **move-menu** - The list of columns (and owner lanes) a card can move to.
   * - **state** - The loading, empty or error view shown instead of the board.
   * - **retry** - The Retry button of the error view.
   */
  'pk-task-board': DefineComponent<TaskBoardElementProps>;

  /**
   * Three-role grids on a map or as tiles, coloured by a figure, with each grid's item pipeline.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-grid-select** - A grid was selected (`detail.gridId`) or the selection cleared (`null`).
   * - **pk-error** - The grids or items could not be loaded, the `grids` property is not valid GeoJSON, or `as-of` is not a date.
   * - **pk-auth-required** - Loading was refused with 401.
   *
   * ### **Methods:**
   *  - **select(gridId: _string | null_): _void_** - Select a grid by id (null clears): fires `pk-grid-select` and updates the provider's selection.
   * - **zoomBy(factor: _number_, cx: _number_, cy: _number_): _void_** - Zoom by `factor` around the point (cx, cy) of the view; the centre by default.
   * - **export(options: _{ format?: GridMapExportFormat }_): _Promise<Blob>_** - The current view as a standalone SVG (colours resolved, no tooltip) or a PNG at the device's
   * pixel ratio with the retailer points. Rejects when the map is not drawn (loading, error).
   * - **focus(options: _FocusOptions_): _void_** - Focus the grid that is the map's tab stop.
   * - **reload(): _void_** - Load the element's data again from the server (connected mode), keeping what it shows on screen until the
   * new data arrives. Standalone data (a property the page set) is left as it is.
   *
   * ### **CSS Properties:**
   *  - **--pk-grid-map-height** - Height of the map. Default `28rem`. _(default: undefined)_
   * - **--pk-grid-map-color-1** - Lightest class of the scale (darkest in the dark scheme). _(default: undefined)_
   * - **--pk-grid-map-color-2** - Second class of the scale. _(default: undefined)_
   * - **--pk-grid-map-color-3** - Third class of the scale. _(default: undefined)_
   * - **--pk-grid-map-color-4** - Fourth class of the scale. _(default: undefined)_
   * - **--pk-grid-map-color-5** - Darkest class of the scale (lightest in the dark scheme). _(default: undefined)_
   * - **--pk-grid-map-no-data** - Background of the hatched "no data" fill. _(default: undefined)_
   * - **--pk-grid-map-stroke** - Grid borders. _(default: undefined)_
   * - **--pk-grid-map-selected-color** - Outline of the selected grid. _(default: undefined)_
   * - **--pk-grid-map-band-low** - Retailer points of the lowest tier band (circles). _(default: undefined)_
   * - **--pk-grid-map-band-mid** - Retailer points of the bands between the lowest and the highest (squares). _(default: undefined)_
   * - **--pk-grid-map-band-high** - Retailer points of the highest tier band (triangles). _(default: undefined)_
   * - **--pk-font-family** - Font stack (CJK-safe system fonts by default). _(default: undefined)_
   * - **--pk-font-size** - Body text size. Default `0.875rem`. _(default: undefined)_
   * - **--pk-font-size-small** - Small text size. Default `0.75rem`. _(default: undefined)_
   * - **--pk-font-weight-strong** - Weight of headings. Default `600`. _(default: undefined)_
   * - **--pk-line-height** - Line height (at least 1.25 for CJK). Default `1.5`. _(default: undefined)_
   * - **--pk-space-xs** - Extra small spacing. Default `0.25rem`. _(default: undefined)_
   * - **--pk-space-s** - Small spacing. Default `0.5rem`. _(default: undefined)_
   * - **--pk-space-m** - Medium spacing. Default `0.75rem`. _(default: undefined)_
   * - **--pk-radius** - Corner radius. Default `0.5rem`. _(default: undefined)_
   * - **--pk-color-surface** - Background of the widgets. _(default: undefined)_
   * - **--pk-color-text** - Text colour. _(default: undefined)_
   * - **--pk-color-text-muted** - Secondary text colour and the "no data" hatching. _(default: undefined)_
   * - **--pk-color-border** - Borders. _(default: undefined)_
   * - **--pk-color-track** - Skeletons. _(default: undefined)_
   * - **--pk-color-accent** - The Retry button. _(default: undefined)_
   * - **--pk-color-off-track** - Overdue counts and the error view. _(default: undefined)_
   * - **--pk-focus-ring-color** - Focus ring colour. _(default: undefined)_
   * - **--pk-focus-ring-width** - Focus ring width. Default `2px`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The map's box: the map and the toolbar, legend, tooltip and panel over it.
   * - **map** - The SVG over the grids: selection and focus outlines, labels and tooltip (the grids are on a layer under it).
   * - **toolbar** - The metric picker and zoom buttons.
   * - **metric** - The metric `<select>`.
   * - **zoom-in** - The zoom-in button.
   * - **zoom-out** - The zoom-out button.
   * - **zoom-reset** - The reset-view button.
   * - **legend** - The colour legend.
   * - **tooltip** - The tooltip of the grid under the pointer or with the focus.
   * - **panel** - The selected grid's panel.
   * - **pipeline** - The selected grid's item pipeline.
   * - **points** - The canvas with the retailer points.
   * - **notice** - Why the `as-of` is not a date (over the map; the pipeline shows no overdue counts then).
   * - **state** - The loading, empty or error view shown instead of the map.
   * - **retry** - The Retry button of the error view.
   */
  'pk-grid-map': DefineComponent<GridMapElementProps>;

  /**
   * Retailers per tier and band: count, order growth, gross margin, against the plan's targets.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-tier-select** - A tier (or a band, from the summary) was picked or the pick cleared. `detail.band`, `detail.tier`.
   * - **pk-error** - The summary could not be loaded, or the data given is not valid.
   * - **pk-auth-required** - Loading was refused with 401.
   *
   * ### **Methods:**
   *  - **export({ format }: _{ format: TiersExportFormat }_): _Promise<Blob>_** - The chart as a standalone SVG (its colours resolved from the current theme) or a PNG of it, or the
   * table as CSV (UTF-8 with a BOM so spreadsheet programs read Chinese, raw figures, percentages with two
   * decimals). Rejects while there is nothing to show, and for another format.
   * - **reload(): _void_** - Load the element's data again from the server (connected mode), keeping what it shows on screen until the
   * new data arrives. Standalone data (a property the page set) is left as it is.
   *
   * ### **CSS Properties:**
   *  - **--pk-retailer-tiers-bar-color** - Bars. Default `--pk-color-accent`. _(default: undefined)_
   * - **--pk-retailer-tiers-target-color** - Bars, hatching and border of the target band. Default `--pk-color-at-risk`. _(default: undefined)_
   * - **--pk-retailer-tiers-band-shade** - Shading behind the bands. Default `--pk-color-track`. _(default: undefined)_
   * - **--pk-retailer-tiers-reference-color** - Target reference lines. Default `--pk-color-off-track`. _(default: undefined)_
   * - **--pk-retailer-tiers-selected-color** - Outline of the selected tier and band. Default `--pk-color-text`. _(default: undefined)_
   * - **--pk-font-family** - Font stack (CJK-safe system fonts by default). _(default: undefined)_
   * - **--pk-font-size** - Body text size. Default `0.875rem`. _(default: undefined)_
   * - **--pk-font-size-small** - Small text size. Default `0.75rem`. _(default: undefined)_
   * - **--pk-font-weight-strong** - Weight of headings and pressed buttons. Default `600`. _(default: undefined)_
   * - **--pk-line-height** - Line height (at least 1.25 for CJK). Default `1.5`. _(default: undefined)_
   * - **--pk-space-xs** - Extra small spacing. Default `0.25rem`. _(default: undefined)_
   * - **--pk-space-s** - Small spacing. Default `0.5rem`. _(default: undefined)_
   * - **--pk-space-m** - Medium spacing. Default `0.75rem`. _(default: undefined)_
   * - **--pk-space-l** - Large spacing. Default `1rem`. _(default: undefined)_
   * - **--pk-radius** - Corner radius. Default `0.5rem`. _(default: undefined)_
   * - **--pk-color-surface** - Background. _(default: undefined)_
   * - **--pk-color-text** - Text colour. _(default: undefined)_
   * - **--pk-color-text-muted** - Secondary text colour. _(default: undefined)_
   * - **--pk-color-border** - Borders and grid lines. _(default: undefined)_
   * - **--pk-color-track** - Skeletons and band shading. _(default: undefined)_
   * - **--pk-color-accent** - Bars, pressed buttons and Retry. _(default: undefined)_
   * - **--pk-color-met** - Growth up, targets met. _(default: undefined)_
   * - **--pk-color-at-risk** - The target band. _(default: undefined)_
   * - **--pk-color-off-track** - Growth down, targets missed, reference lines. _(default: undefined)_
   * - **--pk-focus-ring-color** - Focus ring colour. _(default: undefined)_
   * - **--pk-focus-ring-width** - Focus ring width. Default `2px`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The widget's box.
   * - **scope** - The period and grid the figures cover.
   * - **metrics** - The metric switch (three toggle buttons).
   * - **view-toggle** - The table view toggle.
   * - **chart** - The chart's figure; the SVG inside it.
   * - **tier** - One tier's bar group (focusable option).
   * - **tooltip** - The tooltip of the hovered or focused tier.
   * - **table** - The data table (table view).
   * - **bands** - The band summary list.
   * - **band** - One band's summary.
   * - **band-button** - The band's name: a button that selects the band.
   * - **state** - The loading, empty or error view shown instead.
   * - **retry** - The Retry button of the error view.
   */
  'pk-retailer-tiers': DefineComponent<RetailerTiersElementProps>;

  /**
   * A menu button that exports a widget as SVG, PNG or CSV.
   * ---
   *
   *
   * ### **Events:**
   *  - **pk-export** - A file was exported, before its download; cancelable. `detail.format`, `detail.blob`, `detail.filename`, `detail.target`.
   *
   * ### **Slots:**
   *  - _default_ - The widget to export when `for` is not set (its first element).
   *
   * ### **CSS Properties:**
   *  - **--pk-export-menu-background** - Background of the button and the menu. Default `--pk-color-surface`. _(default: undefined)_
   * - **--pk-export-menu-border-color** - Border of the button and the menu. Default `--pk-color-border`. _(default: undefined)_
   * - **--pk-export-menu-highlight** - Background of the focused item. Default `--pk-color-track`. _(default: undefined)_
   * - **--pk-font-family** - Font stack (CJK-safe system fonts by default). _(default: undefined)_
   * - **--pk-font-size** - Body text size. Default `0.875rem`. _(default: undefined)_
   * - **--pk-font-size-small** - Small text size. Default `0.75rem`. _(default: undefined)_
   * - **--pk-line-height** - Line height (at least 1.25 for CJK). Default `1.5`. _(default: undefined)_
   * - **--pk-space-xs** - Extra small spacing. Default `0.25rem`. _(default: undefined)_
   * - **--pk-space-s** - Small spacing. Default `0.5rem`. _(default: undefined)_
   * - **--pk-space-m** - Medium spacing. Default `0.75rem`. _(default: undefined)_
   * - **--pk-radius** - Corner radius. Default `0.5rem`. _(default: undefined)_
   * - **--pk-color-surface** - Background of the widgets. _(default: undefined)_
   * - **--pk-color-text** - Text colour. _(default: undefined)_
   * - **--pk-color-border** - Borders. _(default: undefined)_
   * - **--pk-color-track** - Gauge tracks and empty bars. _(default: undefined)_
   * - **--pk-color-off-track** - Status colour: off track (and errors). _(default: undefined)_
   * - **--pk-focus-ring-color** - Focus outline colour. _(default: undefined)_
   * - **--pk-focus-ring-width** - Focus outline width. Default `2px`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **button** - The button that opens the menu.
   * - **menu** - The list of formats.
   * - **item** - One format of the menu.
   * - **error** - The alert shown when the widget is missing or its export failed.
   */
  'pk-export-menu': DefineComponent<ExportMenuElementProps>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
