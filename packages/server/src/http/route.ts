// Registers one entry of the contract's route table (@plankit/sdk/contract) on the app: its role check, then
// validation of path parameters, contract headers, query and JSON body, in that order, each failure a 400
// naming the field (403, 415, 413 and 428 where those apply). The handler receives the parsed input only.
import { sValidator } from '@hono/standard-validator';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import type { ContractHeader, ContractRoute, ContractRoutes, ParamNames } from '@plankit/sdk/contract';
import * as z from 'zod/mini';
import type { AppEnv, ContractHeaders } from '../env.js';
import { requireEditor } from './auth.js';
import { jsonBody } from './body.js';
import { idempotencyKey, lastEventId, requiredVersion } from './preconditions.js';
import { invalidInput } from './problem.js';
import { validate } from './validation.js';
import { API_BASE } from '../routes/deps.js';

type Has<R extends ContractRoute, H extends ContractHeader> = R extends { headers: readonly (infer Named)[] }
  ? H extends Named
    ? true
    : false
  : false;

/** What a handler receives: the route's input, parsed by its schemas. */
export interface RouteInput<R extends ContractRoute> {
  params: { [K in ParamNames<R['path']>]: string };
  query: z.output<R['query']>;
  body: R extends { body: infer B extends z.core.$ZodType } ? z.output<B> : undefined;
  /** The version named by If-Match, for routes that require it. */
  version: Has<R, 'If-Match'> extends true ? number : undefined;
  /** Idempotency-Key, when the route takes one and the caller sent it. */
  idempotencyKey: Has<R, 'Idempotency-Key'> extends true ? string | null : undefined;
  /** Last-Event-ID, when the route takes one and the caller sent it. */
  lastEventId: Has<R, 'Last-Event-ID'> extends true ? number | undefined : undefined;
}

export type Handler<R extends ContractRoute> = (
  c: Context<AppEnv>,
  input: RouteInput<R>,
) => Response | Promise<Response>;

/** One handler per operation of the table: the compiler names any route without one. */
export type Handlers = { [R in ContractRoutes[number] as R['operationId']]: Handler<R> };

/** The path in Hono's syntax: `/plans/{planId}` → `/api/v1/plans/:planId`. */
export const honoPath = (path: string): string => API_BASE + path.replace(/\{(\w+)\}/g, ':$1');

/**
 * A failed validation as the contract's 400. The standard validator reports zod's issues without the values that
 * failed (zod keeps them only on request), so the value is parsed once more, reporting them: the field errors come
 * from those structured issues (code, path, keys, bounds), never from an English message.
 */
const failWith =
  (prefix: string, schema: z.core.$ZodType) =>
  (result: { success: boolean; data: unknown }): void => {
    if (result.success) return;
    validate(schema, result.data, prefix);
    throw invalidInput(prefix, 'invalid value');
  };

const unwrapOptional = (schema: z.core.$ZodType): z.core.$ZodType => {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType };
  return def.type === 'optional' && def.innerType !== undefined ? def.innerType : schema;
};

/**
 * The query as the schema expects it: query strings carry only text, so a field the schema types as a number
 * is read as one when the text is a plain decimal (else it stays text and fails with a clear message), a boolean
 * from `true`/`false`. A parameter given twice is a 400. Which fields to read how comes from the schema itself.
 */
export function queryReader(schema: z.core.$ZodObject): z.core.$ZodType {
  const kinds = Object.fromEntries(
    Object.entries(schema._zod.def.shape).map(([name, field]) => [name, unwrapOptional(field)._zod.def.type]),
  );
  const read = z.transform((input: unknown, ctx) => {
    const query: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(input as Record<string, string | string[]>)) {
      if (Array.isArray(value)) {
        ctx.issues.push({ code: 'custom', message: 'given more than once', input: value, path: [name] });
        continue;
      }
      const kind = kinds[name];
      if (kind === 'number') query[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      else if (kind === 'boolean') query[name] = value === 'true' ? true : value === 'false' ? false : value;
      else query[name] = value;
    }
    return query;
  });
  return z.pipe(read, schema);
}

/** Reads the contract headers a route declares, in a fixed order, before its query and body are looked at. */
function contractHeaders(names: readonly ContractHeader[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const headers: ContractHeaders = {};
    if (names.includes('If-Match')) headers.version = requiredVersion(c.req.header('if-match'));
    if (names.includes('Idempotency-Key')) headers.idempotencyKey = idempotencyKey(c.req.header('idempotency-key'));
    if (names.includes('Last-Event-ID')) {
      const seq = lastEventId(c.req.header('last-event-id'));
      if (seq !== undefined) headers.lastEventId = seq;
    }
    c.set('contractHeaders', headers);
    await next();
  };
}

/** The route's checks, in order: role, path parameters, contract headers, query, then the body. */
export function routeMiddleware(route: ContractRoute): MiddlewareHandler<AppEnv>[] {
  const params = z.strictObject(route.params);
  const query = queryReader(route.query);
  const checks: MiddlewareHandler<AppEnv>[] = [];
  if (route.access === 'editor') checks.push(requireEditor);
  checks.push(sValidator('param', params, failWith('params', params)));
  if (route.headers !== undefined && route.headers.length > 0) checks.push(contractHeaders(route.headers));
  checks.push(sValidator('query', query, failWith('query', query)));
  if (route.body !== undefined)
    checks.push(...jsonBody(), sValidator('json', route.body, failWith('body', route.body)));
  return checks;
}

interface Validated {
  valid(target: 'param' | 'query' | 'json'): unknown;
}

/** Registers `route` with its checks in front of `handler`. */
export function registerRoute<R extends ContractRoute>(app: Hono<AppEnv>, route: R, handler: Handler<R>): void {
  const hasBody = route.body !== undefined;
  app.on(route.method, honoPath(route.path), every(...routeMiddleware(route)), (c: Context<AppEnv>) => {
    const request = c.req as unknown as Validated;
    const headers = c.get('contractHeaders') ?? {};
    const input = {
      params: request.valid('param'),
      query: request.valid('query'),
      body: hasBody ? request.valid('json') : undefined,
      version: headers.version,
      idempotencyKey:
        route.headers?.includes('Idempotency-Key') === true ? (headers.idempotencyKey ?? null) : undefined,
      lastEventId: headers.lastEventId,
    } as RouteInput<R>;
    return handler(c, input);
  });
}
