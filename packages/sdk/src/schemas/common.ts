// Building blocks shared by every schema: ids, dates, periods, localized text.
import * as z from 'zod/mini';

/** A URL-safe identifier: lower-case letters, digits, `-`, `_`, `.`; 1–64 characters. */
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/));
export type Id = z.infer<typeof Id>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant, ISO 8601 with offset, e.g. `2020-06-30T08:00:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A month, `YYYY-MM`: the period of a measurement. */
export const Period = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export type Period = z.infer<typeof Period>;

/** Visible text in both product languages: Chinese (the default) and English. */
export const LocalizedText = z.object({
  zh: z.string().check(z.minLength(1), z.maxLength(2000)),
  en: z.string().check(z.minLength(1), z.maxLength(2000)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Long free text (the plan's requirements), in both languages. */
export const LongText = z.object({
  zh: z.string().check(z.maxLength(20000)),
  en: z.string().check(z.maxLength(20000)),
});
export type LongText = z.infer<typeof LongText>;

/**
 * Free search text (`?q=`): at most 200 characters, no control characters. A NUL would end
 * a SQL LIKE pattern early and match everything, so the contract refuses them outright.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
export const SearchText = z.string().check(z.maxLength(200), z.regex(/^[^\u0000-\u001f\u007f]*$/));

/** The locales every visible string exists in. */
export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;

/** One page of a cursor-paginated list. `nextCursor` is null on the last page. */
export const page = <T extends z.core.$ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
