// The shapes of the message catalogues. Each block is a widget's (or the shared) messages in one locale,
// in its own file, so a page carries only the blocks of the elements it loads (docs/i18n.md).

/** A Chinese block: message keys to strings, or to functions of one parameter object. */
export type Entries = Record<string, string | ((params: never) => string)>;

/**
 * The shape the English block of a Chinese one must have: the same keys, strings where it has strings and
 * functions of the same parameters where it has functions.
 */
export type Block<Catalogue> = {
  readonly [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K];
};
