// Safe URL paths: a route template whose every parameter is validated against its schema (Id, Period)
// and percent-encoded before any request. User input is never concatenated into a URL.
import * as z from 'zod/mini';
import { toValidationIssues, ValidationError } from '../errors/index.js';

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'POST';

/** `'planId' | 'kpiId'` for `'/plans/{planId}/kpis/{kpiId}'`. */
export type ParamNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;
export type PathParams<T extends string> = { readonly [K in ParamNames<T>]: string };
export type ParamSchemas<T extends string> = { readonly [K in ParamNames<T>]: z.core.$ZodType<string> };

export interface Route<T extends string = string> {
  readonly method: HttpMethod;
  readonly template: T;
  /** `GET /plans/{planId}`: what argument errors name. */
  readonly subject: string;
  /** The filled-in path, e.g. `/plans/2020/kpis`; a ValidationError (path `params.planId`) for a bad parameter. */
  path(params: PathParams<T>): string;
}

export function route<const T extends string>(method: HttpMethod, template: T, schemas: ParamSchemas<T>): Route<T> {
  const subject = `${method} ${template}`;
  const lookup = (record: object, name: string): unknown => (record as Record<string, unknown>)[name];
  return {
    method,
    template,
    subject,
    path: (params) =>
      template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
        const schema = lookup(schemas, name) as z.core.$ZodType<string>;
        const result = z.safeParse(schema, lookup(params, name), { reportInput: true });
        if (!result.success)
          throw new ValidationError(subject, toValidationIssues(result.error.issues, ['params', name]));
        return encodeURIComponent(result.data);
      }),
  };
}
