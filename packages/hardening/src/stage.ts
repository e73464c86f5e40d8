// The stage every browser suite plays on: the page server with the bundles under test (relaying /api/* to an
// upstream, when there is one) and Chromium, opened in a suite's `before` and closed in its `after`; and those hooks
// themselves (`setUpSuite`), with the reference server the suite runs against.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startPageServer, type PageServer } from './page-server.js';
import { startReference, type Reference, type ReferenceOptions } from './reference.js';
import type { SuiteReport } from './results.js';

/** No hook may hang the run: building bundles, starting servers and the browser, closing them. */
export const HOOK_TIMEOUT_MS = 60_000;

export interface Stage {
  readonly pages: PageServer;
  readonly browser: Browser;
  /** Closes the browser, then the page server. */
  close(): Promise<void>;
}

/**
 * Starts the page server serving `files` (URL path → file, e.g. `/plankit.js`), relaying /api/* to `upstream`,
 * and launches Chromium, whose version goes into the suite's report.
 */
export async function openStage(
  report: SuiteReport,
  files: Readonly<Record<string, string>>,
  upstream: string | null = null,
): Promise<Stage> {
  const pages = await startPageServer();
  for (const [path, file] of Object.entries(files)) pages.serveFile(path, file);
  if (upstream !== null) pages.setUpstream(upstream);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await pages.close();
    throw error;
  }
  report.chromium = browser.version();
  return {
    pages,
    browser,
    close: async () => {
      await browser.close();
      await pages.close();
    },
  };
}

export interface SuiteSetup {
  /** The reference server's options besides the suites' tokens and seed. */
  reference?: ReferenceOptions;
  /** Runs once the reference server is up, before the stage opens: read the seed, start a fault proxy. */
  ready?: (reference: Reference) => Promise<void> | void;
  /** The bundles the pages load (URL path → file); without them the suite has no browser and no page server. */
  files?: () => Promise<Readonly<Record<string, string>>>;
  /** Where the pages' /api/* goes at first: the reference server unless this says otherwise (null: nowhere). */
  upstream?: () => string | null;
  /** Closes what the suite started itself, after the stage and before the reference server. */
  close?: () => Promise<void> | void;
  /** Writes the report's headline and lines once everything is closed, before the report is saved. */
  summarize?: () => void;
}

/** What a suite plays against, ready from its `before` hook on. */
export interface Suite {
  readonly reference: Reference;
  readonly pages: PageServer;
  readonly browser: Browser;
}

/**
 * A suite's `before` and `after` hooks, registered once here: start the reference server, then (with `files`) the
 * stage; afterwards close the stage, what the suite started, the reference server, and save the report.
 */
export function setUpSuite(report: SuiteReport, setup: SuiteSetup = {}): Suite {
  let reference: Reference | undefined;
  let stage: Stage | undefined;
  before(
    async () => {
      reference = await startReference(setup.reference);
      await setup.ready?.(reference);
      if (setup.files === undefined) return;
      const files = await setup.files();
      stage = await openStage(report, files, setup.upstream === undefined ? reference.url : setup.upstream());
    },
    { timeout: HOOK_TIMEOUT_MS },
  );
  after(
    async () => {
      // Node ends a process whose event loop has nothing left to wait for, even with this hook's promise pending,
      // and a socket the server stopped reading (a body refused with 413 while it streamed) is nothing to wait
      // for: the process used to end inside reference.dispose(), which waits for that socket, before the report
      // was saved. A timer keeps the loop alive until the hook is done (or HOOK_TIMEOUT_MS fails it).
      const keepAlive = setInterval(() => undefined, 1000);
      try {
        await stage?.close();
        await setup.close?.();
        await reference?.dispose();
        setup.summarize?.();
        await report.save();
      } finally {
        clearInterval(keepAlive);
      }
    },
    { timeout: HOOK_TIMEOUT_MS },
  );
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: the suite's before hook has not run`);
    return value;
  };
  return {
    get reference() {
      return started(reference, 'the reference server');
    },
    get pages() {
      return started(stage, 'the stage').pages;
    },
    get browser() {
      return started(stage, 'the stage').browser;
    },
  };
}
