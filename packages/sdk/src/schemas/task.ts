// Tasks: the dated work under an initiative, with a version for optimistic concurrency.
import * as z from 'zod/mini';
import { Id, SearchText, IsoDate, IsoDateTime, LocalizedText } from './common.js';

export const TaskStatus = z.enum(['todo', 'doing', 'blocked', 'done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Owner departments named in the seed. */
export const OwnerDept = z.enum([
  'business', // 业务科
  'logistics', // 物流中心
  'marketing', // 营销部门
  'monopoly', // 专卖部门
  'internal', // 内管部门
  'party', // 党建 / 办公室
  'safety', // 安全管理
  'hr', // 人事
  'case-group', // 案件查处组
  'supervision-group', // 市场监管组
  'grid-project', // 网格化课题组
  'qc-project', // 盈利提升QC课题组
]);
export type OwnerDept = z.infer<typeof OwnerDept>;

const Progress = z.int().check(z.gte(0), z.lte(100));
const Assignees = z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50));

export const Task = z.object({
  id: Id,
  planId: Id,
  pillarId: Id,
  initiativeId: Id,
  title: LocalizedText,
  owner: OwnerDept,
  assignees: Assignees,
  /** First day the task applies ("from 2020-06"); null when not stated. */
  start: z.nullable(IsoDate),
  due: z.nullable(IsoDate),
  status: TaskStatus,
  progress: Progress,
  kpiIds: z.array(Id),
  /** Incremented on every change; send it back in `If-Match`. */
  version: z.int().check(z.gte(1)),
  updatedAt: IsoDateTime,
});
export type Task = z.infer<typeof Task>;

/** Body of `PATCH /tasks/{taskId}`: the fields a user may change. Unknown fields are rejected. */
export const TaskPatch = z.strictObject({
  status: z.optional(TaskStatus),
  progress: z.optional(Progress),
  assignees: z.optional(Assignees),
  due: z.optional(z.nullable(IsoDate)),
});
export type TaskPatch = z.infer<typeof TaskPatch>;

/** Filters of `GET /plans/{planId}/tasks`. */
export const TaskQuery = z.strictObject({
  status: z.optional(TaskStatus),
  owner: z.optional(OwnerDept),
  pillar: z.optional(Id),
  initiative: z.optional(Id),
  dueBefore: z.optional(IsoDate),
  q: z.optional(SearchText),
});
export type TaskQuery = z.infer<typeof TaskQuery>;
