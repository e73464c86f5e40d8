// The test pages' own origin: HTML per scenario (with its CSP header), the harness scripts (TypeScript from
// pages/, transpiled on request), the bundles under test, a session endpoint that hands the page its token,
// and /api/* relayed to the reference server (or the fault proxy) so the page and its API share one origin.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { PAGES_DIR } from './paths.js';
import { readBody, relay, relayAgent, sendResponse } from './relay.js';
import type { ScenarioSpec } from './scenario.js';

export interface RecordedRequest {
  method: string;
  /** Path and query as the browser sent them. */
  url: string;
}

export interface PageServer {
  /** `http://127.0.0.1:port` */
  readonly url: string;
  /** Every request the server saw, in order. */
  readonly requests: RecordedRequest[];
  /** Register a page; `token` is what POST /session/{id} returns. Returns the page's URL. */
  addScenario(spec: ScenarioSpec, token?: string | null): string;
  /** Serve a file (a bundle) at `path`, e.g. `/plankit.js`. */
  serveFile(path: string, file: string): void;
  /** Where /api/* goes (the reference server's or the fault proxy's origin); null answers 502. */
  setUpstream(origin: string | null): void;
  close(): Promise<void>;
}

const JS = 'text/javascript; charset=utf-8';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function pageHtml(spec: ScenarioSpec): string {
  const scripts = ['/pages/early.js', ...spec.scripts, '/pages/harness.js'];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(spec.lang)}" data-scenario="${escapeHtml(spec.id)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(spec.title)}</title>`,
    '<link rel="stylesheet" href="/pages/harness.css">',
    '</head>',
    '<body>',
    '<main id="root"></main>',
    ...scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`),
    '</body>',
    '</html>',
  ].join('\n');
}

const transpiled = new Map<string, string>();

/** pages/<name>.ts as a browser module: types stripped, imports kept (they end in .js and map back here). */
function pageScript(name: string): string | undefined {
  const cached = transpiled.get(name);
  if (cached !== undefined) return cached;
  let source: string;
  try {
    source = readFileSync(join(PAGES_DIR, `${name}.ts`), 'utf8');
  } catch {
    return undefined;
  }
  const output = ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2021,
      module: ts.ModuleKind.ESNext,
      verbatimModuleSyntax: true,
      useDefineForClassFields: false,
    },
    fileName: `${name}.ts`,
  }).outputText;
  transpiled.set(name, output);
  return output;
}

export async function startPageServer(): Promise<PageServer> {
  const scenarios = new Map<string, { spec: ScenarioSpec; token: string | null }>();
  const files = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  const agent = relayAgent();
  let upstream: URL | null = null;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    requests.push({ method, url });
    const path = new URL(url, 'http://page.invalid').pathname;

    if (path.startsWith('/api/')) {
      const body = await readBody(request);
      if (upstream === null) return sendResponse(response, 502, { 'content-type': 'text/plain' }, 'no upstream');
      try {
        const relayed = await relay(agent, upstream, request, body);
        return sendResponse(response, relayed.status, relayed.headers, relayed.body);
      } catch {
        // The upstream dropped the connection: drop ours too, so the browser sees what a client of it would.
        response.socket?.destroy();
        return;
      }
    }

    const page = /^\/page\/([\w.-]+)$/.exec(path);
    if (page?.[1] !== undefined && method === 'GET') {
      const entry = scenarios.get(page[1]);
      if (entry === undefined) return sendResponse(response, 404, { 'content-type': 'text/plain' }, 'no such page');
      const headers: Record<string, string> = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      };
      if (entry.spec.csp !== null) headers['content-security-policy'] = entry.spec.csp;
      return sendResponse(response, 200, headers, pageHtml(entry.spec));
    }

    const scenario = /^\/scenario\/([\w.-]+)\.json$/.exec(path);
    if (scenario?.[1] !== undefined && method === 'GET') {
      const entry = scenarios.get(scenario[1]);
      if (entry === undefined) return sendResponse(response, 404, { 'content-type': 'text/plain' }, 'no such scenario');
      return sendResponse(
        response,
        200,
        { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        JSON.stringify(entry.spec),
      );
    }

    const session = /^\/session\/([\w.-]+)$/.exec(path);
    if (session?.[1] !== undefined && method === 'POST') {
      const entry = scenarios.get(session[1]);
      if (entry === undefined) return sendResponse(response, 404, { 'content-type': 'text/plain' }, 'no such session');
      return sendResponse(
        response,
        200,
        { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        JSON.stringify({ token: entry.token }),
      );
    }

    const script = /^\/pages\/([\w-]+)\.js$/.exec(path);
    if (script?.[1] !== undefined) {
      const code = pageScript(script[1]);
      if (code !== undefined)
        return sendResponse(response, 200, { 'content-type': JS, 'cache-control': 'no-store' }, code);
    }
    if (path === '/pages/harness.css') {
      return sendResponse(
        response,
        200,
        { 'content-type': 'text/css; charset=utf-8' },
        readFileSync(join(PAGES_DIR, 'harness.css')),
      );
    }

    // Browsers ask for it on their own; a 404 would be a console error on every first page.
    if (path === '/favicon.ico') return sendResponse(response, 204, {}, '');

    const file = files.get(path);
    if (file !== undefined)
      return sendResponse(response, 200, { 'content-type': JS, 'cache-control': 'no-store' }, readFileSync(file));

    sendResponse(response, 404, { 'content-type': 'text/plain' }, 'not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendResponse(response, 500, { 'content-type': 'text/plain' }, 'page server error');
      else response.destroy();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    requests,
    addScenario(spec, token = null) {
      scenarios.set(spec.id, { spec, token });
      return `${origin}/page/${spec.id}`;
    },
    serveFile(path, file) {
      files.set(path, file);
    },
    setUpstream(next) {
      upstream = next === null ? null : new URL(next);
    },
    close() {
      return new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      });
    },
  };
}
