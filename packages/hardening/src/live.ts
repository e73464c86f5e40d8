// What the live suites (live, live-board) share: a page server serving the drop-in bundle and Chromium, opened
// before the reference server (whose CORS origins must name the pages' origin) and closed after it; a page with one
// element under <pk-provider live>, opened until it is connected and shows its data; and waiting for a condition.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dropInBundle } from './bundles.js';
import { launchBrowser, openScenario, type OpenedPage } from './browser.js';
import { startPageServer, type PageServer } from './page-server.js';
import type { CaseSpec, ScenarioSpec } from './scenario.js';
import { HOOK_TIMEOUT_MS } from './stage.js';
import { SEED_SCOPE } from './targets.js';

/** Polls `check` every 50 ms until it holds; throws after `ms`, naming `what` it waited for. */
export async function until(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The page's `<pk-provider>` connection state. */
export const connectionState = (page: Page): Promise<string | undefined> =>
  page.evaluate(
    () => (document.querySelector('pk-provider') as unknown as { connectionState?: string } | null)?.connectionState,
  );

export interface LivePage {
  /** The element, in a box `width` wide, under `<pk-provider live>` on the seeded plan. */
  element: CaseSpec['element'];
  width: number;
  /** Events recorded besides `pk-connection-change`. */
  events?: string[];
  /** Whether the element shows its data (the page is opened until it does). */
  shows: (page: Page) => Promise<boolean>;
}

export interface LiveStage {
  /** Opens page `id` signed in with `token`, and waits until it is connected and shows its data. */
  open(id: string, token: string): Promise<OpenedPage>;
  /**
   * Opens a page per entry of `tokens` (page `<prefix>-<key>`, signed in with that token), runs `use` on them,
   * asserts that none had an uncaught error, and closes them.
   */
  use<K extends string>(
    prefix: string,
    tokens: Record<K, string>,
    use: (opened: Record<K, OpenedPage>) => Promise<void>,
  ): Promise<void>;
}

/**
 * The live suites' `before` and `after` hooks: the page server (serving the drop-in bundle) and Chromium, around
 * the reference server that `server.start` starts given the pages' origin (for CORS) and `server.stop` stops;
 * `server.url()` is where the pages' provider calls it.
 */
export function setUpLiveStage(
  spec: LivePage,
  server: { start(pagesOrigin: string): Promise<void>; stop(): Promise<void>; url(): string },
): LiveStage {
  let pages: PageServer | undefined;
  let browser: Browser | undefined;
  before(
    async () => {
      pages = await startPageServer();
      pages.serveFile('/plankit.js', (await dropInBundle()).file);
      await server.start(pages.url);
      browser = await launchBrowser();
    },
    { timeout: HOOK_TIMEOUT_MS },
  );
  after(
    async () => {
      await browser?.close();
      await pages?.close();
      await server.stop();
    },
    { timeout: HOOK_TIMEOUT_MS },
  );
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the live stage is not open: the suite's before hook has not run");
    return value;
  };
  const scenario = (id: string): ScenarioSpec => ({
    id,
    title: `live ${id}`,
    lang: 'zh-CN',
    scripts: ['/plankit.js'],
    csp: null,
    session: true,
    events: ['pk-connection-change', ...(spec.events ?? [])],
    cases: [
      {
        id: 'live',
        width: spec.width,
        provider: {
          attributes: {
            'base-url': `${server.url()}/api/v1`,
            plan: SEED_SCOPE.planId,
            'as-of': SEED_SCOPE.asOf,
            locale: 'zh-CN',
            live: '',
          },
        },
        element: spec.element,
      },
    ],
    tasks: [],
  });
  const open = async (id: string, token: string): Promise<OpenedPage> => {
    const opened = await openScenario(started(browser), started(pages).addScenario(scenario(id), token));
    await until(async () => (await connectionState(opened.page)) === 'connected', `${id} is connected`);
    await until(() => spec.shows(opened.page), `${id} shows its data`);
    return opened;
  };
  return {
    open,
    async use<K extends string>(
      prefix: string,
      tokens: Record<K, string>,
      use: (opened: Record<K, OpenedPage>) => Promise<void>,
    ): Promise<void> {
      const opened = new Map<K, OpenedPage>();
      try {
        for (const [key, token] of Object.entries(tokens) as Array<[K, string]>)
          opened.set(key, await open(`${prefix}-${key}`, token));
        await use(Object.fromEntries(opened) as Record<K, OpenedPage>);
        for (const page of opened.values()) assert.deepEqual(page.pageErrors, []);
      } finally {
        for (const page of opened.values()) await page.close();
      }
    },
  };
}
