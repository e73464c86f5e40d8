// Chromium from the shared launcher (@plankit/harness/browser), and a page opened on a scenario with everything it
// says recorded: console messages, uncaught errors, requests, and the harness record.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@plankit/harness/browser';
import type { HarnessRecord } from './scenario.js';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** Where it came from (for a failed request, the request's URL). */
  url: string;
}

export interface OpenedPage {
  page: Page;
  console: ConsoleEntry[];
  /** Uncaught exceptions as Playwright saw them (independent of the page's own listeners). */
  pageErrors: string[];
  /** Every request URL the page made, in order. */
  requests: Array<{ method: string; url: string }>;
  harness(): Promise<HarnessRecord>;
  close(): Promise<void>;
}

/** Open `url` in a fresh context and wait (bounded) until the harness has built the page. */
export async function openScenario(browser: Browser, url: string, timeoutMs = 20_000): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const consoleEntries: ConsoleEntry[] = [];
  const pageErrors: string[] = [];
  const requests: Array<{ method: string; url: string }> = [];
  page.on('console', (message) =>
    consoleEntries.push({ type: message.type(), text: message.text(), url: message.location().url }),
  );
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction(
    () => (window as unknown as { __harness?: HarnessRecord }).__harness?.ready === true,
    undefined,
    {
      timeout: timeoutMs,
    },
  );
  const harness = () => page.evaluate(() => (window as unknown as { __harness: HarnessRecord }).__harness);
  const opened: OpenedPage = {
    page,
    console: consoleEntries,
    pageErrors,
    requests,
    harness,
    close: () => context.close(),
  };
  const record = await harness();
  if (record.failure !== null) throw new Error(`the page could not be built: ${record.failure}`);
  return opened;
}

/** Whether any payload ran: `window.__pwned` (also reached through a polluted Object.prototype). */
export function pwnedFlag(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const own = (window as unknown as { __pwned?: unknown }).__pwned;
    const polluted = (Object.prototype as { __pwned?: unknown }).__pwned;
    const value = own ?? polluted;
    return value === undefined ? null : String(value);
  });
}
