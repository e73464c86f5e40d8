// Public entry of @plankit/server: start a server (used by main.ts and the tests) or build the app yourself.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { generateDemoTokens, type TokenGrant } from './auth/tokens.js';
import { DEFAULT_GRIDS, DEFAULT_HOST, DEFAULT_RETAILERS, DEFAULT_SEED } from './config.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty, type PlanData } from './db/seed.js';

export { createApp, type AppOptions } from './app.js';
export { loadConfig, ConfigError, CONFIG_VARIABLES, type ServerConfig } from './config.js';
export { openDatabase } from './db/database.js';
export { seedIfEmpty, PlanData } from './db/seed.js';
export { generateDemoTokens, parseTokenList, type Role, type TokenGrant } from './auth/tokens.js';
export { buildOpenApiDocument, serializeOpenApi, type OpenApiDocument } from './openapi.js';

export interface StartOptions {
  /** Default 0 here (a free port); the CLI defaults to 8787. */
  port?: number;
  host?: string;
  /** Default `:memory:` here; the CLI defaults to ./plankit.db. */
  dbPath?: string;
  /** Null or absent: generate demo tokens and serve POST /demo/session. */
  tokens?: readonly TokenGrant[] | null;
  /** Serve POST /demo/session; defaults to true exactly when tokens were generated. */
  demoSessions?: boolean;
  corsOrigins?: readonly string[];
  seed?: string;
  /** The plan to seed an empty database with; the 2020 plan of X county when absent. */
  planData?: PlanData;
  grids?: number;
  retailers?: number;
  rateLimit?: number;
  /** A pinned clock; null or absent means real time. */
  now?: Date | null;
  log?: (line: string) => void;
  /** The change stream's settings (log size, heartbeat, poll interval, streams per token). */
  changes?: AppOptions['changes'];
}

export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  port: number;
  /** Whether this start seeded the database (false when it already held data). */
  seeded: boolean;
  /** Migration versions applied by this start. */
  migrationsApplied: number[];
  /** Stop accepting connections, let requests in flight finish, then close the database. */
  close(): Promise<void>;
}

/** How long close() waits for requests in flight before cutting connections. */
const DRAIN_MS = 5000;

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const pinned = options.now ?? null;
  const now = pinned === null ? () => new Date() : () => new Date(pinned.getTime());
  const given = options.tokens ?? null;
  const generated = given === null;
  const tokens = given ?? generateDemoTokens();
  const { db, migrations } = openDatabase(options.dbPath ?? ':memory:');
  let seeded: boolean;
  try {
    seeded = seedIfEmpty(db, {
      seed: options.seed ?? DEFAULT_SEED,
      ...(options.planData === undefined ? {} : { planData: options.planData }),
      grids: options.grids ?? DEFAULT_GRIDS,
      retailers: options.retailers ?? DEFAULT_RETAILERS,
      now: now(),
    }).seeded;
  } catch (error) {
    db.close();
    throw error;
  }

  // Aborted by close(): open change streams end, so the server does not wait DRAIN_MS for them.
  const shutdown = new AbortController();
  const app = createApp({
    db,
    signal: shutdown.signal,
    ...(options.changes === undefined ? {} : { changes: options.changes }),
    tokens,
    corsOrigins: options.corsOrigins ?? [],
    demoSessions: options.demoSessions ?? generated,
    rateLimit: options.rateLimit ?? 0,
    now,
    ...(options.log === undefined ? {} : { log: options.log }),
  });

  const host = options.host ?? DEFAULT_HOST;
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve(
      // Keep Node's own Request/Response: the adapter's global override would leak into the host process.
      { fetch: app.fetch, port: options.port ?? 0, hostname: host, overrideGlobalObjects: false },
      () => resolve(started as Server),
    );
    started.once('error', (error) => {
      db.close();
      reject(error);
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      shutdown.abort();
      const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      force.unref();
      server.close((error) => {
        clearTimeout(force);
        try {
          db.close();
        } catch (closeError) {
          reject(closeError);
          return;
        }
        if (error !== undefined) reject(error);
        else resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };

  return { url: `http://${urlHost(host)}:${port}`, port, seeded, migrationsApplied: migrations.applied, close };
}

/** A host as it appears in a URL: wildcard addresses become loopback, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
