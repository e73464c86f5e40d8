// Substring search with LIKE, with the user's text escaped so `%` and `_` mean themselves.
/** The LIKE pattern for "contains `text`"; use with `ESCAPE '\'`. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
