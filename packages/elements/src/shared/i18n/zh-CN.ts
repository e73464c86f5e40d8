// Chinese (the default locale): every visible and screen-reader string of the elements.
// This catalogue defines the keys; en.ts must have exactly the same ones (its type says so).

export const zhCN = {
  // KPI status, always shown with its icon and colour.
  statusMet: '已达成',
  statusOnTrack: '进度正常',
  statusAtRisk: '有风险',
  statusOffTrack: '未达预期',
  statusNoData: '暂无数据',

  // Gauge.
  gaugeTarget: (p: { rule: string }) => `目标 ${p.rule}`,
  gaugeExpected: (p: { value: string }) => `应达进度 ${p.value}`,
  gaugeLastYear: (p: { value: string }) => `去年 ${p.value}`,
  gaugeDelta: (p: { delta: string }) => `较去年 ${p.delta}`,
  gaugeDeltaNone: '与去年持平',
  // Vocabulary and deltas (issue 13): the change on the same months of last year, and the months a
  // rule judged on every month missed. Category headings come from the SDK's vocabularyLabel.
  gaugeDeltaSamePeriod: (p: { delta: string }) => `较去年同期 ${p.delta}`,
  gaugeDeltaSamePeriodNone: '与去年同期持平',
  gaugeMissedMonths: (p: { months: string }) => `未达标月份：${p.months}`,
  asOfDate: (p: { date: string }) => `截至 ${p.date}`,
  gaugeValueText: (p: { name: string; value: string; rule: string; status: string }) =>
    `${p.name} ${p.value}，目标 ${p.rule}，${p.status}`,
  gaugeValueTextNoData: (p: { name: string; rule: string; status: string }) => `${p.name}，${p.status}，目标 ${p.rule}`,

  // Panel.
  panelLabel: '主要预期目标',
  panelSummary: '完成情况',
  panelSummaryItem: (p: { status: string; count: string }) => `${p.status} ${p.count} 项`,
  panelGroupLabel: (p: { category: string; count: string }) => `${p.category}（${p.count} 项）`,

  // Loading, empty and error states.
  stateLoading: '正在加载…',
  stateEmptyKpis: '这个计划还没有 KPI。',
  stateNotConnected: '没有数据来源：请把组件放在 <pk-provider base-url="…"> 里，或直接设置数据属性。',
  stateMissingPlan: '没有指定计划：请设置 plan 属性（在组件或 <pk-provider> 上）。',
  stateMissingKpi: '没有指定 KPI：请设置 kpi 属性。',
  stateRetry: '重试',
  subjectKpi: (p: { id: string }) => `KPI“${p.id}”`,
  subjectKpiData: 'KPI 数据',
  subjectPlanKpis: (p: { plan: string }) => `计划“${p.plan}”的 KPI`,
  errorTitle: (p: { subject: string }) => `加载失败：${p.subject}`,
  failureNetwork: '无法连接服务器，请检查网络后重试。',
  failureTimeout: '服务器响应超时，请稍后重试。',
  failureUnauthorized: '登录已失效，请重新登录。',
  failureForbidden: '没有查看这些数据的权限。',
  failureNotFound: '找不到请求的数据，请检查编号是否正确。',
  failureRateLimited: (p: { seconds: string | null }) =>
    p.seconds === null ? '请求过于频繁，请稍后重试。' : `请求过于频繁，请在 ${p.seconds} 秒后重试。`,
  failureServer: (p: { status: string }) => `服务器出错（${p.status}），请稍后重试。`,
  failureHttp: (p: { status: string }) => `请求被拒绝（${p.status}）。`,
  failureInvalidData: (p: { path: string; detail: string }) => `数据格式不正确：${p.path}（${p.detail}）`,
  failureMalformed: '服务器返回的内容不是有效的 JSON。',
  failureUnknown: (p: { detail: string }) => `发生未知错误：${p.detail}`,
} satisfies Record<string, string | ((params: never) => string)>;

type Catalogue = typeof zhCN;

/**
 * The shape every catalogue must have: the keys of the Chinese one, strings where it has
 * strings and functions of the same parameters where it has functions.
 */
export type Messages = { readonly [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K] };

export type MessageKey = keyof Messages;
