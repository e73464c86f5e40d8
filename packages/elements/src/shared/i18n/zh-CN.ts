// Chinese (the default locale): every visible and screen-reader string of the elements.
// This catalogue defines the keys; en.ts must have exactly the same ones (its type says so).

export const zhCN = {
  // KPI status, always shown with its icon and colour.
  statusMet: '已达成',
  statusOnTrack: '进度正常',
  statusAtRisk: '有风险',
  statusOffTrack: '未达预期',
  statusNoData: '暂无数据',

  // KPI categories: the panel's group headings.
  categorySafety: '安全生产',
  categorySales: '卷烟销售',
  categoryFinance: '税利效益',
  categoryMarket: '市场与零售户',
  categoryEnforcement: '专卖执法',

  // Gauge.
  gaugeTarget: (p: { rule: string }) => `目标 ${p.rule}`,
  gaugeExpected: (p: { value: string }) => `应达进度 ${p.value}`,
  gaugeLastYear: (p: { value: string }) => `去年 ${p.value}`,
  gaugeDelta: (p: { delta: string }) => `较去年 ${p.delta}`,
  gaugeDeltaNone: '与去年持平',
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

  // Grid map (<pk-grid-map>): every string of the map in this one block.
  mapLabel: '网格地图',
  mapGrids: '网格',
  mapMetric: '着色指标',
  mapMetricRetailers: '零售户数',
  mapMetricOpenItems: '未办结事项',
  mapMetricOverdueItems: '超时事项',
  mapMetricAvgResponseHours: '平均响应时长（小时）',
  mapMetricInspections: '检查次数',
  mapLegend: '图例',
  mapLegendRange: (p: { from: string; to: string }) => `${p.from}–${p.to}`,
  mapLegendAtLeast: (p: { from: string }) => `≥ ${p.from}`,
  mapNoData: '无数据',
  mapGridLabel: (p: { name: string; metric: string; value: string }) => `${p.name}，${p.metric} ${p.value}`,
  mapInspector: '专卖管理员',
  mapCustomerManager: '客户经理',
  mapDelivery: '送货员',
  mapArea: (p: { area: string }): string => (p.area === 'urban' ? '城区' : '农村'),
  mapGroup: '自律互助小组',
  mapZoomIn: '放大',
  mapZoomOut: '缩小',
  mapZoomReset: '复位',
  mapZoomed: (p: { percent: string }) => `缩放 ${p.percent}`,
  mapSelected: (p: { name: string }) => `已选择 ${p.name}`,
  mapSelectionCleared: '已取消选择',
  mapClearSelection: '取消选择',
  mapPipeline: '事项流程',
  mapStageCollected: '采集',
  mapStageRouted: '分办',
  mapStageResponded: '响应',
  mapStageHandled: '处置',
  mapStageFedBack: '反馈',
  mapStageCount: (p: { count: string }) => `${p.count} 件`,
  mapStageOverdue: (p: { count: string }) => `超时 ${p.count} 件`,
  mapPipelineTotal: (p: { total: string; overdue: string }) => `共 ${p.total} 件，超时 ${p.overdue} 件`,
  mapItemsLoading: '正在加载事项…',
  mapItemsUnavailable: '无法加载事项。',
  mapEmpty: '没有网格。',
  mapSubjectGrids: '网格数据',
  mapHelp: '方向键移到相邻网格，回车选择，+/− 缩放，Esc 取消选择。',
  mapRetailers: (p: { count: string }) => `零售户 ${p.count} 户`,
  mapBandLow: '低档',
  mapBandMid: '中档',
  mapBandHigh: '高档',
} satisfies Record<string, string | ((params: never) => string)>;

type Catalogue = typeof zhCN;

/**
 * The shape every catalogue must have: the keys of the Chinese one, strings where it has
 * strings and functions of the same parameters where it has functions.
 */
export type Messages = { readonly [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K] };

export type MessageKey = keyof Messages;
