// Fits the radial gauge's value inside its arc: a font size (in the arc's SVG units) chosen from the
// formatted text alone, so the first render is already right and nothing is measured in the page.

/**
 * Estimated advance of a string in em, for a bold UI font. Widths are those of the widest common
 * system face (DejaVu Sans Bold: digits 0.7 em, CJK 1 em), so the estimate errs on the large side and
 * the text fits in narrower faces (Microsoft YaHei, PingFang, Segoe UI) with room to spare.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60%—]/.test(char)) ems += 1;
    else if (/[0-9]/.test(char)) ems += 0.7;
    else if (/[a-z]/.test(char)) ems += 0.68;
    else if (/[A-Z]/.test(char)) ems += 0.8;
    else if (/[\s.,:;'’]/.test(char)) ems += 0.38;
    else ems += 0.9;
  }
  return ems;
}

/** The value as drawn: one line, or a figure over its unit word ("26.2K" over "cases"). */
export interface FittedValue {
  readonly lines: readonly [string] | readonly [string, string];
  /** Font size in SVG user units. */
  readonly size: number;
}

/** Radius, around the arc's centre, that the text box stays within: clear of the markers, which start at 42. */
export const VALUE_RADIUS = 37;
const LARGEST = 21;
const LARGEST_TWO_LINES = 17;

/**
 * The largest size at which the text's box (its estimated width, one em tall per line) keeps all four
 * corners within VALUE_RADIUS of the centre. Text with a space may go on two lines when that is larger.
 */
export function fitValue(text: string): FittedValue {
  const single = Math.min(LARGEST, (2 * VALUE_RADIUS) / Math.hypot(textEms(text), 1));
  const space = text.lastIndexOf(' ');
  if (space > 0) {
    const first = text.slice(0, space);
    const second = text.slice(space + 1);
    // Two lines one em apart around the centre: the outer corners sit at ±(width / 2, 1.05 em).
    const widest = Math.max(textEms(first), textEms(second));
    const double = Math.min(LARGEST_TWO_LINES, VALUE_RADIUS / Math.hypot(widest / 2, 1.05));
    if (double > single + 1) return { lines: [first, second], size: round(double) };
  }
  return { lines: [text], size: round(single) };
}

const round = (size: number): number => Math.floor(size * 10) / 10;
