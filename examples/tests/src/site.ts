// One origin for every page under test, as an intranet page has it: the example files, the bundles under
// /static/, the built apps, and /api/* and /demo/* relayed to the reference server (in this process, in memory,
// seeded with the 2020 plan and a small county, demo tokens on).
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { startServer, type RunningServer } from '@plankit/server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Site {
  /** `http://127.0.0.1:port` */
  url: string;
  /** Every path the browser asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * `mounts` maps a URL prefix (`/static/plankit.js`, `/react/`) to a file or folder; a prefix ending in `/` serves
 * the folder below it (and its index.html for the prefix itself).
 */
export async function startSite(mounts: Record<string, string>): Promise<Site> {
  const reference: RunningServer = await startServer({
    seed: '2020',
    grids: 12,
    retailers: 200,
    now: new Date('2020-09-30T08:00:00Z'),
    log: () => undefined,
  });
  const upstream = new URL(reference.url);
  const requests: string[] = [];

  const serveFile = (response: ServerResponse, file: string): void => {
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  };

  const relay = (request: IncomingMessage, response: ServerResponse): void => {
    const outgoing = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', () => response.destroy());
    request.pipe(outgoing);
  };

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://site.invalid').pathname);
    requests.push(path);
    if (path.startsWith('/api/') || path.startsWith('/demo/')) return relay(request, response);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    for (const [prefix, target] of Object.entries(mounts)) {
      if (!prefix.endsWith('/')) {
        if (path === prefix) return serveFile(response, target);
        if (path === `${prefix}.map` && existsSync(`${target}.map`)) return serveFile(response, `${target}.map`);
        continue;
      }
      if (!path.startsWith(prefix)) continue;
      const rest = normalize(path.slice(prefix.length) || 'index.html');
      if (rest.startsWith('..')) break;
      const file = join(target, rest);
      if (existsSync(file) && statSync(file).isFile()) return serveFile(response, file);
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reference.close();
    },
  };
}
