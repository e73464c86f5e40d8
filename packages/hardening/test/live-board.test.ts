// The live board end to end: two browser pages, each a <pk-task-board> under <pk-provider live>, against the real
// reference server (its API cross-origin, as an intranet page calling the API host would). An editor's move in one
// page shows in the other page's board without a reload; a viewer's board, which learns its role from the server
// (GET /session), offers no write and sends none.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createClient } from '@plankit/sdk';
import { startServer, type RunningServer } from '@plankit/server';
import { dropInBundle } from '../src/bundles.js';
import { launchBrowser, openScenario, type OpenedPage } from '../src/browser.js';
import { startPageServer, type PageServer } from '../src/page-server.js';
import { EDITOR_TOKEN, SEED, SEED_SIZES, TOKEN_GRANTS, VIEWER_TOKEN, temporaryDir } from '../src/reference.js';
import type { ScenarioSpec } from '../src/scenario.js';
import { SEED_SCOPE } from '../src/targets.js';

const HOOK_TIMEOUT_MS = 60_000;
const dir = temporaryDir('live-board');
let pages: PageServer;
let browser: Browser;
let server: RunningServer;

function scenario(id: string): ScenarioSpec {
  return {
    id,
    title: `live board ${id}`,
    lang: 'zh-CN',
    scripts: ['/plankit.js'],
    csp: null,
    session: true,
    events: ['pk-connection-change', 'pk-task-move'],
    cases: [
      {
        id: 'board',
        width: 960,
        provider: {
          attributes: {
            'base-url': `${server.url}/api/v1`,
            plan: SEED_SCOPE.planId,
            'as-of': SEED_SCOPE.asOf,
            locale: 'zh-CN',
            live: '',
          },
        },
        element: { tag: 'pk-task-board', attributes: { 'group-by': 'status' }, properties: {} },
      },
    ],
    tasks: [],
  };
}

async function until(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The column a card is drawn in, or null; the first card of `column` when `id` is null. */
const boardQuery = (page: Page, query: { id: string | null; column?: string }): Promise<string | null> =>
  page.evaluate(({ id, column }) => {
    const root = document.querySelector('pk-task-board')?.shadowRoot;
    if (id === null)
      return (
        root
          ?.querySelector(`[part~="column"][data-column="${column ?? ''}"] [part~="card"]`)
          ?.getAttribute('data-task-id') ?? null
      );
    return (
      root
        ?.querySelector(`[part~="card"][data-task-id="${CSS.escape(id)}"]`)
        ?.closest('[part~="column"]')
        ?.getAttribute('data-column') ?? null
    );
  }, query);

const shadowCount = (page: Page, selector: string): Promise<number> =>
  page.evaluate(
    (css) => document.querySelector('pk-task-board')?.shadowRoot?.querySelectorAll(css).length ?? 0,
    selector,
  );

const shadowText = (page: Page, selector: string): Promise<string> =>
  page.evaluate(
    (css) => document.querySelector('pk-task-board')?.shadowRoot?.querySelector(css)?.textContent?.trim() ?? '',
    selector,
  );

const connected = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      (document.querySelector('pk-provider') as unknown as { connectionState?: string } | null)?.connectionState ===
      'connected',
  );

async function openBoard(id: string, token: string): Promise<OpenedPage> {
  const opened = await openScenario(browser, pages.addScenario(scenario(id), token));
  await until(() => connected(opened.page), `${id} is connected`);
  await until(async () => (await shadowCount(opened.page, '[part~="card"]')) > 0, `${id} shows its cards`);
  return opened;
}

const patches = (opened: OpenedPage) => opened.requests.filter((request) => request.method === 'PATCH');

