// Writes under optimistic concurrency: the caller names the version its change is based on, sent as If-Match.
import * as z from 'zod/mini';
import { checkArgument } from '../arguments.js';
import type { RequestOptions } from '../transport.js';

const Version = z.int().check(z.gte(1));

export interface VersionedWriteOptions extends RequestOptions {
  /** The `version` of the resource the change is based on; a newer one on the server raises PreconditionFailedError. */
  version: number;
}

/** The If-Match header for `options.version` (a ValidationError at `options.version` when it is not one). */
export function ifMatch(options: VersionedWriteOptions | undefined, subject: string): { 'If-Match': string } {
  return { 'If-Match': `"${checkArgument(Version, options?.version, subject, 'options.version')}"` };
}
