// Live updates end to end: two browser pages with <pk-provider live> against the real reference server (its
// change stream cross-origin, as an intranet page calling the API host would). A change written elsewhere shows
// in both; the server stopped and started again mid-stream: the pages resume and miss no change; a viewer's
// page receives changes too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createClient } from '@plankit/sdk';
import type { OpenedPage } from '../src/browser.js';
import { connectionState, setUpLiveStage, until } from '../src/live.js';
import { EDITOR_TOKEN, VIEWER_TOKEN, startReference, temporaryDir, type Reference } from '../src/reference.js';
import { SEED_SCOPE } from '../src/targets.js';

const KPI = 'network-cases';
const dir = temporaryDir('live');
const dbPath = join(dir, 'plankit.db');
let pagesOrigin = '';
let server: Reference | undefined;
let port = 0;

async function start(): Promise<void> {
  // On the same file and port as before when restarted, so the pages resume from where they were.
  server = await startReference({ dbPath, port, corsOrigins: [pagesOrigin], changes: { pollMs: 200 } });
  port = server.port;
}

const url = (): string => server?.url ?? '';
const editor = () => createClient({ baseUrl: `${url()}/api/v1`, getToken: () => EDITOR_TOKEN, retry: 2 });

/** The gauge's value text, through its shadow root. */
const gaugeValue = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const gauge = document.querySelector('pk-kpi-gauge');
    return gauge?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() ?? '';
  });

const stage = setUpLiveStage(
  {
    element: { tag: 'pk-kpi-gauge', attributes: { kpi: KPI }, properties: {} },
    width: 320,
    shows: async (page) => (await gaugeValue(page)) !== '',
  },
  {
    start: async (origin) => {
      pagesOrigin = origin;
      await start();
    },
    stop: async () => {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    },
    url,
  },
);

/** Record `value` for September and wait until every page shows a value other than the one it had. */
async function recordAndSee(opened: OpenedPage[], value: number): Promise<string[]> {
  const before = await Promise.all(opened.map(({ page }) => gaugeValue(page)));
  await editor().kpis.recordMeasurement(SEED_SCOPE.planId, KPI, '2020-09', value);
  await Promise.all(
    opened.map(({ page }, index) =>
      until(async () => (await gaugeValue(page)) !== before[index], `page ${index + 1} shows ${value}`),
    ),
  );
  return Promise.all(opened.map(({ page }) => gaugeValue(page)));
}

describe('<pk-provider live> against the reference server', { timeout: 120_000 }, () => {
  test('a change written elsewhere shows in an editor’s page and in a viewer’s page, without a reload', async () => {
    await stage.use('live', { editor: EDITOR_TOKEN, viewer: VIEWER_TOKEN }, async ({ editor, viewer }) => {
      const shown = await recordAndSee([editor, viewer], 11);
      assert.equal(shown[0], shown[1]);
    });
  });

  test('the server stopped and started again mid-stream: the page reconnects, resumes and misses no change', async () => {
    await stage.use('live', { restart: VIEWER_TOKEN }, async ({ restart: a }) => {
      await server?.close();
      await until(async () => (await connectionState(a.page)) !== 'connected', 'the page sees the stream lost');
      await start();
      // Written before the page is back: it must still arrive, by the resume from the last event id.
      const before = await gaugeValue(a.page);
      await editor().kpis.recordMeasurement(SEED_SCOPE.planId, KPI, '2020-09', 23);
      await until(async () => (await connectionState(a.page)) === 'connected', 'the page reconnects', 30_000);
      await until(async () => (await gaugeValue(a.page)) !== before, 'the page shows the change made while away');
    });
  });
});

describe('the change stream under load', { timeout: 180_000 }, () => {
  test('100 subscribers while 1,000 changes are written by 10 concurrent clients: each receives every change once, in order', async () => {
    const loaded = await startReference({ changes: { pollMs: 200, streamsPerToken: 100 } });
    const controller = new AbortController();
    try {
      const reader = createClient({ baseUrl: `${loaded.url}/api/v1`, getToken: () => VIEWER_TOKEN });
      const received: number[][] = Array.from({ length: 100 }, () => []);
      let open = 0;
      const subscribers = received.map(async (seqs) => {
        let counted = false;
        for await (const event of reader.changes(SEED_SCOPE.planId, {
          signal: controller.signal,
          onStatus: (status) => {
            if (status === 'open' && !counted) {
              counted = true;
              open += 1;
            }
          },
        })) {
          if (event.type === 'change') seqs.push(event.change.seq);
        }
      });
      await until(async () => open === 100, 'every subscriber is connected', 30_000);
      const writer = createClient({ baseUrl: `${loaded.url}/api/v1`, getToken: () => EDITOR_TOKEN });
      const tasks = (await writer.tasks.list(SEED_SCOPE.planId)).slice(0, 10);
      assert.equal(tasks.length, 10);
      // Ten clients, each changing its own task's progress 100 times (never to the value it has): 1,000 changes.
      await Promise.all(
        tasks.map(async (first) => {
          let task = first;
          for (let round = 1; round <= 100; round += 1) {
            task = await writer.tasks.update(
              task.id,
              { progress: (first.progress + round) % 101 },
              { version: task.version },
            );
          }
        }),
      );
      await until(
        async () => received.every((seqs) => seqs.length >= 1000),
        'every subscriber has 1,000 changes',
        60_000,
      );
      for (const seqs of received) {
        assert.equal(seqs.length, 1000);
        assert.equal(new Set(seqs).size, 1000);
        assert.deepEqual(
          seqs,
          [...seqs].sort((a, b) => a - b),
        );
      }
      controller.abort();
      await Promise.all(subscribers);
    } finally {
      controller.abort();
      await loaded.dispose();
    }
  });
});
