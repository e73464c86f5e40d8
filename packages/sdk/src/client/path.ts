// The client's view of a route of the contract's table: its method, its success body's schema, and a safe URL
// path whose every parameter is validated against its schema (Id, Period) and percent-encoded before any
// request. User input is never concatenated into a URL.
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

export interface Route<T extends string = string, S = unknown> {
  readonly method: HttpMethod;
  readonly template: T;
  /** `GET /plans/{planId}`: what argument errors name. */
  readonly subject: string;
  /** The success body's schema (every route of the table has one success response). */
  readonly response: S;
  /** On 412: the schema of the problem's `current`, the resource as it is now. */
  readonly current?: z.core.$ZodType | undefined;
  /** The filled-in path, e.g. `/plans/2020/kpis`; a ValidationError (path `params.planId`) for a bad parameter. */
  path(params: PathParams<T>): string;
}

type SuccessOf<E extends ContractRoute> = E['responses'][keyof E['responses']];

/** The client's view of a table entry (`@plankit/sdk/contract`). */
export function route<const E extends ContractRoute>(entry: E): Route<E['path'], SuccessOf<E>> {
  type T = E['path'];
  const { method, path: template } = entry;
  const schemas: ParamSchemas<T> = entry.params;
  const subject = subjectOf(entry);
  const lookup = (record: object, name: string): unknown => (record as Record<string, unknown>)[name];
  return {
    method,
    template,
    subject,
    response: Object.values(entry.responses)[0] as SuccessOf<E>,
    current: entry.current,
    path: (params: PathParams<T>) =>
      template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
        const schema = lookup(schemas, name) as z.core.$ZodType<string>;
        const result = z.safeParse(schema, lookup(params, name), { reportInput: true });
        if (!result.success)
          throw new ValidationError(subject, toValidationIssues(result.error.issues, ['params', name]));
        return encodeURIComponent(result.data);
      }),
  };
}
