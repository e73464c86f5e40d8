// English messages of <pk-export-menu>: every key of menu.zh-CN.ts, no more and no fewer.
import type { Block } from './types.js';
import type { menuZhCN } from './menu.zh-CN.js';

export const menuEn: Block<typeof menuZhCN> = {
  menuExport: 'Export',
  menuFormatSvg: 'SVG image',
  menuFormatPng: 'PNG picture',
  menuFormatCsv: 'CSV table (opens in Excel)',
  menuBusy: 'Exporting…',
  menuMissing: (p) => `No widget to export “${p.name}”: set for to the widget’s id, or put the widget inside the menu.`,
  menuFailed: 'The export failed: the widget has nothing to export yet. Try again once it shows its data.',
};
