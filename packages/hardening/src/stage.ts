// The stage every browser suite plays on: the page server with the bundles under test (relaying /api/* to an
// upstream, when there is one) and Chromium. Opened in a suite's `before`, closed in its `after`.
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startPageServer, type PageServer } from './page-server.js';
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
