// Everything pk-kpi-gauge shows, worked out through the SDK's rules in zh-CN, for the two "same content"
// variants (hand-written DOM and ECharts), so they do the element's work and differ only in how they draw.
import type { Kpi, KpiStatus } from '@plankit/sdk';
import { evaluateKpiWithSeries, formatValue } from '@plankit/sdk/domain';

export const statusText: Record<KpiStatus, string> = {
  met: '已达成',
  'on-track': '进度正常',
  'at-risk': '有风险',
  'off-track': '未达预期',
  'no-data': '暂无数据',
};

/** The element's light-theme status colours. */
export const statusColour: Record<KpiStatus, string> = {
  met: '#1a7f37',
  'on-track': '#0b7285',
  'at-risk': '#9a6700',
  'off-track': '#cf222e',
  'no-data': '#59636e',
};

/** The element's status icons on a 16×16 grid: a filled (or, for on-track and no-data, outlined) shape and a mark. */
export const statusIcon: Record<KpiStatus, [shape: string, mark: string]> = {
  met: ['M8 1a7 7 0 1 1 0 14A7 7 0 1 1 8 1z', 'M4.5 8.2l2.3 2.3 4.7-4.9'],
  'on-track': ['M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 1 1 8 1.8z', 'M5 8h5.5M8.3 5.5L10.8 8l-2.5 2.5'],
  'at-risk': ['M8 1.5l7 12.5H1z', 'M8 6v3.8M8 11.9h0'],
  'off-track': ['M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z', 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8'],
  'no-data': ['M8 1.8a6.2 6.2 0 1 1 0 12.4A6.2 6.2 0 1 1 8 1.8z', 'M5.2 8h5.6'],
};

export interface GaugeContent {
  name: string;
  valueText: string;
  status: KpiStatus;
  /** "目标 …", the rule in words. */
  ruleText: string;
  /** Positions on the scale, as percentages of its length (0…100). */
  reached: number;
  target: number;
  /** The expected-pace marker, for cumulative KPIs. */
  expected: number | null;
  /** The tolerance band of a `band` rule. */
  zone: readonly [from: number, to: number] | null;
  /** Last year, the change on it, the expected pace: one line each. */
  meta: string[];
  /** The monthly values for the sparkline. */
  series: number[];
}

export function gaugeContent(kpi: Kpi, asOf: string): GaugeContent {
  const { evaluation, series: monthly } = evaluateKpiWithSeries(kpi, asOf);
  const { actual, target, lastYear, delta, status } = evaluation;
  // As the element: a pace of zero is left out.
  const expected = evaluation.expected === 0 ? null : evaluation.expected;
  const format = (value: number, signed = false) =>
    formatValue(value, kpi.unit === 'rank' && signed ? 'number' : kpi.unit, 'zh-CN', { signed });
  const values = [actual, target, expected, lastYear].filter((value): value is number => value !== null);
  const max = Math.max(1, ...values) * 1.15;
  const fraction = (value: number) => Math.min(1, Math.max(0, value / max)) * 100;
  let zone: GaugeContent['zone'] = null;
  if (kpi.rule.kind === 'band') {
    const spread = kpi.rule.tolerance * Math.abs(kpi.rule.target);
    zone = [fraction(kpi.rule.target - spread), fraction(kpi.rule.target + spread)];
  }
  const meta: string[] = [];
  if (lastYear !== null) meta.push(`去年 ${format(lastYear)}`);
  if (delta !== null) {
    const change = format(delta, true);
    meta.push(change === format(0, true) ? '与去年持平' : `较去年 ${change}`);
  }
  if (expected !== null) meta.push(`应达进度 ${format(expected)}`);
  return {
    name: kpi.name.zh,
    valueText: actual === null ? '—' : format(actual),
    status,
    ruleText: `目标 ${evaluation.ruleText.zh}`,
    reached: actual === null ? 0 : fraction(actual),
    target: fraction(target),
    expected: expected === null ? null : fraction(expected),
    zone,
    meta,
    series: monthly.map((point) => point.value),
  };
}
