// Registers <pk-kpi-gauge>.
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { KpiGaugeElement } from './kpi-gauge.js';

attachContextRoot();
define('pk-kpi-gauge', KpiGaugeElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-kpi-gauge': KpiGaugeElement;
  }
}
