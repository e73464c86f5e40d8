// Builds the Hono app: middleware order, the contract's routes, the demo page and uniform problem errors.
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { TokenRegistry, type TokenGrant } from './auth/tokens.js';
import type { AppEnv } from './env.js';
import { authenticate } from './http/auth.js';
import { jsonResponse } from './http/json.js';
import { ProblemError, PROBLEM_TYPES, problemResponse } from './http/problem.js';
import { rateLimit } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi.js';
import { ChangeFeed } from './services/change-feed.js';
import { appendChange, DEFAULT_CHANGE_LOG_SIZE } from './store/changes.js';
import { registerChangeRoutes } from './routes/changes.js';
import { registerDemoRoutes } from './routes/demo.js';
import { API_BASE, type RouteDeps } from './routes/deps.js';
import { registerGridRoutes } from './routes/grids.js';
import { registerItemRoutes } from './routes/items.js';
import { registerKpiRoutes } from './routes/kpis.js';
import { registerPlanRoutes } from './routes/plans.js';
import { registerRetailerRoutes } from './routes/retailers.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerStaticRoutes } from './routes/static.js';
import { registerTaskRoutes } from './routes/tasks.js';

export interface AppOptions {
  /** An open, migrated and seeded database (see openDatabase and seedIfEmpty). */
  db: Database;
  tokens: readonly TokenGrant[];
  /** Origins allowed to call the API from a browser; empty turns CORS off. */
  corsOrigins?: readonly string[];
  /** Serve POST /demo/session (only with generated demo tokens). */
  demoSessions?: boolean;
  /** Requests per minute per token; 0 or absent turns the limit off. */
  rateLimit?: number;
  /** The clock; tests and demos may pin it. */
  now?: () => Date;
  /** Receives one line per request and one per unexpected error. Never headers or tokens. */
  log?: (line: string) => void;
  /** Aborting it ends every open change stream, so the server can close. */
  signal?: AbortSignal;
  /** The change stream's settings; see routes/changes.ts for the defaults. */
  changes?: {
    /** Changes the log keeps (default 10 000); a client further behind is told to reload. */
    logSize?: number;
    heartbeatMs?: number;
    pollMs?: number;
    streamsPerToken?: number;
  };
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = options.now ?? (() => new Date());
  const log = options.log;
  const tokens = new TokenRegistry(options.tokens);
  const feed = new ChangeFeed();
  if (options.signal?.aborted === true) feed.close();
  options.signal?.addEventListener('abort', () => feed.close(), { once: true });
  const logSize = options.changes?.logSize ?? DEFAULT_CHANGE_LOG_SIZE;
  const deps: RouteDeps = {
    db: options.db,
    now,
    recordChange: (change) => appendChange(options.db, change, now(), logSize),
    changesCommitted: () => feed.notify(),
  };

  if (log !== undefined) app.use('*', requestLog(log));
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          {
            status: 405,
            type: PROBLEM_TYPES.methodNotAllowed,
            detail: `${c.req.method} is not allowed here; allowed: ${methods.join(', ')}`,
            headers: { Allow: methods.join(', ') },
          },
          c.req.path,
        ),
    }),
  );
  if (options.corsOrigins !== undefined && options.corsOrigins.length > 0) {
    app.use(
      `${API_BASE}/*`,
      cors({
        origin: [...options.corsOrigins],
        allowMethods: ['GET', 'HEAD', 'PUT', 'POST', 'PATCH'],
        allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'Last-Event-ID'],
        exposeHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed', 'WWW-Authenticate'],
        maxAge: 600,
      }),
    );
  }

  // The document is public (registered before authentication) and built once, on first request.
  let openApi: Promise<OpenApiDocument> | undefined;
  app.get(`${API_BASE}/openapi.json`, async () => {
    openApi ??= buildOpenApiDocument();
    return jsonResponse(await openApi, 200, { 'Cache-Control': 'no-cache' });
  });

  app.use(`${API_BASE}/*`, authenticate(tokens), rateLimit(options.rateLimit ?? 0, now));
  registerSessionRoutes(app);
  registerPlanRoutes(app, deps);
  registerKpiRoutes(app, deps);
  registerTaskRoutes(app, deps);
  registerGridRoutes(app, deps);
  registerItemRoutes(app, deps);
  registerRetailerRoutes(app, deps);
  registerChangeRoutes(app, deps, {
    feed,
    heartbeatMs: options.changes?.heartbeatMs ?? 15_000,
    pollMs: options.changes?.pollMs ?? 1_000,
    streamsPerToken: options.changes?.streamsPerToken ?? 16,
  });

  registerStaticRoutes(app);
  if (options.demoSessions === true) registerDemoRoutes(app, tokens);

  app.notFound((c) =>
    problemResponse(
      { status: 404, type: PROBLEM_TYPES.notFound, detail: `nothing at ${c.req.method} ${c.req.path}` },
      c.req.path,
    ),
  );

  app.onError((error, c) => {
    const instance = c.req.path;
    if (error instanceof ProblemError) return problemResponse(error.init, instance);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(
        { status: error.status, type: PROBLEM_TYPES.invalidInput, detail: error.message || 'invalid request' },
        instance,
      );
    }
    if (isSqliteBusy(error)) {
      return problemResponse(
        {
          status: 503,
          type: PROBLEM_TYPES.internal,
          detail: 'the database is busy; retry shortly',
          headers: { 'Retry-After': '1' },
        },
        instance,
      );
    }
    // The stack goes to the log for the operator; the caller learns only that it failed.
    log?.(
      `error ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return problemResponse(
      { status: 500, type: PROBLEM_TYPES.internal, detail: 'an unexpected error occurred; it has been logged' },
      instance,
    );
  });

  return app;
}

const isSqliteBusy = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_LOCKED');
