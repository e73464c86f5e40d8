// Tasks: the dated work under an initiative, with a version for optimistic concurrency.
import * as z from 'zod/mini';
import { Id, SearchText, IsoDate, IsoDateTime, LocalizedText } from './common.js';
import { vocabularyCode } from './vocabulary.js';

export const TaskStatus = z.enum(['todo', 'doing', 'blocked', 'done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/**
 * The owner department: any well-formed code (see `VocabularyCode`). The seed's departments
 * (`KNOWN_OWNER_DEPTS`: business, logistics, marketing, monopoly, internal…) have labels in the
 * SDK; a bureau's own codes are named by the plan's `vocabulary.departments`.
 */
export const OwnerDept = vocabularyCode();
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
  /**
   * True when the plan's text gives no date and `due` is assumed: the end of the quarter the work
   * belongs to. Shown to users as an assumed date, not the plan's. Absent means false.
   */
  dueAssumed: z.optional(z.boolean()),
  status: TaskStatus,
  progress: Progress,
  kpiIds: z.array(Id),
  /** Incremented on every change; send it back in `If-Match`. */
  version: z.int().check(z.gte(1)),
  updatedAt: IsoDateTime,
});
export type Task = z.infer<typeof Task>;

/**
 * Body of `PATCH /tasks/{taskId}`: the fields a user may change. Unknown fields are rejected. `owner` takes any
 * well-formed department code (an open vocabulary, as on the task); the pillar and initiative are not
 * changeable (a task's pillar is its initiative's).
 */
export const TaskPatch = z.strictObject({
  status: z.optional(TaskStatus),
  owner: z.optional(OwnerDept),
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
