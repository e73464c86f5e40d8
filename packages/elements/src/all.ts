// Registers every element: the entry of the drop-in bundle (dist/plankit.js) and of `@plankit/elements/all`.
// Generated from src/widgets.ts by `pnpm --filter @plankit/elements generate`: edit the list, not this file.
import './provider/pk-provider.js';
import './kpi-gauge/pk-kpi-gauge.js';
import './kpi-panel/pk-kpi-panel.js';
import './task-board/pk-task-board.js';
import './grid-map/pk-grid-map.js';
import './retailer-tiers/pk-retailer-tiers.js';
import './export-menu/pk-export-menu.js';

export * from './index.js';
