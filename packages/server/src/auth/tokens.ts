// Bearer tokens and their roles: parsing PLANKIT_TOKENS, generating demo tokens, and looking tokens up.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type Role = 'viewer' | 'editor';
export const ROLES: readonly Role[] = ['viewer', 'editor'];

export interface TokenGrant {
  token: string;
  role: Role;
}

/** RFC 6750 `b64token` syntax, with a length that makes guessing hopeless for real deployments. */
const TOKEN_SYNTAX = /^[A-Za-z0-9\-._~+/]+=*$/;
const MIN_TOKEN_LENGTH = 8;
const MAX_TOKEN_LENGTH = 512;

export type TokenListResult = { ok: true; grants: TokenGrant[] } | { ok: false; problems: string[] };

/** Parse `token:role,token:role`. Every problem is reported, never the token itself. */
export function parseTokenList(text: string): TokenListResult {
  const problems: string[] = [];
  const grants: TokenGrant[] = [];
  const seen = new Set<string>();
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) problems.push('expected at least one token:role pair');
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const colon = entry.lastIndexOf(':');
    if (colon <= 0) {
      problems.push(`${where}: expected token:role`);
      return;
    }
    const token = entry.slice(0, colon);
    const role = entry.slice(colon + 1);
    if (!isRole(role)) {
      problems.push(`${where}: role must be one of ${ROLES.join(', ')}, received ${JSON.stringify(role)}`);
      return;
    }
    if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) {
      problems.push(`${where}: a token must have ${MIN_TOKEN_LENGTH}–${MAX_TOKEN_LENGTH} characters`);
      return;
    }
    if (!TOKEN_SYNTAX.test(token)) {
      problems.push(`${where}: a token may contain only letters, digits and - . _ ~ + / (then = padding)`);
      return;
    }
    if (seen.has(token)) {
      problems.push(`${where}: the same token is listed twice`);
      return;
    }
    seen.add(token);
    grants.push({ token, role });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, grants };
}

export function isRole(value: unknown): value is Role {
  return value === 'viewer' || value === 'editor';
}

/** One random token per role, for a demo that runs without configuration. */
export function generateDemoTokens(): TokenGrant[] {
  return ROLES.map((role) => ({ role, token: `demo-${role}-${randomBytes(18).toString('base64url')}` }));
}

const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/**
 * Looks tokens up by their SHA-256 digest and compares digests in constant time,
 * so neither the lookup nor the comparison reveals how much of a guess was right.
 */
export class TokenRegistry {
  readonly #byDigest = new Map<string, { digest: Buffer; role: Role }>();
  readonly #grants: readonly TokenGrant[];

  constructor(grants: readonly TokenGrant[]) {
    this.#grants = grants;
    for (const grant of grants) {
      const hash = digest(grant.token);
      this.#byDigest.set(hash.toString('hex'), { digest: hash, role: grant.role });
    }
  }

  /** The role of `token`, or null when it is unknown. */
  roleOf(token: string): Role | null {
    const hash = digest(token);
    const entry = this.#byDigest.get(hash.toString('hex'));
    return entry !== undefined && timingSafeEqual(entry.digest, hash) ? entry.role : null;
  }

  /** The first token with `role` (the demo-session endpoint hands these out). */
  tokenFor(role: Role): string | null {
    return this.#grants.find((grant) => grant.role === role)?.token ?? null;
  }
}
