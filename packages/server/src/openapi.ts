// The OpenAPI 3.1 document of the HTTP contract, generated from the SDK's zod schemas (never written by hand).
import {
  GridCollection,
  GridItem,
  GridItemInput,
  GridItemKind,
  GridItemPatch,
  GridItemStage,
  GridMetric,
  Id,
  IsoDate,
  IsoDateTime,
  Kpi,
  KpiEvaluation,
  KpiStatus,
  LocalizedText,
  MeasurementInput,
  OwnerDept,
  Period,
  Plan,
  PlanSummary,
  Problem,
  Change,
  ChangeQuery,
  ChangeReload,
  Retailer,
  RetailerQuery,
  Session,
  Task,
  TaskPatch,
  TaskQuery,
  TaskStatus,
  TierBandId,
  TierSummary,
  page,
} from '@plankit/sdk/schemas';
import { MAX_BODY_BYTES } from './http/body.js';
import { DEFAULT_PAGE_SIZE } from './routes/retailers.js';
import * as z from 'zod/mini';

/** A JSON Schema object as zod emits it. */
export type JsonSchema = { [keyword: string]: unknown };
type Schema = z.core.$ZodType;

export type OpenApiDocument = { openapi: '3.1.0' } & Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const uri = (id: string) => `#/components/schemas/${id}`;

/** zod adds `$schema`/`$id` to each top-level schema; inside an OpenAPI document the dialect is declared once. */
function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Named schemas shared by inputs and outputs: they must come out the same in both passes. */
const SHARED = {
  Id,
  IsoDate,
  IsoDateTime,
  Period,
  TaskStatus,
  OwnerDept,
  GridItemStage,
  GridItemKind,
  GridMetric,
  TierBandId,
};

function componentSchemas(): Record<string, JsonSchema> {
  const outputs = z.registry<{ id: string }>();
  const output: Record<string, Schema> = {
    ...SHARED,
    LocalizedText,
    PlanSummary,
    Plan,
    Kpi,
    KpiEvaluation,
    KpiStatus,
    Task,
    GridCollection,
    GridItem,
    Retailer,
    TierSummary,
    Problem,
    Change,
    ChangeReload,
    Session,
    PlanList: z.object({ items: z.array(PlanSummary) }),
    KpiList: z.object({ items: z.array(Kpi) }),
    TaskList: z.object({ items: z.array(Task) }),
    GridItemList: z.object({ items: z.array(GridItem) }),
    RetailerPage: page(Retailer),
  };
  for (const [id, schema] of Object.entries(output)) outputs.add(schema, { id });

  // Request bodies are described as the server accepts them (`io: 'input'`).
  const inputs = z.registry<{ id: string }>();
  const input: Record<string, Schema> = { ...SHARED, MeasurementInput, TaskPatch, GridItemInput, GridItemPatch };
  for (const [id, schema] of Object.entries(input)) inputs.add(schema, { id });

  const merged: Record<string, JsonSchema> = {};
  for (const pass of [
    z.toJSONSchema(outputs, { io: 'output', uri }).schemas,
    z.toJSONSchema(inputs, { io: 'input', uri }).schemas,
  ]) {
    for (const [id, schema] of Object.entries(pass)) {
      const cleaned = clean(schema as JsonSchema);
      const existing = merged[id];
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(cleaned)) {
        throw new Error(`OpenAPI: schema ${id} differs between request and response use`);
      }
      merged[id] = cleaned;
    }
  }
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
}

/** A query field's schema without its `optional()` wrapper: optionality is the parameter's `required`. */
function unwrapOptional(schema: unknown): unknown {
  const def = (schema as { _zod?: { def?: { type?: string; innerType?: unknown } } })._zod?.def;
  return def?.type === 'optional' ? def.innerType : schema;
}

/** A named component's `$ref` when the schema is one, else the schema itself, inlined. */
function namedOrInline(schema: unknown, inline: (schema: unknown) => JsonSchema): JsonSchema {
  const inner = unwrapOptional(schema);
  const name = Object.entries(SHARED).find(([, shared]) => shared === inner)?.[0];
  return name === undefined ? inline(inner) : ref(name);
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description: string;
  schema: JsonSchema;
}

