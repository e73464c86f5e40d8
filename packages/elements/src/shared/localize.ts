// Localization controller: picks the locale (element → provider → document → zh-CN),
// re-renders its host when any of them changes, and formats terms, numbers, dates and KPI values.
// Modelled on @shoelace-style/localize, with the provider's locale as a step of the chain.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatValue } from '@plankit/sdk/domain';
import type { KpiUnit } from '@plankit/sdk';
import { zhCN, type MessageKey, type Messages } from './i18n/zh-CN.js';
import { en } from './i18n/en.js';

export type SupportedLocale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: SupportedLocale = 'zh-CN';

const catalogues: Readonly<Record<SupportedLocale, Messages>> = { 'zh-CN': zhCN, en };

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

// One observer for <html lang> shared by every connected controller.
const connected = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function watchDocument(): void {
  if (documentObserver !== undefined) return;
  documentObserver = new MutationObserver(() => {
    for (const controller of connected) controller.host.requestUpdate();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

export class LocalizeController implements ReactiveController {
  readonly host: LocalizedHost;
  private readonly providerLocale: () => string | undefined;
  private readonly ownObserver: MutationObserver;

  /**
   * @param providerLocale the locale of the nearest `<pk-provider>`, read at each render.
   */
  constructor(host: LocalizedHost, providerLocale: () => string | undefined) {
    this.host = host;
    this.providerLocale = providerLocale;
    this.ownObserver = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchDocument();
    this.ownObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.ownObserver.disconnect();
  }

  /** The BCP 47 tag in force (kept whole for Intl, so `en-GB` dates stay British). */
  get tag(): string {
    for (const candidate of [this.host.lang, this.providerLocale(), document.documentElement.lang]) {
      if (supportedLocale(candidate) !== undefined && candidate !== undefined) return candidate;
    }
    return DEFAULT_LOCALE;
  }

  /** The catalogue in force: `zh-CN` or `en`. */
  get locale(): SupportedLocale {
    return supportedLocale(this.tag) ?? DEFAULT_LOCALE;
  }

  /** A message of the catalogue in force. */
  term<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    const message: unknown = catalogues[this.locale][key];
    return typeof message === 'function' ? (message as (params: unknown) => string)(args[0]) : String(message);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.tag, options).format(value);
  }

  /** A calendar date given as `YYYY-MM-DD`, formatted without a time-zone shift. */
  date(isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (Number.isNaN(date.getTime())) return isoDate;
    return new Intl.DateTimeFormat(this.tag, { ...options, timeZone: 'UTC' }).format(date);
  }

  /** A KPI value with its unit (万箱, %, 起, 第N名…), through the SDK's formatValue. */
  value(value: number, unit: KpiUnit | 'number', options?: { signed?: boolean }): string {
    return formatValue(value, unit, this.locale, options);
  }
}
