// What one entry of the HTTP contract's route table says: method, path, the schemas of what goes in (path
// parameters, query, headers, body) and comes out (success bodies, the problems it may answer), who may call
// it, and its name. The SDK client, the reference server, the OpenAPI document and the contract tests all
// read these entries; nothing else lists the routes.
import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'POST';

/** Who may call a route: anyone (`public`), a token of role `viewer` or `editor`, or only `editor` (writes). */
export type RouteAccess = 'public' | 'viewer' | 'editor';

/** Problem statuses a route may answer besides 401, 429 and 500 (which every non-public route may). */
export type ProblemStatus = 400 | 403 | 404 | 413 | 415 | 422 | 428;

/**
 * Request headers with a meaning in the contract: `If-Match` (optimistic concurrency; missing → 428),
 * `Idempotency-Key` (a retried POST does its work once), `Last-Event-ID` (resume a change stream).
 */
export type ContractHeader = 'If-Match' | 'Idempotency-Key' | 'Last-Event-ID';

/** `'planId' | 'kpiId'` for `'/plans/{planId}/kpis/{kpiId}'`. */
export type ParamNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;
export type PathParams<T extends string> = { readonly [K in ParamNames<T>]: string };
export type ParamSchemas<T extends string> = { readonly [K in ParamNames<T>]: z.core.$ZodType<string> };

/** A success response that is a stream of server-sent events, each event's `data` one of `events`. */
export interface EventStream {
  readonly eventStream: readonly z.core.$ZodType[];
}

export interface ContractRoute<T extends string = string> {
  /** Unique; the OpenAPI operationId and the key of the server's handler. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Relative to the base path `/api/v1`, parameters in braces: `/plans/{planId}/kpis`. */
  readonly path: T;
  readonly access: RouteAccess;
  /** A schema for every `{placeholder}` of the path. */
  readonly params: ParamSchemas<T>;
  /** A strict object: an unknown query parameter is a 400. Numbers and booleans arrive as text and are read as such. */
  readonly query: z.core.$ZodObject;
  readonly headers?: readonly ContractHeader[];
  /** The JSON request body. */
  readonly body?: z.core.$ZodType;
  /** Success status → the body's schema. */
  readonly responses: { readonly [status: number]: z.core.$ZodType | EventStream };
  /** On 412 (a stale If-Match): the schema of the problem's `current`, the resource as it is now. */
  readonly current?: z.core.$ZodType;
  readonly problems: readonly ProblemStatus[];
}

/**
 * An entry of the table, checked against the shape and typed exactly: its path's parameters, and the schemas
 * of its query, body and responses, so a client or server using it gets the parsed types. Calls are marked
 * pure in the table, so a bundle keeps only the entries it uses.
 */
export function defineRoute<const T extends string, const R extends Omit<ContractRoute<T>, 'path' | 'params'>>(
  route: R & { readonly path: T; readonly params: ParamSchemas<T> },
): R & { readonly path: T; readonly params: ParamSchemas<T> } {
  return route;
}

/** `GET /plans/{planId}`: how errors name a call. */
export const subjectOf = (route: Pick<ContractRoute, 'method' | 'path'>): string => `${route.method} ${route.path}`;
