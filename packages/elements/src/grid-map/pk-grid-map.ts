// Registers <pk-grid-map>.
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { GridMapElement } from './grid-map.js';

attachContextRoot();
define('pk-grid-map', GridMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-grid-map': GridMapElement;
  }
}
