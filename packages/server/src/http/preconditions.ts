// Request headers that guard writes: If-Match (optimistic concurrency) and Idempotency-Key (safe retries).
import { ProblemError, PROBLEM_TYPES, invalidInput } from './problem.js';

/**
 * The version named by `If-Match`: `"3"`, `3`, or the weak `W/"3"` (a proxy may weaken ETags;
 * versions are exact either way). Missing → 428; anything else (`*`, lists, junk) → 400.
 */
export function requiredVersion(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new ProblemError({
      status: 428,
      type: PROBLEM_TYPES.preconditionRequired,
      detail: 'send If-Match: "<version>" with the version you last read, so a concurrent change is not overwritten',
    });
  }
  const match = /^\s*(?:W\/)?"?([1-9]\d{0,14})"?\s*$/.exec(header);
  const text = match?.[1];
  if (text === undefined || /^\s*(?:W\/)?"\d+\s*$|^\s*\d+"\s*$/.test(header)) {
    throw invalidInput('headers.if-match', 'expected one version, such as "3"');
  }
  return Number(text);
}

/** The strong ETag of a version, as sent in `ETag` and expected back in `If-Match`. */
export const etagOf = (version: number): string => `"${version}"`;

/** `Idempotency-Key`: optional; when sent, 1–200 visible ASCII characters. */
export function idempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(header)) {
    throw invalidInput('headers.idempotency-key', 'expected 1–200 visible ASCII characters');
  }
  return header;
}
