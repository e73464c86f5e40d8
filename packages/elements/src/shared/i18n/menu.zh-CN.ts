// Chinese (the default locale) messages of <pk-export-menu>.
// en: menu.en.ts, with exactly the same keys (its type says so). Joined in zh-CN.ts.
import type { Entries } from './types.js';

export const menuZhCN = {
  menuExport: '导出',
  menuFormatSvg: 'SVG 矢量图',
  menuFormatPng: 'PNG 图片',
  menuFormatCsv: 'CSV 表格（Excel 可打开）',
  menuBusy: '正在导出…',
  menuMissing: (p: { name: string }) => `没有可导出的组件“${p.name}”：请把 for 设为组件的 id，或把组件放在菜单里。`,
  menuFailed: '导出失败：组件还没有可导出的内容，请在数据显示后重试。',
} satisfies Entries;
