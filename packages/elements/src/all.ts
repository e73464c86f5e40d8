// Registers every element: the entry of the drop-in bundle (dist/plankit.js) and of `@plankit/elements/all`.
// The provider comes first so elements already in the markup find it when they upgrade.
import './provider/pk-provider.js';
import './kpi-gauge/pk-kpi-gauge.js';
import './kpi-panel/pk-kpi-panel.js';

export * from './index.js';
