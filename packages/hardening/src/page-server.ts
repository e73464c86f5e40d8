// The test pages' own origin, on the shared page server (@plankit/harness/page-server, Vite's preview server): HTML
// per scenario (with its CSP header), the page scripts (pages/*.ts, built by the shared bundle builder and served
// under /pages/), the bundles under test, a session endpoint that hands the page its token, and /api/* relayed to
// the reference server (or the fault proxy) so the page and its API share one origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPageServer as startShared, type RecordedRequest } from '@plankit/harness/page-server';
import { sendResponse } from '@plankit/harness/relay';
import { pageScripts } from './bundles.js';
import { PAGES_DIR } from './paths.js';
import type { ScenarioSpec } from './scenario.js';

export type { RecordedRequest } from '@plankit/harness/page-server';

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

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

export async function startPageServer(): Promise<PageServer> {
  const scenarios = new Map<string, { spec: ScenarioSpec; token: string | null }>();
  const notFound = (response: ServerResponse, what: string): true => {
    sendResponse(response, 404, { 'content-type': 'text/plain' }, what);
    return true;
  };
  const routes = [
    (request: IncomingMessage, response: ServerResponse, path: string): boolean => {
      const method = request.method ?? 'GET';
      const page = /^\/page\/([\w.-]+)$/.exec(path);
      if (page?.[1] !== undefined && method === 'GET') {
        const entry = scenarios.get(page[1]);
        if (entry === undefined) return notFound(response, 'no such page');
        const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
        if (entry.spec.csp !== null) headers['content-security-policy'] = entry.spec.csp;
        sendResponse(response, 200, headers, pageHtml(entry.spec));
        return true;
      }
      const scenario = /^\/scenario\/([\w.-]+)\.json$/.exec(path);
      if (scenario?.[1] !== undefined && method === 'GET') {
        const entry = scenarios.get(scenario[1]);
        if (entry === undefined) return notFound(response, 'no such scenario');
        sendResponse(response, 200, JSON_TYPE, JSON.stringify(entry.spec));
        return true;
      }
      const session = /^\/session\/([\w.-]+)$/.exec(path);
      if (session?.[1] !== undefined && method === 'POST') {
        const entry = scenarios.get(session[1]);
        if (entry === undefined) return notFound(response, 'no such session');
        sendResponse(response, 200, JSON_TYPE, JSON.stringify({ token: entry.token }));
        return true;
      }
      if (path === '/pages/harness.css') {
        sendResponse(
          response,
          200,
          { 'content-type': 'text/css; charset=utf-8' },
          readFileSync(join(PAGES_DIR, 'harness.css')),
        );
        return true;
      }
      return false;
    },
  ];
  const shared = await startShared({ root: await pageScripts(), routes });
  return {
    url: shared.url,
    requests: shared.requests,
    addScenario(spec, token = null) {
      scenarios.set(spec.id, { spec, token });
      return `${shared.url}/page/${spec.id}`;
    },
    serveFile: (path, file) => shared.serveFile(path, file),
    setUpstream: (origin) => shared.setUpstream(origin),
    close: () => shared.close(),
  };
}
