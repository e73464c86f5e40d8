// Registers <pk-kpi-panel> (and the gauge it is made of).
import '../kpi-gauge/pk-kpi-gauge.js';
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { KpiPanelElement } from './kpi-panel.js';

attachContextRoot();
define('pk-kpi-panel', KpiPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-kpi-panel': KpiPanelElement;
  }
}
