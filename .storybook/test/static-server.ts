// A static file server for the built Storybook (storybook-static/): GET only, no directory listing, nothing
// outside the folder. Small enough to keep by hand rather than add a dependency for it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serve `root` on a free port of 127.0.0.1. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      // Chromium asks for /favicon.ico by itself (Storybook's iframe.html names no icon): answer with the one the
      // build has, so a 404 the page never made does not read as the page's console error.
      if (pathname === '/favicon.ico') pathname = '/favicon.svg';
      const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
      const info = path.startsWith(root + sep) ? await stat(path).catch(() => null) : null;
      if (request.method !== 'GET' || info === null || !info.isFile()) {
        response.writeHead(request.method === 'GET' ? 404 : 405).end();
        return;
      }
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-length': info.size,
      });
      createReadStream(path).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
