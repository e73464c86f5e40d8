// The live board end to end: two browser pages, each a <pk-task-board> under <pk-provider live>, against the real
// reference server (its API cross-origin, as an intranet page calling the API host would). An editor's move in one
// page shows in the other page's board without a reload; a viewer's board, which learns its role from the server
// (GET /session), offers no write and sends none.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { createClient } from '@plankit/sdk';
import type { OpenedPage } from '../src/browser.js';
import { setUpLiveStage, until } from '../src/live.js';
import { EDITOR_TOKEN, VIEWER_TOKEN, startReference, type Reference } from '../src/reference.js';
import { SEED_SCOPE } from '../src/targets.js';

let server: Reference | undefined;
const api = (): string => server?.api ?? '';

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

const stage = setUpLiveStage(
  {
    element: { tag: 'pk-task-board', attributes: { 'group-by': 'status' }, properties: {} },
    width: 960,
    events: ['pk-task-move'],
    shows: async (page) => (await shadowCount(page, '[part~="card"]')) > 0,
  },
  {
    start: async (origin) => {
      server = await startReference({ corsOrigins: [origin], changes: { pollMs: 200 } });
    },
    stop: async () => {
      await server?.dispose();
    },
    url: () => server?.url ?? '',
  },
);

const patches = (opened: OpenedPage) => opened.requests.filter((request) => request.method === 'PATCH');

describe('<pk-task-board> under <pk-provider live> against the reference server', { timeout: 120_000 }, () => {
  test('an editor’s keyboard move in one page shows in the other page’s board, without a reload', async () => {
    await stage.use(
      'board',
      { editorPage: EDITOR_TOKEN, viewerPage: VIEWER_TOKEN },
      async ({ editorPage, viewerPage }) => {
        const taskId = await boardQuery(editorPage.page, { id: null, column: 'todo' });
        assert.ok(taskId !== null, 'the editor’s board has a card to do');
        assert.equal(await boardQuery(viewerPage.page, { id: taskId }), 'todo');
        await editorPage.page.locator(`pk-task-board [part~="card"][data-task-id="${taskId}"]`).focus();
        await editorPage.page.keyboard.press('Control+ArrowRight');
        await until(
          async () => (await boardQuery(editorPage.page, { id: taskId })) === 'doing',
          'the editor sees it moved',
        );
        const reader = createClient({ baseUrl: api(), getToken: () => VIEWER_TOKEN });
        await until(
          async () =>
            (await reader.tasks.list(SEED_SCOPE.planId)).find((task) => task.id === taskId)?.status === 'doing',
          'the server has the move',
        );
        await until(
          async () => (await boardQuery(viewerPage.page, { id: taskId })) === 'doing',
          'the viewer’s page shows the move',
        );
        assert.equal(patches(editorPage).length, 1);
      },
    );
  });

  test('a viewer’s board receives changes but offers no write, and sends none', async () => {
    await stage.use('board-only', { viewerPage: VIEWER_TOKEN }, async ({ viewerPage }) => {
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
      const writer = createClient({ baseUrl: api(), getToken: () => EDITOR_TOKEN });
      const task = (await writer.tasks.list(SEED_SCOPE.planId)).find((candidate) => candidate.id === taskId);
      assert.ok(task !== undefined);
      await writer.tasks.update(taskId, { status: 'blocked' }, { version: task.version });
      await until(async () => (await boardQuery(page, { id: taskId })) === 'blocked', 'the viewer sees the change');
      assert.deepEqual(patches(viewerPage), []);
    });
  });
});
