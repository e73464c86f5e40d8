// The one page server of the browser suites: Vite's preview server (the static server Vite ships to serve a
// build) on 127.0.0.1 and a free port, serving a built folder as it is, plus what a suite adds: single files (the
// bundles under test), a Content-Security-Policy per path prefix, routes of its own, and /api/* relayed to an
// upstream (the reference server or a fault proxy) so a page and its API share one origin. The relay buffers
// each response, except a change stream (text/event-stream), which it passes on as it comes.
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { preview, type Plugin } from 'vite';
import { endToEndHeaders, readBody, relayAgent, sendResponse, UPSTREAM_TIMEOUT_MS } from './relay.js';

export interface RecordedRequest {
  method: string;
  /** Path and query as the browser sent them. */
  url: string;
}

/** A route of a suite's own: answers and returns true, or returns false to let the next route or file answer. */
export type Route = (request: IncomingMessage, response: ServerResponse, path: string) => boolean | Promise<boolean>;

export interface PageServerOptions {
  /** A built folder served as it is (no folder: only files, routes and the relay). */
  root?: string;
  routes?: readonly Route[];
}

export interface PageServer {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  /** Every request the server saw, in order. */
  readonly requests: RecordedRequest[];
  /** Serve a file (a bundle) at `path`, e.g. `/plankit.js`. */
  serveFile(path: string, file: string): void;
  /** Send `csp` as the Content-Security-Policy of every path that starts with `prefix` (null removes it). */
  setPolicy(prefix: string, csp: string | null): void;
  /** Where /api/* goes (the reference server's or the fault proxy's origin); null answers 502. */
  setUpstream(origin: string | null): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export async function startPageServer(options: PageServerOptions = {}): Promise<PageServer> {
  const files = new Map<string, string>();
  const policies = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  const agent = relayAgent();
  let upstream: URL | null = null;

  const relayApi = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    const target = upstream;
    if (target === null) return sendResponse(response, 502, { 'content-type': 'text/plain' }, 'no upstream');
    await new Promise<void>((resolve) => {
      // The upstream dropped the connection: drop ours too, so the browser sees what a client of it would.
      const drop = () => {
        response.socket?.destroy();
        resolve();
      };
      const outgoing = httpRequest(
        {
          agent,
          hostname: target.hostname,
          port: target.port,
          method: request.method ?? 'GET',
          path: request.url ?? '/',
          headers: { ...endToEndHeaders(request.headers), 'content-length': String(body.length) },
          timeout: UPSTREAM_TIMEOUT_MS,
        },
        (answer) => {
          const headers = endToEndHeaders(answer.headers);
          if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) {
            // A change stream stays open: pass each event on as it comes; either side closing ends both.
            outgoing.setTimeout(0);
            response.writeHead(answer.statusCode ?? 502, headers);
            response.flushHeaders();
            answer.pipe(response);
            answer.on('error', () => response.destroy());
            answer.on('aborted', () => response.destroy());
            response.on('close', () => {
              answer.destroy();
              resolve();
            });
            return;
          }
          readBody(answer).then((bytes) => {
            sendResponse(response, answer.statusCode ?? 502, headers, bytes);
            resolve();
          }, drop);
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`upstream did not answer within ${UPSTREAM_TIMEOUT_MS} ms`)),
      );
      outgoing.on('error', drop);
      outgoing.end(body);
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> => {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    requests.push({ method, url });
    const path = new URL(url, 'http://page.invalid').pathname;
    if (path.startsWith('/api/')) return relayApi(request, response);
    for (const [prefix, policy] of policies) {
      if (path.startsWith(prefix)) response.setHeader('content-security-policy', policy);
    }
    response.setHeader('cache-control', 'no-store');
    for (const route of options.routes ?? []) if (await route(request, response, path)) return;
    const file = files.get(path);
    if (file !== undefined && (method === 'GET' || method === 'HEAD')) {
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      return sendResponse(response, 200, { 'content-type': type }, readFileSync(file));
    }
    // Browsers ask for it on their own; a 404 would be a console error on every first page.
    if (path === '/favicon.ico') return sendResponse(response, 204, {}, '');
    next();
  };

  const suiteRoutes: Plugin = {
    name: 'plankit-page-server',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        handle(request, response, next).catch(() => {
          if (!response.headersSent) sendResponse(response, 500, { 'content-type': 'text/plain' }, 'page server error');
          else response.destroy();
        });
      });
      // After Vite's static files: anything else is a plain 404.
      return () => {
        server.middlewares.use((_request, response) =>
          sendResponse(response, 404, { 'content-type': 'text/plain' }, 'not found'),
        );
      };
    },
  };

  // Without a folder of its own, the static part serves an empty temporary one (never the working directory).
  const emptyRoot = options.root === undefined ? mkdtempSync(join(tmpdir(), 'plankit-pages-')) : null;
  const root = options.root ?? (emptyRoot as string);
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [suiteRoutes],
    // The folder is served as it is: `build.outDir` names it, nothing is built here.
    build: { outDir: root },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, cors: false, open: false },
  });
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;

  return {
    url: origin,
    requests,
    serveFile(path, file) {
      files.set(path, file);
    },
    setPolicy(prefix, csp) {
      if (csp === null) policies.delete(prefix);
      else policies.set(prefix, csp);
    },
    setUpstream(next) {
      upstream = next === null ? null : new URL(next);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await server.close();
      if (emptyRoot !== null) rmSync(emptyRoot, { recursive: true, force: true });
    },
  };
}
