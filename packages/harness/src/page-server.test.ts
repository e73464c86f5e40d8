// The shared page server: a built folder, single files, a CSP per path prefix, a suite's own routes, and /api/*
// relayed upstream (buffered, but a change stream passed on as it comes).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPageServer, type PageServer } from './page-server.js';

let pages: PageServer;
let upstream: Server;
let folder: string;
/** The open change stream of the upstream, to send more events while the client reads. */
let stream: ServerResponse | null = null;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'plankit-harness-test-'));
  writeFileSync(join(folder, 'built.js'), 'export const built = true;\n');
  writeFileSync(join(folder, 'single.js'), 'export const single = true;\n');
  upstream = createServer((request, response) => {
    if (request.url === '/api/v1/changes') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write('event: ready\ndata: {}\n\n');
      stream = response;
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: request.url }));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  pages = await startPageServer({
    root: folder,
    routes: [
      (_request, response, path) => {
        if (path !== '/own') return false;
        response.writeHead(200, { 'content-type': 'text/plain' }).end('own route');
        return true;
      },
    ],
  });
  pages.serveFile('/bundle.js', join(folder, 'single.js'));
});

after(async () => {
  stream?.end();
  await pages?.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });
});

describe('startPageServer', { timeout: 10_000 }, () => {
  test('serves the built folder, single files and its own routes, and 404 for anything else', async () => {
    const built = await fetch(`${pages.url}/built.js`);
    assert.equal(built.status, 200);
    assert.match(await built.text(), /built = true/);
    const single = await fetch(`${pages.url}/bundle.js`);
    assert.match(single.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await single.text(), /single = true/);
    assert.equal(await (await fetch(`${pages.url}/own`)).text(), 'own route');
    assert.equal((await fetch(`${pages.url}/missing.js`)).status, 404);
    assert.ok(pages.requests.some((request) => request.url === '/own'));
  });

  test('sends the Content-Security-Policy set for a path prefix, and none elsewhere', async () => {
    pages.setPolicy('/built', "default-src 'self'");
    assert.equal((await fetch(`${pages.url}/built.js`)).headers.get('content-security-policy'), "default-src 'self'");
    assert.equal((await fetch(`${pages.url}/bundle.js`)).headers.get('content-security-policy'), null);
    pages.setPolicy('/built', null);
    assert.equal((await fetch(`${pages.url}/built.js`)).headers.get('content-security-policy'), null);
  });

  test('relays /api/* to the upstream, and answers 502 without one', async () => {
    pages.setUpstream(null);
    assert.equal((await fetch(`${pages.url}/api/v1/plans`)).status, 502);
    pages.setUpstream(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
    const relayed = await fetch(`${pages.url}/api/v1/plans?x=1`);
    assert.deepEqual(await relayed.json(), { path: '/api/v1/plans?x=1' });
  });

  test('passes a change stream on event by event, while it stays open', async () => {
    pages.setUpstream(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
    const controller = new AbortController();
    const response = await fetch(`${pages.url}/api/v1/changes`, { signal: controller.signal });
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = response.body?.getReader();
    assert.ok(reader);
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: ready')) text += decoder.decode((await reader.read()).value);
    // The upstream has not ended the stream: a second event must still come through.
    stream?.write('event: change\ndata: {"seq":1}\n\n');
    while (!text.includes('event: change')) text += decoder.decode((await reader.read()).value);
    controller.abort();
  });
});
