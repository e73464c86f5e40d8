// What a gauge shows, derived through the SDK's rules for both baselines, so they do the same work as the element.
import { evaluateKpi, formatValue } from '@plankit/sdk/domain';
import type { Kpi, KpiStatus } from '@plankit/sdk';

export interface GaugeModel {
  label: string;
  valueText: string;
  /** Share of the target reached, clamped to the arc (0…1). */
  fraction: number;
  /** Where the target marker sits on the arc: the expected pace for cumulative KPIs, else the target. */
  markerFraction: number;
  statusText: string;
  colour: string;
}

const statusText: Record<KpiStatus, string> = {
  met: '已达成',
  'on-track': '正常',
  'at-risk': '有风险',
  'off-track': '落后',
  'no-data': '暂无数据',
};

const statusColour: Record<KpiStatus, string> = {
  met: '#15803d',
  'on-track': '#2563eb',
  'at-risk': '#b45309',
  'off-track': '#b91c1c',
  'no-data': '#6b7280',
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));

export function gaugeModel(kpi: Kpi, asOf: string): GaugeModel {
  const evaluation = evaluateKpi(kpi, asOf);
  const marker =
    evaluation.expected !== null && evaluation.target !== 0 ? clamp(evaluation.expected / evaluation.target) : 1;
  return {
    label: kpi.name.zh,
    valueText: evaluation.actual === null ? '—' : formatValue(evaluation.actual, kpi.unit, 'zh-CN'),
    fraction: clamp(evaluation.progress ?? 0),
    markerFraction: marker,
    statusText: statusText[evaluation.status],
    colour: statusColour[evaluation.status],
  };
}