before(
  async () => {
    pages = await startPageServer();
    pages.serveFile('/plankit.js', (await dropInBundle()).file);
    server = await startServer({
      dbPath: join(dir, 'plankit.db'),
      port: 0,
      tokens: TOKEN_GRANTS,
      ...SEED_SIZES,
      seed: SEED,
      corsOrigins: [pages.url],
      changes: { pollMs: 200 },
    });
    browser = await launchBrowser();
  },
  { timeout: HOOK_TIMEOUT_MS },
);

after(
  async () => {
    await browser?.close();
    await pages?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  },
  { timeout: HOOK_TIMEOUT_MS },
);

describe('<pk-task-board> under <pk-provider live> against the reference server', { timeout: 120_000 }, () => {
  test('an editor’s keyboard move in one page shows in the other page’s board, without a reload', async () => {
    const editorPage = await openBoard('board-editor', EDITOR_TOKEN);
    const viewerPage = await openBoard('board-viewer', VIEWER_TOKEN);
    try {
      const taskId = await boardQuery(editorPage.page, { id: null, column: 'todo' });
      assert.ok(taskId !== null, 'the editor’s board has a card to do');
      assert.equal(await boardQuery(viewerPage.page, { id: taskId }), 'todo');
      await editorPage.page.locator(`pk-task-board [part~="card"][data-task-id="${taskId}"]`).focus();
      await editorPage.page.keyboard.press('Control+ArrowRight');
      await until(
        async () => (await boardQuery(editorPage.page, { id: taskId })) === 'doing',
        'the editor sees it moved',
      );
      const reader = createClient({ baseUrl: `${server.url}/api/v1`, getToken: () => VIEWER_TOKEN });
      await until(
        async () => (await reader.tasks.list(SEED_SCOPE.planId)).find((task) => task.id === taskId)?.status === 'doing',
        'the server has the move',
      );
      await until(
        async () => (await boardQuery(viewerPage.page, { id: taskId })) === 'doing',
        'the viewer’s page shows the move',
      );
      assert.equal(patches(editorPage).length, 1);
      assert.deepEqual(editorPage.pageErrors, []);
      assert.deepEqual(viewerPage.pageErrors, []);
    } finally {
      await editorPage.close();
      await viewerPage.close();
    }
  });

  test('a viewer’s board receives changes but offers no write, and sends none', async () => {
    const viewerPage = await openBoard('board-viewer-only', VIEWER_TOKEN);
    try {
      const { page } = viewerPage;
      assert.equal(await shadowCount(page, '[part~="move-button"]'), 0, 'no “Move to…” button');
      assert.match(await shadowText(page, '[part~="readonly-note"]'), /只能查看/);
      const taskId = await boardQuery(page, { id: null, column: 'todo' });
      assert.ok(taskId !== null);
      const card = page.locator(`pk-task-board [part~="card"][data-task-id="${taskId}"]`);
      await card.focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await page.keyboard.press('Control+ArrowRight');
      await until(
        async () => (await shadowText(page, '[part~="notice"]')).includes('只读'),
        'the board says it is read-only',
      );
      const box = await card.boundingBox();
      const target = await page.locator('pk-task-board [part~="column"][data-column="doing"]').boundingBox();
      assert.ok(box !== null && target !== null);
      await page.mouse.move(box.x + 10, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(target.x + 20, target.y + 10, { steps: 5 });
      await page.mouse.up();
      // Another page's write still arrives: the viewer's board follows it.
      const writer = createClient({ baseUrl: `${server.url}/api/v1`, getToken: () => EDITOR_TOKEN });
      const task = (await writer.tasks.list(SEED_SCOPE.planId)).find((candidate) => candidate.id === taskId);
      assert.ok(task !== undefined);
      await writer.tasks.update(taskId, { status: 'blocked' }, { version: task.version });
      await until(async () => (await boardQuery(page, { id: taskId })) === 'blocked', 'the viewer sees the change');
      assert.deepEqual(patches(viewerPage), []);
      assert.deepEqual(viewerPage.pageErrors, []);
    } finally {
      await viewerPage.close();
    }
  });
});
