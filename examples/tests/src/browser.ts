// Debian's Chromium from the shared launcher (@plankit/harness/browser), and a page with what it said recorded.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '@plankit/harness/browser';

/** The harness's one launcher. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface OpenedPage {
  page: Page;
  /** Console errors and warnings, `type: text`. */
  messages: string[];
  /** Uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  // tsx's keep-names transform wraps functions in a `__name` helper, which functions sent to the page carry along.
  await context.addInitScript('globalThis.__name = (target) => target;');
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const messages: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages, errors, close: () => context.close() };
}
