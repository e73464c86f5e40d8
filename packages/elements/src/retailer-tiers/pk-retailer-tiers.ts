// Registers <pk-retailer-tiers>.
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { RetailerTiersElement } from './retailer-tiers.js';

attachContextRoot();
define('pk-retailer-tiers', RetailerTiersElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-retailer-tiers': RetailerTiersElement;
  }
}
