// The OpenAPI 3.1 document of the HTTP contract, generated from the SDK's route table and zod schemas (never
// written by hand): one operation per entry of ROUTES, its prose from the table's OPERATION_DOCS.
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
  ChangeReload,
  Retailer,
  Session,
  Task,
  TaskPatch,
  TaskStatus,
  TierBandId,
  TierSummary,
} from '@plankit/sdk/schemas';
import {
  GridItemList,
  KpiList,
  OPERATION_DOCS,
  PATH_PARAM_DOCS,
  PlanList,
  RetailerPage,
  ROUTES,
  TAG_DOCS,
  TaskList,
  type ContractHeader,
  type ContractRoute,
  type EventStream,
  type OperationDocs,
  type OperationId,
  type ProblemStatus,
} from '@plankit/sdk/contract';
import { MAX_BODY_BYTES } from './http/body.js';
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

/** Response schemas by component name: the route table's bodies are named here. */
const OUTPUT_SCHEMAS: Record<string, Schema> = {
  ...SHARED,
  LocalizedText,
  Session,
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
  PlanList,
  KpiList,
  TaskList,
  GridItemList,
  RetailerPage,
};

/** Request bodies by component name, described as the server accepts them (`io: 'input'`). */
const INPUT_SCHEMAS: Record<string, Schema> = { ...SHARED, MeasurementInput, TaskPatch, GridItemInput, GridItemPatch };

function componentSchemas(): Record<string, JsonSchema> {
  const outputs = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(OUTPUT_SCHEMAS)) outputs.add(schema, { id });
  const inputs = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(INPUT_SCHEMAS)) inputs.add(schema, { id });

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

  // Path parameters are components, one per name (`planId` → PlanId): the same name means the same on every route.
  const parameterName = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  const pathParameters: Record<string, Parameter> = {};
  for (const route of ROUTES) {
    for (const [name, schema] of Object.entries(route.params)) {
      const description = PATH_PARAM_DOCS[name];
      if (description === undefined) throw new Error(`OpenAPI: path parameter ${name} has no entry in PATH_PARAM_DOCS`);
      pathParameters[parameterName(name)] ??= path(name, schema, description);
    }
  }
  const parameters: Record<string, Parameter> = {
    ...pathParameters,
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
  const byStatus: Record<ProblemStatus | 401 | 429 | 500, keyof typeof responses> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    413: 'ContentTooLarge',
    415: 'UnsupportedMediaType',
    422: 'UnprocessableContent',
    428: 'PreconditionRequired',
    429: 'TooManyRequests',
    500: 'InternalError',
  };
  /** The route's problem statuses and, on every route that needs a token, 401, 429 and 500; public ones: 500. */
  const errorsOf = (problems: readonly ProblemStatus[], always: readonly (401 | 429 | 500)[] = [401, 429, 500]) =>
    Object.fromEntries(
      [...new Set([...problems, ...always])]
        .sort((a, b) => a - b)
        .map((status) => [String(status), { $ref: `#/components/responses/${byStatus[status]}` }]),
    );
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

  const schemaName = (schema: unknown, names: Record<string, Schema>): string => {
    const name = Object.entries(names).find(([, named]) => named === schema)?.[0];
    if (name === undefined) throw new Error('OpenAPI: a schema of the route table has no component name');
    return name;
  };
  const headerParameters: Record<ContractHeader, unknown> = {
    'If-Match': use('IfMatch'),
    'Idempotency-Key': use('IdempotencyKey'),
    'Last-Event-ID': {
      name: 'Last-Event-ID',
      in: 'header',
      required: false,
      description: 'The `id` of the last event received: resume after it.',
      schema: { type: 'string', pattern: '^\\d{1,15}$' },
    },
  };
  const outputSchema = (schema: Schema): JsonSchema => clean(z.toJSONSchema(schema, { io: 'output' }) as JsonSchema);
  const success = (route: ContractRoute, schema: Schema | EventStream, description: string) => {
    if ('eventStream' in schema) {
      return {
        description,
        content: {
          'text/event-stream': {
            schema: { type: 'string' },
            itemSchema: { oneOf: schema.eventStream.map((event) => ref(schemaName(event, OUTPUT_SCHEMAS))) },
          },
        },
      };
    }
    const headers = route.headers ?? [];
    const versioned = headers.includes('If-Match') || headers.includes('Idempotency-Key');
    const name = Object.entries(OUTPUT_SCHEMAS).find(([, named]) => named === schema)?.[0];
    return {
      description,
      content: { 'application/json': { schema: name === undefined ? outputSchema(schema) : ref(name) } },
      ...(versioned
        ? {
            headers: {
              ...etag,
              ...(headers.includes('Idempotency-Key')
                ? { 'Idempotent-Replayed': { $ref: '#/components/headers/Idempotent-Replayed' } }
                : {}),
            },
          }
        : {}),
    };
  };

  const operation = (route: ContractRoute) => {
    const docs: OperationDocs = OPERATION_DOCS[route.operationId as OperationId];
    const parameters = [
      ...[...route.path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => use(parameterName(name))),
      ...Object.entries(route.query._zod.def.shape).map(([name, schema]) =>
        query(name, schema, docs.query?.[name] ?? ''),
      ),
      ...(route.headers ?? []).map((header) => headerParameters[header]),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.responses))
      responses[status] = success(route, schema, docs.responses?.[Number(status)] ?? docs.summary);
    if (route.current !== undefined) responses['412'] = stale(schemaName(route.current, OUTPUT_SCHEMAS));
    Object.assign(responses, route.access === 'public' ? errorsOf([], [500]) : errorsOf(route.problems));
    return {
      operationId: route.operationId,
      tags: [docs.tag],
      summary: docs.summary,
      ...(docs.description === undefined ? {} : { description: docs.description }),
      ...(route.access === 'public' ? { security: [] } : {}),
      ...(parameters.length === 0 ? {} : { parameters }),
      ...(route.body === undefined ? {} : { requestBody: body(schemaName(route.body, INPUT_SCHEMAS)) }),
      responses,
    };
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);

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
    tags: Object.entries(TAG_DOCS).map(([name, description]) => ({ name, description })),
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
