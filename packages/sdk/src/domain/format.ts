// Numbers with their KPI units in each locale, through Intl.NumberFormat: zh-CN writes 万/亿 and 起/万箱/第N名, English "12K", "3 cases", "No. 7".
import { KNOWN_KPI_UNITS, Vocabulary, VocabularyCode, type KpiUnit } from '../schemas/index.js';
import { describeReceived, invalidArgument, validateArgument } from './validate.js';
import { isChinese, unitTextOf } from './vocabulary.js';

/** A KPI unit (any well-formed code), or `number` for a plain figure. */
export type FormatUnit = KpiUnit | 'number';

export interface FormatValueOptions {
  /** Always show the sign (`+6.2%`, `-3 起`), for deltas; zero stays unsigned. */
  signed?: boolean;
  /** Labels for units the SDK does not know (`units: { tonne: { zh: '吨', en: 'tonnes' } }`), e.g. a KPI's own. */
  vocabulary?: Vocabulary | undefined;
}

const KNOWN_UNITS: readonly string[] = KNOWN_KPI_UNITS;

/** What NaN formats as: a dash reads as "no value" in both languages. */
export const NOT_A_NUMBER_TEXT = '—';

// Intl.NumberFormat is slow to construct and formatValue runs per table cell, so instances are reused.
const formatCache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${locale}|${key}`;
  let format = formatCache.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatCache.set(cacheKey, format);
  }
  return format;
}

type NumberStyle = 'compact' | 'whole' | 'plain' | 'percent' | 'yuan';

function styleOptions(style: NumberStyle): Intl.NumberFormatOptions {
  switch (style) {
    case 'compact':
      // Compact notation gives 万/亿 in Chinese and K/M/B in English natively.
      return { notation: 'compact', maximumFractionDigits: 1 };
    case 'whole':
      return { notation: 'compact', maximumFractionDigits: 0 };
    case 'plain':
      return { maximumFractionDigits: 1 };
    case 'percent':
      return { style: 'percent', maximumFractionDigits: 2 };
    case 'yuan':
      return {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      };
  }
}

function formatNumber(locale: string, style: NumberStyle, value: number, signed: boolean): string {
  const options: Intl.NumberFormatOptions = { ...styleOptions(style), signDisplay: signed ? 'exceptZero' : 'auto' };
  const format = numberFormat(locale, `${style}|${String(signed)}`, options);
  // A tiny negative (or -0) must not show as "-0", in any script: it is zero when its size shows as zero.
  // signDisplay "negative" would do this but is missing from older intranet browsers.
  if (value <= 0) {
    const zero = format.format(0);
    if (format.format(-value) === zero) return zero;
  }
  return format.format(value);
}

/**
 * A number of things (cases, cartons). `whole`: whole below the abbreviated range ("751", not "750.8",
 * for a pro-rated change), one decimal once abbreviated ("2.6万", "12.5K"). Also says whether the
 * figure reads as exactly one, for English plurals (Intl rounds halves away from zero, as Math.round
 * does for the size).
 */
function formatItems(locale: string, value: number, signed: boolean, whole: boolean): { figure: string; one: boolean } {
  const abbreviated = (): boolean =>
    numberFormat(locale, 'compact|false', styleOptions('compact'))
      .formatToParts(value)
      .some((part) => part.type === 'compact');
  if (whole && !abbreviated())
    return { figure: formatNumber(locale, 'whole', value, signed), one: Math.round(Math.abs(value)) === 1 };
  return { figure: formatNumber(locale, 'compact', value, signed), one: Math.abs(value) === 1 };
}

const canonicalLocales = new Map<string, string>();

function canonicalLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') {
    return invalidArgument(
      'formatValue',
      'locale',
      `expected a BCP 47 language tag such as "zh-CN" or "en", received ${describeReceived(locale)}`,
    );
  }
  // Canonicalising is a measurable share of formatValue, which runs many times per widget.
  const cached = canonicalLocales.get(locale);
  if (cached !== undefined) return cached;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical) {
      canonicalLocales.set(locale, canonical);
      return canonical;
    }
  } catch {
    // falls through to the error below
  }
  return invalidArgument('formatValue', 'locale', `not a valid BCP 47 language tag: ${describeReceived(locale)}`);
}

/**
 * Format a value in a KPI unit for a locale. Percent values are percentage
 * points (6.2 → "6.2%"); `tenThousandCases` values are in 万箱 (3.6 → "3.6万箱",
 * "36K cases"). Counts of things (`count`, `tenThousandCases`) are whole until
 * abbreviated (4.5 → "5 起", -0.07508 万箱 → "-751箱"; 2.6万箱 keeps its decimal).
 * Any `zh` locale gets Chinese units, every other locale English words with
 * its own digits. NaN gives "—", infinities "∞" / "-∞".
 */
export function formatValue(value: number, unit: FormatUnit, locale: string, options?: FormatValueOptions): string {
  if (typeof value !== 'number')
    invalidArgument('formatValue', 'value', `expected a number, received ${describeReceived(value)}`);
  if (unit !== 'number') validateArgument(VocabularyCode, unit, 'formatValue', 'unit');
  const tag = canonicalLocale(locale);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    invalidArgument('formatValue', 'options', `expected an object, received ${describeReceived(options)}`);
  }
  if (options?.signed !== undefined && typeof options.signed !== 'boolean') {
    invalidArgument(
      'formatValue',
      'options.signed',
      `expected a boolean, received ${describeReceived(options.signed)}`,
    );
  }
  if (options?.vocabulary !== undefined)
    validateArgument(Vocabulary, options.vocabulary, 'formatValue', 'options.vocabulary');
  return formatChecked(value, unit, tag, options?.signed === true, true, options?.vocabulary);
}

/**
 * A rule's threshold, as formatValue writes it but never rounded to a whole count: "≤ 2.5 起" must not
 * read "≤ 3 起", which the rule rejects. For checked arguments (the SDK's own rule text). @internal
 */
export function formatThreshold(
  value: number,
  unit: FormatUnit,
  locale: 'zh-CN' | 'en',
  vocabulary?: Vocabulary,
): string {
  return formatChecked(value, unit, locale, false, false, vocabulary);
}

/** Han characters: a Chinese unit label follows its figure without a space ("12吨"). */
const HAN = /^\p{Script=Han}/u;

function formatChecked(
  value: number,
  unit: FormatUnit,
  tag: string,
  signed: boolean,
  whole: boolean,
  vocabulary?: Vocabulary,
): string {
  if (Number.isNaN(value)) return NOT_A_NUMBER_TEXT;
  if (!Number.isFinite(value)) return value > 0 ? (signed ? '+∞' : '∞') : '-∞';
  const chinese = isChinese(tag);
  if (unit !== 'number' && !KNOWN_UNITS.includes(unit)) {
    // A unit of the data's own: the figure, then its label (or its code when the data names none).
    const text = unitTextOf(unit, [vocabulary]);
    const label = chinese ? text.zh : text.en;
    const figure = formatNumber(tag, 'compact', value, signed);
    return HAN.test(label) ? `${figure}${label}` : `${figure} ${label}`;
  }
  switch (unit) {
    case 'percent':
      return formatNumber(tag, 'percent', value / 100, signed);
    case 'count': {
      const { figure, one } = formatItems(tag, value, signed, whole);
      if (chinese) return `${figure} 起`;
      return `${figure} ${one ? 'case' : 'cases'}`;
    }
    case 'tenThousandCases': {
      const { figure, one } = formatItems(tag, value * 10_000, signed, whole);
      return chinese ? `${figure}箱` : `${figure} ${one ? 'case' : 'cases'}`;
    }
    case 'rank': {
      const figure = formatNumber(tag, 'plain', value, signed);
      if (signed) return chinese ? `${figure}名` : `${figure} ${Math.abs(value) === 1 ? 'place' : 'places'}`;
      return chinese ? `第${figure}名` : `No. ${figure}`;
    }
    case 'yuan':
      return chinese ? `${formatNumber(tag, 'compact', value, signed)}元` : formatNumber(tag, 'yuan', value, signed);
    default:
      // `number`: a plain figure.
      return formatNumber(tag, 'compact', value, signed);
  }
}
