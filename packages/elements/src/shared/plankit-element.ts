// The bases of the Plankit elements: PlankitBaseElement, what every element shares (the brand and version the
// safe define() checks, the provider's configuration, the localization controller and the colour-scheme switch),
// and PlankitElement over it, the widgets that load data, which adds `reload()`. An element that loads no data
// of its own (the export menu) extends the first, so it has no `reload()` that would do nothing.
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { configContext, type ColorScheme, type PlankitConfig } from './context.js';
import { reloadAll } from './data-controller.js';
import { LocalizeController } from './localize.js';
import { PLANKIT_VERSION } from './version.js';

const colorSchemeConverter = {
  fromAttribute(value: string | null): ColorScheme | undefined {
    return value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;
  },
  toAttribute(value: ColorScheme | undefined): string | null {
    return value ?? null;
  },
};

/** Today as `YYYY-MM-DD` in the user's time zone: the evaluation date when nobody gives one. */
export function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What every Plankit element shares: the `color-scheme` and `lang` attributes, the provider's configuration and
 * the brand `define()` checks.
 *
 * @attribute lang - The language of the element's text, numbers and dates (`zh-CN` or `en`); without it, the
 * provider's `locale`, then `<html lang>`, then `zh-CN`.
 */
export abstract class PlankitBaseElement extends LitElement {
  /** The Plankit version, read by `define()` to accept a compatible second copy of the bundle. @internal */
  static readonly plankitVersion: string = PLANKIT_VERSION;

  /**
   * `light` or `dark` forces a colour scheme; `auto` (or no attribute) follows the
   * provider's `color-scheme`, then the system's `prefers-color-scheme`.
   */
  @property({ attribute: 'color-scheme', reflect: true, converter: colorSchemeConverter })
  colorScheme: ColorScheme | undefined;

  /** @internal */
  protected readonly configConsumer = new ContextConsumer(this, { context: configContext, subscribe: true });

  /** @internal */
  protected readonly localize = new LocalizeController(this, () => this.config?.locale, { watchHostLang: false });

  // `lang` is watched as an observed attribute (free) rather than by a MutationObserver per element.
  /** @internal */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The nearest provider's configuration, if there is a provider. @internal */
  protected get config(): PlankitConfig | undefined {
    return this.configConsumer.value;
  }

  /** The scheme in force: own attribute, then the provider's, else `auto`. @internal */
  protected get resolvedColorScheme(): ColorScheme {
    const own = this.colorScheme;
    if (own !== undefined && own !== 'auto') return own;
    return this.config?.colorScheme ?? 'auto';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Tokens key on this attribute (see tokens.ts): a forced scheme from the provider must reach
    // the shadow styles, and :host-context() is not available in every supported browser.
    const scheme = this.resolvedColorScheme;
    if (scheme === 'auto') this.removeAttribute('resolved-color-scheme');
    else if (this.getAttribute('resolved-color-scheme') !== scheme) this.setAttribute('resolved-color-scheme', scheme);
  }
}

/** The base of the widgets that load data (every element but the provider and the export menu). */
export abstract class PlankitElement extends PlankitBaseElement {
  /**
   * Load the element's data again from the server (connected mode), keeping what it shows on screen until the
   * new data arrives. Standalone data (a property the page set) is left as it is.
   */
  reload(): void {
    reloadAll(this);
  }
}
