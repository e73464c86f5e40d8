// Safe URL paths: a route of the contract's table whose every path parameter is validated against its schema
// (Id, Period) and percent-encoded before any request. User input is never concatenated into a URL.
import * as z from 'zod/mini';
import {
  subjectOf,
  type ContractRoute,
  type HttpMethod,
  type ParamSchemas,
  type PathParams,
} from '../contract/route.js';
import { toValidationIssues, ValidationError } from '../errors/index.js';

export type { PathParams };

export interface Route<T extends string = string> {
  readonly method: HttpMethod;
  readonly template: T;
  /** `GET /plans/{planId}`: what argument errors name. */
  readonly subject: string;
  /** The filled-in path, e.g. `/plans/2020/kpis`; a ValidationError (path `params.planId`) for a bad parameter. */
  path(params: PathParams<T>): string;
}

/** The client's view of a table entry (`@plankit/sdk/contract`): its method, its path and how to fill it in. */
export function route<const T extends string>(entry: Pick<ContractRoute<T>, 'method' | 'path' | 'params'>): Route<T> {
  const { method, path: template } = entry;
  const schemas: ParamSchemas<T> = entry.params;
  const subject = subjectOf(entry);
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
