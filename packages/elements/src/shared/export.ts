// What every widget's `export({ format })` is made of: a standalone SVG from drawn SVG (its computed paint
// written in, so it looks the same outside the page), a PNG of that SVG through a canvas, and CSV as UTF-8
// with a byte-order mark (so Excel opens Chinese correctly), CRLF line ends and formula-like text defused.
// The browser does the work (XMLSerializer, <img> decoding, canvas.toBlob): no library is needed for it.

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The formats an `export()` may take; each widget says which of them it writes. */
export type ExportFormat = 'svg' | 'png' | 'csv';

/**
 * The one list of what each widget's `export()` writes, by tag, in the order a menu offers them (a table first
 * where there is one): `<pk-export-menu>` lists it, and a test holds each widget's `export()` to it.
 */
export const exportFormats = {
  'pk-kpi-gauge': ['svg', 'png'],
  'pk-kpi-panel': ['csv', 'svg', 'png'],
  'pk-task-board': ['csv'],
  'pk-grid-map': ['svg', 'png'],
  'pk-retailer-tiers': ['csv', 'svg', 'png'],
} as const satisfies Readonly<Record<`pk-${string}`, readonly ExportFormat[]>>;

/** The formats the element of `tag` exports (none for an element that has no `export()`). */
export function formatsOf(tag: string): readonly ExportFormat[] {
  return Object.hasOwn(exportFormats, tag) ? exportFormats[tag as keyof typeof exportFormats] : [];
}

/** The computed properties copied onto each drawn shape of an exported SVG as presentation attributes. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/**
 * A copy of a drawn SVG element with its computed paint written onto every element as attributes, so the
 * copy needs neither the shadow root's stylesheet nor the page's custom properties. Classes, parts and
 * ARIA attributes are dropped: the copy is a picture. The original must be in the document (rendered).
 */
export function paintedCopy(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((original, index) => {
    const target = to[index];
    if (target === undefined) return;
    const style = getComputedStyle(original);
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      // A computed dash array of `none` on an element that set one by attribute keeps the attribute.
      if (value !== '' && !(name === 'stroke-dasharray' && value === 'none')) target.setAttribute(name, value);
    }
    for (const name of ['class', 'part', 'aria-hidden', 'focusable', 'data-status']) target.removeAttribute(name);
  });
  copy.removeAttribute('width');
  copy.removeAttribute('height');
  return copy;
}

/** An SVG element of `name` in the SVG namespace, with attributes. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** An SVG element as a standalone `image/svg+xml` file (namespace declared, comments removed). */
export function svgBlob(svg: SVGSVGElement): Blob {
  svg.setAttribute('xmlns', SVG_NS);
  const text = new XMLSerializer().serializeToString(svg).replace(/<!--[^]*?-->/g, '');
  return new Blob([text], { type: 'image/svg+xml' });
}

/**
 * An SVG file drawn as a PNG of `width`×`height` CSS pixels at `scale` device pixels each (2 by default: sharp
 * on paper and on high-density screens), on `background` (the widget's surface) rather than transparency, with
 * `over` (a layer the widget draws on a canvas of its own, such as the map's retailer points) drawn on top at
 * the same size.
 */
export async function pngBlob(
  svg: Blob,
  width: number,
  height: number,
  options: { scale?: number; background?: string; over?: CanvasImageSource | null } = {},
): Promise<Blob> {
  const scale = options.scale ?? 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('No canvas is available to draw the PNG.');
  if (options.background !== undefined && options.background !== '') {
    context.fillStyle = options.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  // A `data:` URL, not a `blob:` one: the policy the embedding guide gives (`img-src 'self' data:`) allows it,
  // and a page's image policy is the one thing PNG export needs. A policy that allows neither blocks the image.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await svg.text())}`;
  try {
    await image.decode();
  } catch {
    throw new Error(
      "PNG export could not draw the picture: the page's Content-Security-Policy must allow data: images (img-src 'self' data:). SVG export works without it.",
    );
  }
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  if (options.over != null) context.drawImage(options.over, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('PNG encoding failed.')) : resolve(blob)), 'image/png');
  });
}

/** One CSV cell: text, a number (written as it is, unformatted), or null for an empty cell. */
export type CsvCell = string | number | null;

/**
 * A CSV field: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula
 * (`=`, `+`, `@`, a tab, or `-` not before a digit) is defused with a leading apostrophe.
 */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^(?:[=+@\t\r]|-(?!\d))/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file: UTF-8 with a byte-order mark (Excel then reads Chinese correctly), CRLF line ends. */
export function csvBlob(rows: ReadonlyArray<readonly CsvCell[]>): Blob {
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return new Blob([`\uFEFF${text}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** The format asked for, checked: a clear error naming the widget and the formats it writes. */
export function exportFormat<F extends ExportFormat>(tag: string, format: unknown, formats: readonly F[]): F {
  if ((formats as readonly unknown[]).includes(format)) return format as F;
  throw new TypeError(
    `<${tag}>.export(): format must be ${formats.map((f) => `"${f}"`).join(' or ')}, received ${typeof format === 'string' ? JSON.stringify(format) : String(format)}.`,
  );
}
