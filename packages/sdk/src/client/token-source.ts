// The bearer token, from the host's getToken callback: asked for on every request, refreshed on a 401,
// with one refresh shared by every request that hit the 401 together.
import { ValidationError } from '../errors/index.js';

/** The host's token callback. `refresh: true` means the last token was refused: get a new one. */
export type GetToken = (context: {
  refresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

export interface TokenSnapshot {
  token: string | undefined;
  /** Which refresh the token predates: a 401 on an older token reuses a newer refresh instead of starting one. */
  generation: number;
}

// RFC 6750 allows fewer characters; this only keeps header-breaking ones (spaces, CR/LF, non-ASCII) out.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** A token the host gave, checked without ever putting its value in a message. */
function checkToken(token: unknown): string | undefined {
  if (token === null || token === undefined || token === '') return undefined;
  if (typeof token !== 'string' || !HEADER_SAFE.test(token)) {
    throw new ValidationError('getToken()', [
      { path: '', message: 'expected a string of visible ASCII characters (the token itself is not shown)' },
    ]);
  }
  return token;
}

export class TokenSource {
  private generation = 0;
  private refreshed: string | undefined;
  private refreshing: Promise<string | undefined> | undefined;

  constructor(private readonly getToken: GetToken | undefined) {}

  get canRefresh(): boolean {
    return this.getToken !== undefined;
  }

  async current(): Promise<TokenSnapshot> {
    const generation = this.generation;
    const token = this.getToken ? checkToken(await this.getToken({ refresh: false })) : undefined;
    return { token, generation };
  }

  /** A fresh token after a 401 on a token of `generation`; undefined when the host has none. */
  refresh(generation: number): Promise<string | undefined> {
    if (this.refreshing) return this.refreshing;
    if (generation !== this.generation) return Promise.resolve(this.refreshed);
    const getToken = this.getToken;
    if (!getToken) return Promise.resolve(undefined);
    const refreshing = Promise.resolve()
      .then(() => getToken({ refresh: true }))
      .then((token) => {
        this.refreshed = checkToken(token);
        this.generation += 1;
        return this.refreshed;
      });
    this.refreshing = refreshing;
    // A failed refresh is not remembered: the next 401 asks again.
    const settle = () => {
      if (this.refreshing === refreshing) this.refreshing = undefined;
    };
    refreshing.then(settle, settle);
    return refreshing;
  }
}
