// The bearer token, from the host's getToken callback. ky has no notion of tokens, so this is kept by hand:
// a 401 refreshes once (every request that hit it shares that one refresh), and a token that says when it
// expires is reused until shortly before then and refreshed once, before any request would carry it stale.
import { ValidationError } from '../errors/index.js';

/** A token, or a token with the instant it expires (ms since the epoch, or a Date). */
export type TokenValue = string | { token: string; expiresAt: number | Date } | null | undefined;

/**
 * The host's token callback. `refresh: true` asks for a new token, not the last one: it was refused (401)
 * or is about to expire. A plain string is asked for again on every request; a `{ token, expiresAt }` is
 * kept and reused until {@link TOKEN_REFRESH_MARGIN} ms before `expiresAt`.
 */
export type GetToken = (context: { refresh: boolean }) => TokenValue | Promise<TokenValue>;

/** How long before `expiresAt` a token is refreshed, in ms. */
export const TOKEN_REFRESH_MARGIN = 30_000;

/** What a request's beforeRequest hook and its 401 handling share. */
export interface AuthState {
  /** A token to send as is (the one a 401 refresh gave). */
  token?: string | undefined;
  /** Which refresh the token sent predates: a 401 on an older token reuses a newer refresh instead of starting one. */
  generation?: number;
}

// RFC 6750 allows fewer characters; this only keeps header-breaking ones (spaces, CR/LF, non-ASCII) out.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

function refuse(path: string, message: string): ValidationError {
  return new ValidationError('getToken()', [{ path, message, code: 'invalid_type' }]);
}

interface Token {
  token: string | undefined;
  /** ms since the epoch; undefined for a token without an expiry. */
  expiresAt: number | undefined;
}

/** A token the host gave, checked without ever putting its value in a message. */
function checkToken(value: unknown): Token {
  if (value === null || value === undefined || value === '') return { token: undefined, expiresAt: undefined };
  let token: unknown = value;
  let expiresAt: number | undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as { token?: unknown; expiresAt?: unknown };
    token = record.token;
    const expiry = record.expiresAt instanceof Date ? record.expiresAt.getTime() : record.expiresAt;
    if (typeof expiry !== 'number' || !Number.isFinite(expiry))
      throw refuse('expiresAt', 'expected the expiry as ms since the epoch or a Date');
    expiresAt = expiry;
  }
  if (typeof token !== 'string' || !HEADER_SAFE.test(token))
    throw refuse(
      expiresAt === undefined ? '' : 'token',
      'expected a string of visible ASCII characters (the token itself is not shown)',
    );
  return { token, expiresAt };
}

export class TokenSource {
  private generation = 0;
  /** The last token that came with an expiry, reused until shortly before it. */
  private kept: Token | undefined;
  private refreshed: string | undefined;
  private refreshing: Promise<string | undefined> | undefined;

  constructor(
    private readonly getToken: GetToken | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  get canRefresh(): boolean {
    return this.getToken !== undefined;
  }

  /** The token for a new request; records in `state` which refresh it predates. */
  async current(state: AuthState): Promise<string | undefined> {
    state.generation = this.generation;
    const { getToken, kept } = this;
    if (!getToken) return undefined;
    if (kept?.expiresAt !== undefined) {
      if (this.now() < kept.expiresAt - TOKEN_REFRESH_MARGIN) return kept.token;
      // About to expire: one refresh, shared by every request that needs a token meanwhile.
      const token = await this.refresh(this.generation);
      state.generation = this.generation;
      return token;
    }
    const read = checkToken(await getToken({ refresh: false }));
    if (read.expiresAt !== undefined) this.kept = read;
    return read.token;
  }

  /** A fresh token after a 401 on a token of `generation` (or before expiry); undefined when the host has none. */
  refresh(generation: number | undefined): Promise<string | undefined> {
    if (this.refreshing) return this.refreshing;
    if (generation !== this.generation) return Promise.resolve(this.refreshed);
    const getToken = this.getToken;
    if (!getToken) return Promise.resolve(undefined);
    const refreshing = Promise.resolve()
      .then(() => getToken({ refresh: true }))
      .then((value) => {
        const read = checkToken(value);
        this.kept = read.expiresAt === undefined ? undefined : read;
        this.refreshed = read.token;
        this.generation += 1;
        return read.token;
      });
    this.refreshing = refreshing;
    // A failed refresh is not remembered: the next request or 401 asks again.
    const settle = () => {
      if (this.refreshing === refreshing) this.refreshing = undefined;
    };
    refreshing.then(settle, settle);
    return refreshing;
  }
}