export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const inputSchema = (schema: unknown): JsonSchema =>
    clean(z.toJSONSchema(schema as Schema, { io: 'input' }) as JsonSchema);
  const path = (name: string, schema: unknown, description: string): Parameter => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: namedOrInline(schema, inputSchema),
  });
  const query = (name: string, schema: unknown, description: string): Parameter => ({
    name,
    in: 'query',
    required: false,
    description,
    schema: namedOrInline(schema, inputSchema),
  });

  const parameters: Record<string, Parameter> = {
    PlanId: path('planId', Id, 'The plan, e.g. `2020-x-county`.'),
    KpiId: path('kpiId', Id, 'The KPI, e.g. `sales-volume`.'),
    TaskId: path('taskId', Id, 'The task.'),
    GridId: path('gridId', Id, 'The grid.'),
    ItemId: path('itemId', Id, 'The grid information item.'),
    Period: path('period', Period, 'The month of the measurement, `YYYY-MM`, inside the plan year.'),
    AsOf: query('asOf', IsoDate, 'Evaluate each KPI as of this date: adds `evaluation` to it.'),
    IfMatch: {
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The version last read, as its ETag: `"3"` (also accepted: `3` and the weak `W/"3"`). Missing: 428.',
      schema: { type: 'string', pattern: '^(W/)?"?[1-9][0-9]{0,14}"?$' },
    },
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Makes the POST safe to retry: the first result is stored for 24 hours and replayed for the same key and body ' +
        '(with `Idempotent-Replayed: true`); the same key with a different body is a 422.',
      schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
    },
  };
  const use = (name: string) => ({ $ref: `#/components/parameters/${name}` });

  const problemContent = { 'application/problem+json': { schema: ref('Problem') } };
  const problem = (description: string, headers?: Record<string, unknown>) => ({
    description,
    content: problemContent,
    ...(headers === undefined ? {} : { headers }),
  });
  const responses = {
    BadRequest: problem(
      'Invalid input: `errors` lists each wrong field by path (`body.progress`, `query.limit`, `params.taskId`).',
    ),
    Unauthorized: problem('No valid bearer token.', {
      'WWW-Authenticate': { $ref: '#/components/headers/WWW-Authenticate' },
    }),
    Forbidden: problem('The token may read but not write (role `viewer`).'),
    NotFound: problem('No such resource.'),
    ContentTooLarge: problem(`The body is larger than ${MAX_BODY_BYTES} bytes.`),
    UnsupportedMediaType: problem('The body is not `application/json` (UTF-8).'),
    UnprocessableContent: problem('The request is well formed but breaks a rule (see `detail`).'),
    PreconditionRequired: problem('`If-Match` is missing.'),
    TooManyRequests: problem('Rate limit reached.', { 'Retry-After': { $ref: '#/components/headers/Retry-After' } }),
    InternalError: problem('Unexpected server error (details are logged, never sent).'),
  };
  const errors = (...names: Array<keyof typeof responses>) => {
    const byStatus: Record<keyof typeof responses, string> = {
      BadRequest: '400',
      Unauthorized: '401',
      Forbidden: '403',
      NotFound: '404',
      ContentTooLarge: '413',
      UnsupportedMediaType: '415',
      UnprocessableContent: '422',
      PreconditionRequired: '428',
      TooManyRequests: '429',
      InternalError: '500',
    };
    const all = [...names, 'Unauthorized', 'TooManyRequests', 'InternalError'] as Array<keyof typeof responses>;
    return Object.fromEntries(
      [...new Set(all)]
        .sort((a, b) => byStatus[a].localeCompare(byStatus[b]))
        .map((name) => [byStatus[name], { $ref: `#/components/responses/${name}` }]),
    );
  };
  const json = (schemaName: string, description: string, headers?: Record<string, unknown>) => ({
    description,
    content: { 'application/json': { schema: ref(schemaName) } },
    ...(headers === undefined ? {} : { headers }),
  });
  const etag = { ETag: { $ref: '#/components/headers/ETag' } };
  const stale = (resource: string) => ({
    description: `The ${resource} changed since it was read: \`current\` holds it as it is now (its version is in ETag).`,
    headers: etag,
    content: {
      'application/problem+json': {
        schema: {
          allOf: [ref('Problem'), { type: 'object', properties: { current: ref(resource) }, required: ['current'] }],
        },
      },
    },
  });
  const body = (schemaName: string) => ({
    required: true,
    content: { 'application/json': { schema: ref(schemaName) } },
  });

  const taskQuery = TaskQuery.shape;
  const retailerQuery = RetailerQuery.shape;

  const paths = {
    '/session': {
      get: {
        operationId: 'getSession',
        tags: ['session'],
        summary: "The token's role",
        description:
          'What the bearer token may do: `viewer` reads, `editor` reads and writes. A client uses it to offer only ' +
          'the writes the server will accept; the server still refuses a viewer’s write (403).',
        responses: { '200': json('Session', 'The session.'), ...errors('BadRequest') },
      },
    },
    '/plans': {
      get: {
        operationId: 'listPlans',
        tags: ['plans'],
        summary: 'Plans, newest year first',
        responses: { '200': json('PlanList', 'The plans.'), ...errors('BadRequest') },
      },
    },
    '/plans/{planId}': {
      get: {
        operationId: 'getPlan',
        tags: ['plans'],
        summary: 'One plan with its pillars and initiatives',
        parameters: [use('PlanId')],
        responses: { '200': json('Plan', 'The plan.'), ...errors('BadRequest', 'NotFound') },
      },
    },
    '/plans/{planId}/kpis': {
      get: {
        operationId: 'listKpis',
        tags: ['kpis'],
        summary: "The plan's KPIs with their monthly measurements",
        parameters: [use('PlanId'), use('AsOf')],
        responses: { '200': json('KpiList', "The KPIs, in the plan's order."), ...errors('BadRequest', 'NotFound') },
      },
    },
    '/plans/{planId}/kpis/{kpiId}': {
      get: {
        operationId: 'getKpi',
        tags: ['kpis'],
        summary: 'One KPI',
        parameters: [use('PlanId'), use('KpiId'), use('AsOf')],
        responses: { '200': json('Kpi', 'The KPI.'), ...errors('BadRequest', 'NotFound') },
      },
    },
    '/plans/{planId}/kpis/{kpiId}/measurements/{period}': {
      put: {
        operationId: 'recordMeasurement',
        tags: ['kpis'],
        summary: "Record one month's value (idempotent by period)",
        parameters: [use('PlanId'), use('KpiId'), use('Period')],
        requestBody: body('MeasurementInput'),
        responses: {
          '200': json('Kpi', 'The KPI with the measurement recorded.'),
          ...errors(
            'BadRequest',
            'Forbidden',
            'NotFound',
            'ContentTooLarge',
            'UnsupportedMediaType',
            'UnprocessableContent',
          ),
        },
      },
    },
    '/plans/{planId}/tasks': {
      get: {
        operationId: 'listTasks',
        tags: ['tasks'],
        summary: "The plan's tasks, filtered",
        parameters: [
          use('PlanId'),
          query('status', taskQuery.status, 'Only tasks in this status.'),
          query('owner', taskQuery.owner, 'Only tasks of this owner department.'),
          query('pillar', taskQuery.pillar, 'Only tasks under this pillar.'),
          query('initiative', taskQuery.initiative, 'Only tasks under this initiative.'),
          query(
            'dueBefore',
            taskQuery.dueBefore,
            'Only tasks due strictly before this date (tasks without a due date never match).',
          ),
          query('q', taskQuery.q, 'Text the title contains (Chinese or English, case-insensitive for Latin letters).'),
        ],
        responses: {
          '200': json('TaskList', 'The matching tasks, in plan order.'),
          ...errors('BadRequest', 'NotFound'),
        },
      },
    },
    '/tasks/{taskId}': {
      patch: {
        operationId: 'updateTask',
        tags: ['tasks'],
        summary: 'Change status, progress, assignees or due date',
        description: 'A patch that changes nothing returns the task with its version unchanged.',
        parameters: [use('TaskId'), use('IfMatch')],
        requestBody: body('TaskPatch'),
        responses: {
          '200': json('Task', 'The updated task (version incremented).', etag),
          '412': stale('Task'),
          ...errors(
            'BadRequest',
            'Forbidden',
            'NotFound',
            'ContentTooLarge',
            'UnsupportedMediaType',
            'PreconditionRequired',
          ),
        },
      },
    },
    '/grids': {
      get: {
        operationId: 'listGrids',
        tags: ['grids'],
        summary: 'The grids as a GeoJSON FeatureCollection with roles and figures',
        parameters: [
          query(
            'metric',
            GridMetric,
            'The figure the caller will colour by; the reference server sends all five regardless.',
          ),
        ],
        responses: { '200': json('GridCollection', 'The grids.'), ...errors('BadRequest') },
      },
    },
    '/grids/{gridId}/items': {
      get: {
        operationId: 'listGridItems',
        tags: ['grids'],
        summary: "A grid's information items",
        parameters: [
          use('GridId'),
          query('stage', GridItemStage, 'Only items at this stage.'),
          query('overdue', z.boolean(), 'Only items past (true) or within (false) their stage time limit.'),
        ],
        responses: { '200': json('GridItemList', 'The items, oldest first.'), ...errors('BadRequest', 'NotFound') },
      },
      post: {
        operationId: 'reportGridItem',
        tags: ['grids'],
        summary: 'Report an item (stage `collected`)',
        parameters: [use('GridId'), use('IdempotencyKey')],
        requestBody: body('GridItemInput'),
        responses: {
          '201': json('GridItem', 'The new item (or, for a repeated Idempotency-Key, the stored first result).', {
            ...etag,
            'Idempotent-Replayed': { $ref: '#/components/headers/Idempotent-Replayed' },
          }),
          ...errors(
            'BadRequest',
            'Forbidden',
            'NotFound',
            'ContentTooLarge',
            'UnsupportedMediaType',
            'UnprocessableContent',
          ),
        },
      },
    },
    '/items/{itemId}': {
      patch: {
        operationId: 'advanceGridItem',
        tags: ['grids'],
        summary: "Advance an item's stage (forward only)",
        parameters: [use('ItemId'), use('IfMatch')],
        requestBody: body('GridItemPatch'),
        responses: {
          '200': json('GridItem', 'The advanced item (version incremented).', etag),
          '412': stale('GridItem'),
          ...errors(
            'BadRequest',
            'Forbidden',
            'NotFound',
            'ContentTooLarge',
            'UnsupportedMediaType',
            'UnprocessableContent',
            'PreconditionRequired',
          ),
        },
      },
    },
    '/retailers': {
      get: {
        operationId: 'listRetailers',
        tags: ['retailers'],
        summary: 'Retailers, one page at a time',
        parameters: [
          query('tier', retailerQuery.tier, 'Only retailers in this tier.'),
          query('band', retailerQuery.band, "Only retailers in this band of the data's tier scheme."),
          query('grid', retailerQuery.grid, 'Only retailers in this grid.'),
          query('q', retailerQuery.q, 'Text the name or licence number contains.'),
          query('cursor', retailerQuery.cursor, '`nextCursor` of the previous page, unchanged, with the same filters.'),
          query('limit', retailerQuery.limit, `Page size; default ${DEFAULT_PAGE_SIZE}.`),
        ],
        responses: {
          '200': json('RetailerPage', 'One page; `nextCursor` is null on the last.'),
          ...errors('BadRequest'),
        },
      },
    },
    '/retailers/tier-summary': {
      get: {
        operationId: 'getTierSummary',
        tags: ['retailers'],
        summary: 'Per-tier and per-band figures for a year',
        parameters: [
          query(
            'year',
            Plan.shape.year,
            "The year; default the data's year (the only one with a year before it to compare with).",
          ),
          query('grid', Id, 'Only retailers in this grid.'),
        ],
        responses: { '200': json('TierSummary', 'The summary.'), ...errors('BadRequest', 'NotFound') },
      },
    },
    '/plans/{planId}/changes': {
      get: {
        operationId: 'streamChanges',
        tags: ['changes'],
        summary: 'Server-sent events, one per committed change',
        description:
          'A `text/event-stream` that stays open. It starts with an event `ready`; then one event `change` per ' +
          'committed write of the plan (and of county-wide records: grid items), whose `id` is the change’s ' +
          'sequence number and whose `data` is a `Change` (JSON). A comment line every 15 s keeps it alive. Resume ' +
          'after a lost connection with `Last-Event-ID` (or `?since=`): every change after it follows, in order, ' +
          'once. When that is impossible (the client fell further behind than the log keeps, or names a sequence ' +
          'the log never reached), an event `reload` (`data`: `ChangeReload`) says to reload everything; the ' +
          'stream then goes on from `resumeFrom`. Without either, the stream starts from now. One token may hold ' +
          'a bounded number of streams (429 beyond).',
        parameters: [
          use('PlanId'),
          query('since', ChangeQuery.shape.since, 'Resume after this sequence number (`Last-Event-ID` wins).'),
          {
            name: 'Last-Event-ID',
            in: 'header',
            required: false,
            description: 'The `id` of the last event received: resume after it.',
            schema: { type: 'string', pattern: '^\\d{1,15}$' },
          },
        ],
        responses: {
          '200': {
            description: 'The stream (events `ready`, `change`, `reload`).',
            content: {
              'text/event-stream': {
                schema: { type: 'string' },
                itemSchema: { oneOf: [ref('Change'), ref('ChangeReload')] },
              },
            },
          },
          ...errors('BadRequest', 'NotFound'),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        tags: ['meta'],
        summary: 'This document',
        security: [],
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '500': { $ref: '#/components/responses/InternalError' },
        },
      },
    },
  };

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Plankit HTTP API',
      version: '1.0.0',
      summary: 'Annual plans, KPIs, tasks, grid management and retailer tiers.',
      description:
        'The contract between the Plankit SDK and any backend. JSON in and out (UTF-8); every error is ' +
        '`application/problem+json` (RFC 9457). Writes need a token with role `editor`; request bodies are ' +
        `limited to ${MAX_BODY_BYTES} bytes. Generated from the SDK's zod schemas.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1', description: 'Relative to the host serving the API' }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'session', description: 'Who the bearer token is' },
      { name: 'plans', description: 'Annual plans' },
      { name: 'kpis', description: 'Key performance indicators and their monthly measurements' },
      { name: 'tasks', description: 'Tasks under the plan’s initiatives' },
      { name: 'grids', description: 'Three-role grid management: grids and their information items' },
      { name: 'retailers', description: 'Retailers and tiers' },
      { name: 'changes', description: 'Server-sent change events, for pages that stay open' },
      { name: 'meta', description: 'About the API itself' },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      parameters,
      responses,
      headers: {
        ETag: {
          description: 'The version of the resource, `"<version>"`: send it back in If-Match.',
          schema: { type: 'string' },
        },
        'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } },
        'Idempotent-Replayed': {
          description: '`true` when the response is the stored result of an earlier request with the same key.',
          schema: { type: 'string', const: 'true' },
        },
        'WWW-Authenticate': { description: 'The auth scheme: `Bearer`.', schema: { type: 'string' } },
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'A token with role `viewer` (read) or `editor` (read and write).',
        },
      },
    },
  };
}

/** The committed form: pretty, two-space indented, ending in a newline, so diffs stay readable. */
export const serializeOpenApi = (document: OpenApiDocument): string => `${JSON.stringify(document, null, 2)}\n`;
