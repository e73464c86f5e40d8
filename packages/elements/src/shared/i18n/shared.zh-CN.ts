// Chinese (the default locale) messages shared by every widget: KPI status, loading/empty/error states, failures and validation issues.
// en: shared.en.ts, with exactly the same keys (its type says so). Joined in zh-CN.ts.
import type { Entries } from './types.js';

export const sharedZhCN = {
  // KPI status, always shown with its icon and colour.
  statusMet: '已达成',
  statusOnTrack: '进度正常',
  statusAtRisk: '有风险',
  statusOffTrack: '未达预期',
  statusNoData: '暂无数据',

  // Loading, empty and error states.
  stateLoading: '正在加载…',
  stateNotConnected: '没有数据来源：请把组件放在 <pk-provider base-url="…"> 里，或直接设置数据属性。',
  stateMissingPlan: '没有指定计划：请设置 plan 属性（在组件或 <pk-provider> 上）。',
  stateMissingKpi: '没有指定 KPI：请设置 kpi 属性。',
  stateRetry: '重试',
  subjectKpiData: 'KPI 数据',
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
} satisfies Entries;
