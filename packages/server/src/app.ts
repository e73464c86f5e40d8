// Builds the Hono app: middleware order, the contract's routes (one per entry of the SDK's route table), the demo
// page and uniform problem errors.
import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { secureHeaders } from 'hono/secure-headers';
import { ROUTES } from '@plankit/sdk/contract';
import { TokenRegistry, type TokenGrant } from './auth/tokens.js';
import type { AppEnv } from './env.js';
import { authenticate } from './http/auth.js';
import { jsonResponse } from './http/json.js';
import { ProblemError, PROBLEM_TYPES, problemResponse } from './http/problem.js';
import { rateLimit } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { registerRoute, type Handler, type Handlers } from './http/route.js';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi.js';
import { ChangeFeed } from './services/change-feed.js';
import { appendChange, DEFAULT_CHANGE_LOG_SIZE } from './store/changes.js';
import { changeHandlers } from './routes/changes.js';
import { registerDemoRoutes } from './routes/demo.js';
import { API_BASE, type RouteDeps } from './routes/deps.js';
import { gridHandlers } from './routes/grids.js';
import { itemHandlers } from './routes/items.js';
import { kpiHandlers } from './routes/kpis.js';
import { planHandlers } from './routes/plans.js';
import { retailerHandlers } from './routes/retailers.js';
import { sessionHandlers } from './routes/session.js';
import { DEMO_CSP, registerStaticRoutes } from './routes/static.js';
import { taskHandlers } from './routes/tasks.js';

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
  // nosniff, no referrer, no framing and the demo's strict CSP on every response. HSTS is the TLS proxy's to
  // set; the drop-in bundle may be loaded by intranet pages of other origins, so no Cross-Origin-Resource-Policy.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: DEMO_CSP,
      strictTransportSecurity: false,
      crossOriginResourcePolicy: false,
      xFrameOptions: 'DENY',
    }),
  );
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

  // The OpenAPI document is built once, on first request.
  let openApi: Promise<OpenApiDocument> | undefined;
  const handlers: Handlers = {
    getOpenApiDocument: async () => {
      openApi ??= buildOpenApiDocument();
      return jsonResponse(await openApi, 200, { 'Cache-Control': 'no-cache' });
    },
    ...sessionHandlers(),
    ...planHandlers(deps),
    ...kpiHandlers(deps),
    ...taskHandlers(deps),
    ...gridHandlers(deps),
    ...itemHandlers(deps),
    ...retailerHandlers(deps),
    ...changeHandlers(deps, {
      feed,
      heartbeatMs: options.changes?.heartbeatMs ?? 15_000,
      pollMs: options.changes?.pollMs ?? 1_000,
      streamsPerToken: options.changes?.streamsPerToken ?? 16,
    }),
  };
  // Each entry of the route table with its handler. Public routes come before authentication, which answers for
  // every other path under the base (an unknown one too) before the router looks further.
  const register = (route: (typeof ROUTES)[number]) =>
    registerRoute(app, route, handlers[route.operationId] as Handler<typeof route>);
  for (const route of ROUTES) if (route.access === 'public') register(route);
  app.use(`${API_BASE}/*`, authenticate(tokens), rateLimit(options.rateLimit ?? 0, now));
  for (const route of ROUTES) if (route.access !== 'public') register(route);

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
    // Hono's middleware (bearer-auth) carries its own problem response.
    if (error instanceof HTTPException && error.res !== undefined && error.status < 500) return error.getResponse();
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
