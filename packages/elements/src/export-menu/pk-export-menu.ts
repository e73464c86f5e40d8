// Registers <pk-export-menu>.
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { ExportMenuElement, type ExportEvent } from './export-menu.js';

attachContextRoot();
define('pk-export-menu', ExportMenuElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-export-menu': ExportMenuElement;
  }
  interface GlobalEventHandlersEventMap {
    'pk-export': ExportEvent;
  }
}
