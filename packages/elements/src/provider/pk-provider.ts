// Registers <pk-provider>.
import { define } from '../shared/define.js';
import { attachContextRoot } from '../shared/context-root.js';
import { ProviderElement } from './provider.js';

attachContextRoot();
define('pk-provider', ProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'pk-provider': ProviderElement;
  }
}
