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
  failureInvalidData: (p: { problem: string }) => `数据格式不正确：${p.problem}`,
  failureMalformed: '服务器返回的内容不是有效的 JSON。',
  failureUnknown: (p: { detail: string }) => `发生未知错误：${p.detail}`,

  // Validation issues: an SDK ValidationError's structured issues (zod's codes), worded here, not by zod.
  issueField: (p: { path: string }) => `字段 ${p.path}`,
  issueRoot: '数据',
  issueType: (p: { field: string; kind: string }) => `${p.field} 应为${p.kind}`,
  issueTooSmall: (p: { field: string; limit: string; inclusive: boolean }) =>
    `${p.field} 应${p.inclusive ? '不小于' : '大于'} ${p.limit}`,
  issueTooBig: (p: { field: string; limit: string; inclusive: boolean }) =>
    `${p.field} 应${p.inclusive ? '不大于' : '小于'} ${p.limit}`,
  issueTooShort: (p: { field: string; limit: string }) => `${p.field} 应至少有 ${p.limit} 个字符`,
  issueTooLong: (p: { field: string; limit: string }) => `${p.field} 最多 ${p.limit} 个字符`,
  issueTooFew: (p: { field: string; limit: string }) => `${p.field} 应至少有 ${p.limit} 项`,
  issueTooMany: (p: { field: string; limit: string }) => `${p.field} 最多 ${p.limit} 项`,
  issueValue: (p: { field: string; values: string }) => `${p.field} 应为以下之一：${p.values}`,
  issueFormat: (p: { field: string }) => `${p.field} 格式不正确`,
  issueUnknownKeys: (p: { field: string; keys: string }) => `${p.field} 含有未知字段：${p.keys}`,
  issueOther: (p: { field: string }) => `${p.field} 的值无效`,
  kindString: '文本',
  kindNumber: '数字',
  kindInteger: '整数',
  kindBoolean: '是或否',
  kindObject: '对象',
  kindArray: '列表',
  kindNull: '空值',
  // Retailer tiers (<pk-retailer-tiers>).
  tiersLabel: '零售户档位分布',
  tiersMetrics: '指标',
  tiersMetricCount: '零售户数',
  tiersMetricGrowth: '订货额同比',
  tiersMetricMargin: '毛利率',
  tiersTable: '表格',
  tiersPeriod: (p: { year: string; months: number }) =>
    p.months === 0 ? `${p.year}年` : p.months === 1 ? `${p.year}年1月` : `${p.year}年1–${p.months}月`,
  tiersScopeAll: '全部网格',
  tiersScopeGrid: (p: { grid: string }) => `网格 ${p.grid}`,
  tiersTier: (p: { tier: string }) => `第${p.tier}档`,
  tiersBandHead: '档段',
  tiersTierAxis: '档位',
  tiersTiers: (p: { from: string; to: string }) => (p.from === p.to ? `第${p.from}档` : `第${p.from}–${p.to}档`),
  tiersTargetBand: (p: { band: string }) => `${p.band}（目标）`,
  tiersTargetBadge: '目标档',
  tiersNoBand: '未分段',
  tiersRetailers: (p: { count: string }) => `${p.count} 户`,
  tiersRetailersHead: '零售户',
  tiersOrders: '订货额',
  tiersOrdersThisYear: '今年订货额',
  tiersOrdersLastYear: '去年订货额',
  tiersThisLast: (p: { now: string; last: string }) => `今年 ${p.now} · 去年 ${p.last}`,
  tiersGrowth: '同比',
  tiersMargin: '毛利率',
  tiersTarget: (p: { value: string }) => `目标 ${p.value}`,
  tiersVsTarget: (p: { value: string; verdict: string }) => `目标 ≥ ${p.value}，${p.verdict}`,
  tiersMet: '已达标',
  tiersBelow: '未达标',
  tiersUp: '增长',
  tiersDown: '下降',
  tiersFlat: '持平',
  tiersNoData: '无数据',
  tiersMissingLastYear: (p: { count: string }) => `${p.count} 户缺去年数据`,
  tiersTotal: '合计',
  tiersBandTotal: (p: { band: string }) => `${p.band}合计`,
  tiersOption: (p: { tier: string; band: string; metric: string; value: string; count: string }) =>
    `${p.tier}，${p.band}，${p.metric} ${p.value}，${p.count}`,
  tiersSelected: (p: { tier: string; band: string }) => `已选择 ${p.tier}（${p.band}）`,
  tiersCleared: '已取消选择',
  tiersShowing: (p: { metric: string }) => `显示：${p.metric}`,
  tiersEmpty: (p: { scope: string }) => `没有零售户（${p.scope}）。`,
  tiersSubjectData: '档位数据',
  tiersSubjectSummary: (p: { year: string }) => `${p.year}零售户档位汇总`,
} satisfies Record<string, string | ((params: never) => string)>;

type Catalogue = typeof zhCN;

/**
 * The shape every catalogue must have: the keys of the Chinese one, strings where it has
 * strings and functions of the same parameters where it has functions.
 */
export type Messages = { readonly [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K] };

export type MessageKey = keyof Messages;
