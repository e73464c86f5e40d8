// Every event the elements fire: `pk-` prefixed, bubbling and composed, each a class over PkEvent (exported too,
// for a listener of any of them and for a page's own events that should travel the same way).
export { PkEvent } from './pk-event.js';
export { KpiSelectEvent, type KpiSelectDetail } from './kpi-select.js';
export { PkErrorEvent, type PkErrorDetail } from './error.js';
export { AuthRequiredEvent, type AuthRequiredDetail } from './auth-required.js';
export { TaskMoveEvent, type TaskMoveDetail } from './task-move.js';
export { TaskOpenEvent, type TaskOpenDetail } from './task-open.js';
export { GridSelectEvent, type GridSelectDetail } from './grid-select.js';
export { TierSelectEvent, type TierSelectDetail } from './tier-select.js';
export { ExportEvent, type ExportDetail } from './export.js';
export { ConnectionChangeEvent, type ConnectionChangeDetail, type ConnectionState } from './connection-change.js';
