// Public surface of @plankit/elements: classes, events, contexts and types, without registering anything.
// Register with the pk-*.js entries (`@plankit/elements/pk-kpi-gauge`) or all at once (`@plankit/elements/all`).
// The list of elements itself is `@plankit/elements/widgets` (no Lit, usable anywhere).
// Elements: generated from src/widgets.ts by `pnpm --filter @plankit/elements generate` (edit the list, not these lines).
export { ProviderElement, type GetToken } from './provider/provider.js';
export { KpiGaugeElement, type GaugeVariant, type GaugeExportFormat } from './kpi-gauge/kpi-gauge.js';
export { KpiPanelElement, type PanelExportFormat } from './kpi-panel/kpi-panel.js';
export { TaskBoardElement, type BoardExportFormat } from './task-board/task-board.js';
export { GridMapElement, type GridMapExportFormat, type GridMapZoom } from './grid-map/grid-map.js';
export { RetailerTiersElement, type TiersView, type TiersExportFormat } from './retailer-tiers/retailer-tiers.js';
export { ExportMenuElement } from './export-menu/export-menu.js';
// End of the generated elements.
export { PlankitBaseElement, PlankitElement } from './shared/plankit-element.js';
export * from './shared/events/index.js';
export type { FailureKind } from './shared/failure.js';
export {
  clientContext,
  configContext,
  selectionContext,
  EMPTY_SELECTION,
  type ColorScheme,
  type PlankitConfig,
  type Selection,
  type SelectionContext,
} from './shared/context.js';
export { define } from './shared/define.js';
export { PLANKIT_VERSION } from './shared/version.js';
export type { SupportedLocale } from './shared/localize.js';
