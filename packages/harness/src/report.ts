// The one report writer of the browser suites: Markdown tables whose columns are as wide as Prettier makes them,
// and generated files (docs/benchmarks.*, docs/reliability.md, the suites' figures) written through the
// repository's Prettier, so `prettier --check` passes on them and a regenerated file only changes where its
// figures do.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export type Align = 'left' | 'right';

export interface Table {
  header: string[];
  align: Align[];
  rows: string[][];
  /** Lines printed under the table (why rows are pending or failed). */
  notes?: string[];
}

/** Columns as wide as Prettier makes them: East Asian wide characters count twice. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** A Markdown table (cells padded, `|` escaped) with its notes as a list under it. */
export function markdownTable(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const cells = [table.header, ...table.rows].map((row) => row.map(escape));
  const widths = table.header.map((_, column) => Math.max(3, ...cells.map((row) => displayWidth(row[column] ?? ''))));
  const pad = (cell: string, column: number) => {
    const fill = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
    return table.align[column] === 'right' ? fill + cell : cell + fill;
  };
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => pad(cell, column)).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (table.align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  const [header, ...rows] = cells;
  const notes = (table.notes ?? []).map((note) => `- ${note}`);
  return [
    [line(header ?? []), rule, ...rows.map(line)].join('\n'),
    ...(notes.length > 0 ? [notes.join('\n')] : []),
  ].join('\n\n');
}

type Format = (text: string, options: { filepath: string }) => Promise<string>;

/** `text` formatted by the repository's Prettier as the file at `filepath` would be (as it is, if Prettier fails). */
export async function formatted(filepath: string, text: string): Promise<string> {
  try {
    const prettier = (await import('prettier')) as {
      format: Format;
      resolveConfig(file: string): Promise<Record<string, unknown> | null>;
    };
    const config = (await prettier.resolveConfig(filepath)) ?? {};
    return await prettier.format(text, { ...config, filepath });
  } catch {
    return text.endsWith('\n') ? text : `${text}\n`;
  }
}

/**
 * Writes a generated file (its folder made first), formatted by Prettier unless `format` is false (a file Prettier
 * ignores, such as the raw samples of docs/benchmarks.json, is written as it is given).
 */
export async function writeGenerated(filepath: string, text: string, format = true): Promise<void> {
  await mkdir(dirname(filepath), { recursive: true });
  await writeFile(filepath, format ? await formatted(filepath, text) : text);
}
