// Who the bearer token is (GET /session): what a client may offer its user before it tries a write.
import * as z from 'zod/mini';

/** `viewer` reads; `editor` reads and writes. A write with a viewer's token is a 403. */
export const SessionRole = z.enum(['viewer', 'editor']);
export type SessionRole = z.infer<typeof SessionRole>;

/** The session of the token that asked: its role. */
export const Session = z.object({
  role: SessionRole,
});
export type Session = z.infer<typeof Session>;
