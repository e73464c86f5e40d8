// The benchmark's browser context and one timed page run, in Chromium from the shared launcher
// (@plankit/harness/browser).
import type { Browser, BrowserContext } from 'playwright-core';
import type { PageSample } from './page-harness.js';
import type { Binding, Viewport } from './scenario.js';

export { launchChromium } from '@plankit/harness/browser';

/** One context for the whole run: every page is fresh, but the HTTP cache and code cache are shared alike. */
export async function benchContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1, locale: 'zh-CN' });
}

/**
 * How long a page sits idle between getting ready and being measured. Loading a page (and closing the one
 * before) leaves work running on other threads and processes for a while; on a 2-core machine it competes
 * with the measurement. Measured on this project's 2-core VM (2026-11-24, 50 gauges, 15 runs): without
 * the wait every figure was about 40% higher and the spread (interquartile range over median) 20–30%;
 * after 300 ms or more it was 5–12%.
 */
export const settleMs = 500;

/**
 * Opens `url` in a fresh page (at `viewport`, when given, with the scenario's `bindings`), waits for the page to prepare and then to
 * settle, takes its one measurement and closes it.
 */
export async function measurePage(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
  viewport?: Viewport,
  bindings: Readonly<Record<string, Binding>> = {},
): Promise<PageSample> {
  const page = await context.newPage();
  if (viewport !== undefined) await page.setViewportSize(viewport);
  for (const [name, binding] of Object.entries(bindings)) await page.exposeFunction(name, binding);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.setDefaultTimeout(timeoutMs);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench !== undefined && window.__bench.state !== 'loading');
    const handshake = await page.evaluate(() => ({ state: window.__bench?.state, error: window.__bench?.error }));
    if (handshake.state !== 'ready') throw new Error(handshake.error ?? pageErrors[0] ?? 'the page did not get ready');
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const sample = await page.evaluate(() => {
      const measure = window.__bench?.measure;
      if (!measure) throw new Error('the page published no measurement');
      return measure();
    });
    if (pageErrors.length > 0) throw new Error(`uncaught in the page: ${pageErrors[0]}`);
    return sample;
  } finally {
    await page.close().catch(() => undefined);
  }
}
