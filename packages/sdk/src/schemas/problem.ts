// RFC 9457 problem details: every error response of the HTTP contract.
import * as z from 'zod/mini';

export const ProblemFieldError = z.object({
  /** Where the input was wrong, e.g. `body.progress` or `query.limit`. */
  path: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(ProblemFieldError)),
  /** On 412: the resource as it is now, so the caller can merge and retry. */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;
