// The change stream (GET /plans/{planId}/changes, server-sent events): one event per committed write.
import * as z from 'zod/mini';
import { Id, IsoDateTime } from './common.js';

/** What a change is about: a task, a KPI's month (measurement) or a grid's information item. */
export const ChangeEntity = z.enum(['task', 'measurement', 'item']);
export type ChangeEntity = z.infer<typeof ChangeEntity>;

/**
 * One committed change, as the `data` of an SSE event named `change` whose `id` is `seq`. It names what
 * changed, not the new content: a client reloads the entity (or the list it is in) it shows.
 */
export const Change = z.object({
  /** The change log's sequence number: strictly increasing, the SSE `id`, the resume point. */
  seq: z.int().check(z.gte(1)),
  /** When the write committed. */
  at: IsoDateTime,
  /** The plan it belongs to; null for county-wide records (grid items), which every plan's stream carries. */
  planId: z.nullable(Id),
  entity: ChangeEntity,
  /** The task's, item's or KPI's id (for a measurement, the KPI's id; `period` says which month). */
  entityId: Id,
  /** For a measurement: the month written, `YYYY-MM`. */
  period: z.optional(z.string()),
  /** The entity's version after the write (tasks and items); absent for measurements, which have none. */
  version: z.optional(z.int().check(z.gte(1))),
});
export type Change = z.infer<typeof Change>;

/**
 * The `data` of an SSE event named `reload`: the stream cannot resume where the client asked, so changes would
 * be missed. `behind-log`: the client fell further behind than the log keeps; `unknown-seq`: it asked for a
 * position the log never reached (the server's data was replaced). Reload everything; the stream goes on
 * after `resumeFrom` (also the event's id).
 */
export const ChangeReload = z.object({
  reason: z.enum(['behind-log', 'unknown-seq']),
  /** The last sequence number before the oldest change the log still keeps. */
  resumeFrom: z.int().check(z.gte(0)),
});
export type ChangeReload = z.infer<typeof ChangeReload>;

/** `?since=` on the change stream: resume after this sequence number (the `Last-Event-ID` header wins). */
export const ChangeQuery = z.strictObject({
  since: z.optional(z.int().check(z.gte(0))),
});
export type ChangeQuery = z.infer<typeof ChangeQuery>;
