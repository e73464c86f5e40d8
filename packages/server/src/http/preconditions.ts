// The contract's request headers: If-Match (optimistic concurrency), Idempotency-Key (safe retries) and
// Last-Event-ID (resuming a change stream). Kept by hand: a missing If-Match is a 428, not a 400.
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

/** `Last-Event-ID`: where a change stream resumes; absent or blank means from now (or `?since=`). */
export function lastEventId(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  if (!/^\d{1,15}$/.test(header.trim()))
    throw invalidInput('headers.last-event-id', 'must be a change sequence number');
  return Number(header.trim());
}
