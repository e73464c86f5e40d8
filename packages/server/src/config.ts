// Server configuration from environment variables: parsed, checked and documented in one place.
import { resolve } from 'node:path';
import { parseTokenList, type TokenGrant } from './auth/tokens.js';

/** Everything the server needs to start. `tokens` is null when demo tokens should be generated. */
export interface ServerConfig {
  port: number;
  host: string;
  /** A file path, or `:memory:`. */
  dbPath: string;
  tokens: TokenGrant[] | null;
  corsOrigins: string[];
  seed: string;
  grids: number;
  retailers: number;
  /** Requests per minute per token; 0 turns rate limiting off. */
  rateLimit: number;
  /** A pinned clock for demos and tests (ISO 8601); null means the real time. */
  now: Date | null;
}

/** One documented variable: what it is, its default, and how to parse it. */
interface Variable {
  name: string;
  description: string;
  defaultText: string;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SEED = '2020';
export const DEFAULT_GRIDS = 80;
export const DEFAULT_RETAILERS = 4000;
export const DEFAULT_RATE_LIMIT = 1200;

/** The variables, in the order docs/server.md lists them. Exported so the docs test can compare. */
export const CONFIG_VARIABLES: readonly Variable[] = [
  {
    name: 'PORT',
    description: 'TCP port; 0 picks a free one (the URL is printed either way).',
    defaultText: String(DEFAULT_PORT),
  },
  { name: 'HOST', description: 'Interface to listen on.', defaultText: DEFAULT_HOST },
  {
    name: 'PLANKIT_DB',
    description: 'SQLite file path, or `:memory:` for a throw-away database.',
    defaultText: './plankit.db',
  },
  {
    name: 'PLANKIT_TOKENS',
    description: 'Bearer tokens and their roles: `token:role,token:role` (roles `viewer`, `editor`).',
    defaultText: 'unset: random demo tokens, printed at start',
  },
  {
    name: 'PLANKIT_CORS_ORIGINS',
    description: 'Comma-separated origins allowed to call the API from a browser.',
    defaultText: 'unset: CORS off',
  },
  {
    name: 'PLANKIT_SEED',
    description: 'Seed of the synthetic county generated on first start.',
    defaultText: DEFAULT_SEED,
  },
  {
    name: 'PLANKIT_GRIDS',
    description: 'Number of grids generated on first start (1–2000).',
    defaultText: String(DEFAULT_GRIDS),
  },
  {
    name: 'PLANKIT_RETAILERS',
    description: 'Number of retailers generated on first start (0–200000).',
    defaultText: String(DEFAULT_RETAILERS),
  },
  {
    name: 'PLANKIT_RATE_LIMIT',
    description: 'Requests per minute per token before 429; 0 turns it off.',
    defaultText: String(DEFAULT_RATE_LIMIT),
  },
  {
    name: 'PLANKIT_NOW',
    description: 'Pin the server clock (ISO 8601 date-time), for demos and tests.',
    defaultText: 'unset: real time',
  },
];

/** Raised with every problem found, so one run shows them all. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Read the configuration from `env`; throws a ConfigError listing every invalid variable. */
export function loadConfig(env: Env, cwd: string = process.cwd()): ServerConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const text = read(name);
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text)) {
      problems.push(`${name}: expected a whole number, received ${JSON.stringify(text)}`);
      return fallback;
    }
    const value = Number(text);
    if (value < min || value > max) {
      problems.push(`${name}: expected a number from ${min} to ${max}, received ${text}`);
      return fallback;
    }
    return value;
  };

  const port = integer('PORT', DEFAULT_PORT, 0, 65535);
  const host = read('HOST') ?? DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:_-]+$/.test(host))
    problems.push(`HOST: expected a host name or IP address, received ${JSON.stringify(host)}`);

  const dbText = read('PLANKIT_DB');
  const dbPath =
    dbText === undefined ? resolve(cwd, 'plankit.db') : dbText === ':memory:' ? ':memory:' : resolve(cwd, dbText);

  let tokens: TokenGrant[] | null = null;
  const tokenText = read('PLANKIT_TOKENS');
  if (tokenText !== undefined) {
    const parsed = parseTokenList(tokenText);
    if (parsed.ok) tokens = parsed.grants;
    else problems.push(...parsed.problems.map((problem) => `PLANKIT_TOKENS: ${problem}`));
  }

  const corsOrigins: string[] = [];
  const corsText = read('PLANKIT_CORS_ORIGINS');
  if (corsText !== undefined) {
    for (const origin of corsText
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const normalized = normalizeOrigin(origin);
      if (normalized === null)
        problems.push(`PLANKIT_CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin like https://intranet.example`);
      else corsOrigins.push(normalized);
    }
  }

  const seed = read('PLANKIT_SEED') ?? DEFAULT_SEED;
  if (seed.length > 100) problems.push('PLANKIT_SEED: expected at most 100 characters');
  const grids = integer('PLANKIT_GRIDS', DEFAULT_GRIDS, 1, 2000);
  const retailers = integer('PLANKIT_RETAILERS', DEFAULT_RETAILERS, 0, 200_000);
  const rateLimit = integer('PLANKIT_RATE_LIMIT', DEFAULT_RATE_LIMIT, 0, 1_000_000);

  let now: Date | null = null;
  const nowText = read('PLANKIT_NOW');
  if (nowText !== undefined) {
    const parsed = new Date(nowText);
    if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(nowText) || Number.isNaN(parsed.getTime())) {
      problems.push(
        `PLANKIT_NOW: expected an ISO 8601 date-time such as 2020-09-30T09:00:00Z, received ${JSON.stringify(nowText)}`,
      );
    } else now = parsed;
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return { port, host, dbPath, tokens, corsOrigins, seed, grids, retailers, rateLimit, now };
}

/** `https://a.example/` → `https://a.example`; null for anything that is not a bare http(s) origin. */
function normalizeOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
      return null;
    return url.origin;
  } catch {
    return null;
  }
}
