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
  // Task board (<pk-task-board>).
  boardLabel: '重点任务看板',
  boardStatusTodo: '待办',
  boardStatusDoing: '进行中',
  boardStatusBlocked: '受阻',
  boardStatusDone: '已完成',
  boardOwnerBusiness: '业务科',
  boardOwnerLogistics: '物流中心',
  boardOwnerMarketing: '营销部门',
  boardOwnerMonopoly: '专卖部门',
  boardOwnerInternal: '内管部门',
  boardOwnerParty: '党建办公室',
  boardOwnerSafety: '安全管理',
  boardOwnerHr: '人事',
  boardOwnerCaseGroup: '案件查处组',
  boardOwnerSupervisionGroup: '市场监管组',
  boardOwnerGridProject: '网格化课题组',
  boardOwnerQcProject: '盈利提升QC课题组',
  boardNoDue: '未定日期',
  boardCount: (p: { count: string }) => `${p.count} 项`,
  boardColumnLabel: (p: { column: string; count: string }) => `${p.column}，${p.count} 项`,
  boardLaneLabel: (p: { lane: string; count: string }) => `${p.lane}（${p.count} 项）`,
  boardWipOver: (p: { limit: string }) => `超出在制上限 ${p.limit}`,
  boardWipAt: (p: { limit: string }) => `已达在制上限 ${p.limit}`,
  boardDue: (p: { date: string }) => `截止 ${p.date}`,
  boardOverdue: '已逾期',
  boardDueSoon: '即将到期',
  boardProgress: (p: { value: string }) => `进度 ${p.value}`,
  boardAssignees: (p: { names: string }) => `负责人：${p.names}`,
  boardKpis: '关联指标',
  boardMoveTo: '移动到…',
  boardMoveMenu: (p: { title: string }) => `移动“${p.title}”到`,
  boardFilters: '筛选',
  boardFilterOwner: '责任部门',
  boardFilterPillar: '方面',
  boardFilterAll: '全部',
  boardFilterOverdue: '只看逾期',
  boardFilterText: '搜索任务',
  boardGroupBy: '分组',
  boardGroupStatus: '按状态',
  boardGroupOwner: '按部门',
  boardGroupPillar: '按方面',
  boardGroupDue: '按到期月份',
  boardLanes: '泳道',
  boardLanesNone: '无',
  boardLanesPillar: '按方面',
  boardLanesOwner: '按部门',
  boardSelectionKpi: (p: { kpi: string }) => `只显示与指标“${p.kpi}”关联的任务`,
  boardEmpty: '这个计划还没有任务。',
  boardNoMatch: '没有符合筛选条件的任务。',
  boardReadonly: '只读：不能移动任务。',
  boardHelp: '空格键拿起任务卡，方向键移动，空格键或回车键放下，Esc 取消；Ctrl+方向键直接移动；回车键打开任务。',
  boardPicked: (p: { title: string; column: string; position: string }) =>
    `已拿起“${p.title}”，位于${p.column}第 ${p.position} 位。用方向键移动，空格键放下，Esc 取消。`,
  boardOver: (p: { column: string; position: string }) => `${p.column}，第 ${p.position} 位`,
  boardDropped: (p: { title: string; column: string; position: string }) =>
    `已将“${p.title}”移到${p.column}第 ${p.position} 位。`,
  boardCancelled: (p: { title: string }) => `已取消移动“${p.title}”。`,
  boardSaved: (p: { title: string }) => `“${p.title}”已保存。`,
  boardRefusedReadonly: '看板为只读，不能移动任务。',
  boardRefusedColumnLocked: '任务的责任部门和方面不能在看板上修改，只能调整顺序。',
  boardRefusedLaneLocked: '泳道对应的字段不能在看板上修改。',
  boardRefusedWip: (p: { column: string; limit: string }) => `${p.column}已达在制上限 ${p.limit}，不能再移入。`,
  boardRefusedCancelled: '移动已被页面取消。',
  boardWarnWip: (p: { column: string; limit: string }) => `注意：${p.column}超出在制上限 ${p.limit}。`,
  boardFailed: (p: { title: string; reason: string }) => `“${p.title}”未能移动，已放回原处：${p.reason}`,
  boardForbidden: '没有修改任务的权限，看板已切换为只读。',
  boardStale: (p: { title: string }) => `“${p.title}”已被他人修改，看板显示的是最新内容。`,
  boardShowMore: (p: { count: string; rest: string }) => `再显示 ${p.count} 项（还有 ${p.rest} 项）`,
  boardApplyAgain: '再次移动',
  boardDismiss: '关闭',
  subjectTasks: (p: { plan: string }) => `计划“${p.plan}”的任务`,
  subjectTaskData: '任务数据',
} satisfies Record<string, string | ((params: never) => string)>;

type Catalogue = typeof zhCN;

/**
 * The shape every catalogue must have: the keys of the Chinese one, strings where it has
 * strings and functions of the same parameters where it has functions.
 */
export type Messages = { readonly [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K] };

export type MessageKey = keyof Messages;
