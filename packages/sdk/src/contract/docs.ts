// The prose of the route table, for the OpenAPI document: each operation's summary and tag (required: the
// compiler names an operation of ROUTES without them), its longer description, and what its query parameters
// and success response mean. Kept apart from routes.ts so that pages, whose client imports the table's entries,
// never download it.
import type { OperationId } from './routes.js';

export interface OperationDocs {
  /** One line. */
  readonly summary: string;
  /** The resource family (an OpenAPI tag, described in TAG_DOCS). */
  readonly tag: string;
  readonly description?: string;
  /** Query parameter → what it does. */
  readonly query?: { readonly [name: string]: string };
  /** Success status → what the body holds. */
  readonly responses?: { readonly [status: number]: string };
}

/** The resource families, in the order the document lists them. */
export const TAG_DOCS: { readonly [tag: string]: string } = {
  session: 'Who the bearer token is',
  plans: 'Annual plans',
  kpis: 'Key performance indicators and their monthly measurements',
  tasks: 'Tasks under the plan’s initiatives',
  grids: 'Three-role grid management: grids and their information items',
  retailers: 'Retailers and tiers',
  changes: 'Server-sent change events, for pages that stay open',
  meta: 'About the API itself',
};

/** Path parameters by name: the same name means the same thing on every route. */
export const PATH_PARAM_DOCS: { readonly [name: string]: string } = {
  planId: 'The plan, e.g. `2020-x-county`.',
  kpiId: 'The KPI, e.g. `sales-volume`.',
  taskId: 'The task.',
  gridId: 'The grid.',
  itemId: 'The grid information item.',
  period: 'The month of the measurement, `YYYY-MM`, inside the plan year.',
};

const ASOF = 'Evaluate each KPI as of this date: adds `evaluation` to it.';

export const OPERATION_DOCS = {
  getSession: {
    summary: "The token's role",
    tag: 'session',
    description:
      'What the bearer token may do: `viewer` reads, `editor` reads and writes. A client uses it to offer only ' +
      'the writes the server will accept; the server still refuses a viewer’s write (403).',
    responses: { 200: 'The session.' },
  },
  listPlans: { summary: 'Plans, newest year first', tag: 'plans', responses: { 200: 'The plans.' } },
  getPlan: { summary: 'One plan with its pillars and initiatives', tag: 'plans', responses: { 200: 'The plan.' } },
  listKpis: {
    summary: "The plan's KPIs with their monthly measurements",
    tag: 'kpis',
    query: { asOf: ASOF },
    responses: { 200: "The KPIs, in the plan's order." },
  },
  getKpi: { summary: 'One KPI', tag: 'kpis', query: { asOf: ASOF }, responses: { 200: 'The KPI.' } },
  recordMeasurement: {
    summary: "Record one month's value (idempotent by period)",
    tag: 'kpis',
    responses: { 200: 'The KPI with the measurement recorded.' },
  },
  listTasks: {
    summary: "The plan's tasks, filtered",
    tag: 'tasks',
    query: {
      status: 'Only tasks in this status.',
      owner: 'Only tasks of this owner department.',
      pillar: 'Only tasks under this pillar.',
      initiative: 'Only tasks under this initiative.',
      dueBefore: 'Only tasks due strictly before this date (tasks without a due date never match).',
      q: 'Text the title contains (Chinese or English, case-insensitive for Latin letters).',
    },
    responses: { 200: 'The matching tasks, in plan order.' },
  },
  updateTask: {
    summary: 'Change status, progress, assignees or due date',
    tag: 'tasks',
    description: 'A patch that changes nothing returns the task with its version unchanged.',
    responses: { 200: 'The updated task (version incremented).' },
  },
  listGrids: {
    summary: 'The grids as a GeoJSON FeatureCollection with roles and figures',
    tag: 'grids',
    query: { metric: 'The figure the caller will colour by; the reference server sends all five regardless.' },
    responses: { 200: 'The grids.' },
  },
  listGridItems: {
    summary: "A grid's information items",
    tag: 'grids',
    query: {
      stage: 'Only items at this stage.',
      overdue: 'Only items past (true) or within (false) their stage time limit.',
    },
    responses: { 200: 'The items, oldest first.' },
  },
  reportGridItem: {
    summary: 'Report an item (stage `collected`)',
    tag: 'grids',
    responses: { 201: 'The new item (or, for a repeated Idempotency-Key, the stored first result).' },
  },
  advanceGridItem: {
    summary: "Advance an item's stage (forward only)",
    tag: 'grids',
    responses: { 200: 'The advanced item (version incremented).' },
  },
  listRetailers: {
    summary: 'Retailers, one page at a time',
    tag: 'retailers',
    query: {
      tier: 'Only retailers in this tier.',
      band: "Only retailers in this band of the data's tier scheme.",
      grid: 'Only retailers in this grid.',
      q: 'Text the name or licence number contains.',
      cursor: '`nextCursor` of the previous page, unchanged, with the same filters.',
      limit: 'Page size; default 100.',
    },
    responses: { 200: 'One page; `nextCursor` is null on the last.' },
  },
  getTierSummary: {
    summary: 'Per-tier and per-band figures for a year',
    tag: 'retailers',
    query: {
      year: "The year; default the data's year (the only one with a year before it to compare with).",
      grid: 'Only retailers in this grid.',
    },
    responses: { 200: 'The summary.' },
  },
  streamChanges: {
    summary: 'Server-sent events, one per committed change',
    tag: 'changes',
    description:
      'A `text/event-stream` that stays open. It starts with an event `ready`; then one event `change` per ' +
      'committed write of the plan (and of county-wide records: grid items), whose `id` is the change’s ' +
      'sequence number and whose `data` is a `Change` (JSON). A comment line every 15 s keeps it alive. Resume ' +
      'after a lost connection with `Last-Event-ID` (or `?since=`): every change after it follows, in order, ' +
      'once. When that is impossible (the client fell further behind than the log keeps, or names a sequence ' +
      'the log never reached), an event `reload` (`data`: `ChangeReload`) says to reload everything; the ' +
      'stream then goes on from `resumeFrom`. Without either, the stream starts from now. One token may hold ' +
      'a bounded number of streams (429 beyond).',
    query: { since: 'Resume after this sequence number (`Last-Event-ID` wins).' },
    responses: { 200: 'The stream (events `ready`, `change`, `reload`).' },
  },
  getOpenApiDocument: {
    summary: 'This document',
    tag: 'meta',
    responses: { 200: 'The OpenAPI 3.1 document.' },
  },
} as const satisfies { readonly [K in OperationId]: OperationDocs };
