// Localization controller: picks the locale (element → provider → document → zh-CN),
// re-renders its host when any of them changes, and formats terms, numbers, dates and KPI values.
// Modelled on @shoelace-style/localize, with the provider's locale as a step of the chain.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatValue } from '@plankit/sdk/domain';
import type { KpiUnit, Vocabulary } from '@plankit/sdk';
import type { MessageKey, Messages } from './i18n/zh-CN.js';
import { sharedZhCN } from './i18n/shared.zh-CN.js';
import { sharedEn } from './i18n/shared.en.js';

export type SupportedLocale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: SupportedLocale = 'zh-CN';

// The messages in force, by locale: the shared block, and each widget's block once its module has loaded
// (addMessages), so a page carries only the strings of the elements it uses.
const catalogues: Readonly<Record<SupportedLocale, Partial<Messages>>> = {
  'zh-CN': { ...sharedZhCN },
  en: { ...sharedEn },
};

/**
 * Adds a block of messages to a locale's catalogue: a widget's module adds its `<widget>.zh-CN.ts` and
 * `<widget>.en.ts` blocks as it loads (the English block's type holds it to the Chinese one's keys), and
 * i18n/zh-CN.ts and i18n/en.ts add every widget's at once.
 */
export function addMessages(locale: SupportedLocale, block: Partial<Messages>): void {
  Object.assign(catalogues[locale], block);
}

/** The catalogue locale a BCP 47 tag maps to (`en-GB` → `en`, `zh-Hans-CN` → `zh-CN`), or undefined when unsupported. */
export function supportedLocale(tag: string | null | undefined): SupportedLocale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'zh') return 'zh-CN';
  if (language === 'en') return 'en';
  return undefined;
}

/** The parameters a message takes: none for a plain string, the function's argument otherwise. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (params: infer P) => string ? [params: P] : [];

type LocalizedHost = ReactiveControllerHost & HTMLElement;

// One observer for <html lang> and every connected host's own lang, shared by all controllers:
// a page of fifty gauges needs one MutationObserver, not fifty.
const connected = new Set<LocalizeController>();
const controllerOf = new WeakMap<Node, LocalizeController>();
let langObserver: MutationObserver | undefined;

function observeLang(target: Node): void {
  langObserver ??= new MutationObserver((records) => {
    for (const { target: changed } of records) {
      if (changed === document.documentElement) for (const controller of connected) controller.host.requestUpdate();
      else controllerOf.get(changed)?.host.requestUpdate();
    }
  });
  langObserver.observe(target, { attributes: true, attributeFilter: ['lang'] });
}

// Formatted KPI values: formatValue is pure, and a re-render (a new locale, a selection, a panel of
// gauges) formats the same figures again. Bounded, so a long-lived page cannot grow it without end.
const formatted = new Map<string, string>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Runs `task` when the page is idle: requestIdleCallback where there is one, else a task (Safari 16.4 has none). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task, 0);
}

/**
 * Has Intl load its number data while the page is idle, before a widget needs it: the first `Intl.NumberFormat` of a
 * page loads ICU's locale data (about 15 ms in Chromium, once per page, whatever the locale), which would otherwise
 * be paid by the first draw of the first widget that formats a number. It formats one number in the document's
 * language (else zh-CN) in a task given to `schedule`, so it overlaps what the page does meanwhile (a widget's
 * fetch, the page's own scripts). Nothing is scheduled without a document (server rendering, Node) or without Intl;
 * a language Intl refuses is ignored (the first format then pays the load, as it would anyway). `scope` is where the
 * document is looked for (the global scope). Returns whether a warm-up was scheduled. The elements' modules call it once, as they load.
 */
export function warmUpIntl(
  schedule: (task: () => void) => void = whenIdle,
  scope: { readonly document?: Document } = globalThis,
): boolean {
  const page = scope.document;
  if (page === undefined || typeof Intl === 'undefined' || typeof Intl.NumberFormat !== 'function') return false;
  schedule(() => {
    try {
      const lang = page.documentElement.lang;
      const tag = supportedLocale(lang) === undefined ? DEFAULT_LOCALE : lang;
      new Intl.NumberFormat(tag).format(0);
    } catch {
      // Nothing to warm: the first format in the page loads the data, as without the warm-up.
    }
  });
  return true;
}

warmUpIntl();

export class LocalizeController implements ReactiveController {
  readonly host: LocalizedHost;
  private readonly providerLocale: () => string | undefined;
  // What the last lookup read and found: a render asks for the locale many times, rarely with new inputs.
  private cached:
    { own: string; provider: string | undefined; page: string; tag: string; locale: SupportedLocale } | undefined;

  private readonly watchHostLang: boolean;

  /**
   * @param providerLocale the locale of the nearest `<pk-provider>`, read at each render.
   * @param options.watchHostLang false when the host re-renders on a change of its own `lang`
   *   itself (an observed attribute), so no observer is needed for it.
   */
  constructor(
    host: LocalizedHost,
    providerLocale: () => string | undefined,
    options: { watchHostLang?: boolean } = {},
  ) {
    this.host = host;
    this.providerLocale = providerLocale;
    this.watchHostLang = options.watchHostLang ?? true;
    host.addController(this);
  }

  hostConnected(): void {
    if (connected.size === 0) observeLang(document.documentElement);
    connected.add(this);
    if (!this.watchHostLang) return;
    // Observing a node again only replaces its options, so reconnection adds nothing.
    controllerOf.set(this.host, this);
    observeLang(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  private resolve(): { tag: string; locale: SupportedLocale } {
    const own = this.host.lang;
    const provider = this.providerLocale();
    const page = document.documentElement.lang;
    const cached = this.cached;
    if (cached?.own === own && cached.provider === provider && cached.page === page) return cached;
    let tag: string = DEFAULT_LOCALE;
    let locale: SupportedLocale = DEFAULT_LOCALE;
    for (const candidate of [own, provider, page]) {
      const supported = candidate === undefined ? undefined : supportedLocale(candidate);
      if (candidate !== undefined && supported !== undefined) {
        tag = candidate;
        locale = supported;
        break;
      }
    }
    this.cached = { own, provider, page, tag, locale };
    return this.cached;
  }

  /** The BCP 47 tag in force (kept whole for Intl, so `en-GB` dates stay British). */
  get tag(): string {
    return this.resolve().tag;
  }

  /** The catalogue in force: `zh-CN` or `en`. */
  get locale(): SupportedLocale {
    return this.resolve().locale;
  }

  /** A message of the catalogue in force. */
  term<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    const message = this.lookup(key);
    return typeof message === 'function' ? message(args[0]) : message;
  }

  /**
   * A message of the catalogue in force as a function of its parameters, for a loop that fills it many times (a
   * name for each of 5,000 grids): the locale is looked up once, not per call.
   */
  message<K extends MessageKey>(key: K): (...args: MessageArgs<K>) => string {
    const message = this.lookup(key);
    return typeof message === 'function' ? (...args) => message(args[0]) : () => message;
  }

  /** The catalogue entry of `key` in force; a key whose widget block is not registered is itself, never "undefined". */
  private lookup(key: MessageKey): string | ((params: unknown) => string) {
    const message: unknown = catalogues[this.locale][key];
    if (typeof message === 'function') return message as (params: unknown) => string;
    return typeof message === 'string' ? message : key;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const key = `${this.tag}|${JSON.stringify(options ?? {})}`;
    let format = numberFormats.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(this.tag, options);
      numberFormats.set(key, format);
    }
    return format.format(value);
  }

  /**
   * A calendar date given as `YYYY-MM-DD`, formatted without a time-zone shift. Anything else (including
   * a day that does not exist, such as 2020-02-31) is returned as written rather than rolled over.
   */
  date(isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (match === null) return isoDate;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
    return new Intl.DateTimeFormat(this.tag, { ...options, timeZone: 'UTC' }).format(date);
  }

  /** A list of words joined the locale's way ("1月、2月和3月", "Jan, Feb, and Mar"). */
  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.tag, { type: 'conjunction' }).format(items);
  }

  /**
   * A KPI value with its unit (万箱, %, 起, 第N名…), through the SDK's formatValue. A unit the SDK does
   * not know is written with its label from `vocabulary` (a KPI's own), or its code.
   */
  value(value: number, unit: KpiUnit | 'number', options?: { signed?: boolean; vocabulary?: Vocabulary }): string {
    const locale = this.locale;
    const label = options?.vocabulary?.units?.[unit];
    const key = `${locale}|${unit}|${label === undefined ? '' : `${label.zh}|${label.en}`}|${options?.signed === true ? '+' : ''}${value}`;
    let text = formatted.get(key);
    if (text === undefined) {
      text = formatValue(value, unit, locale, options);
      if (formatted.size >= 1000) formatted.clear();
      formatted.set(key, text);
    }
    return text;
  }
}
