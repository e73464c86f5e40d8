// The reference server's demo page (packages/server/public/) on a phone, in Chromium: its navigation labels stay
// whole (never broken inside a word, Chinese or English) and within the screen, and the page asks for nothing the
// server does not have (its icon is inline: no /favicon.ico 404 in the console).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '@plankit/server';
import { launchBrowser } from '../src/browser.js';

/** A small phone's screen (CSS pixels). */
const PHONE = { width: 360, height: 740 };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const failedRequests: string[] = [];

/** Each navigation label: its text, how many lines it takes, and its box's horizontal extent. */
function navLabels(target: Page): Promise<Array<{ text: string; lines: number; left: number; right: number }>> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')].map((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      // One rect per line box the text occupies (a label broken anywhere takes two or more).
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      const box = link.getBoundingClientRect();
      return { text: link.textContent?.trim() ?? '', lines: tops.size, left: box.left, right: box.right };
    }),
  );
}

before(async () => {
  server = await startServer({
    seed: '2020',
    grids: 12,
    retailers: 200,
    now: new Date('2020-09-30T08:00:00Z'),
    log: () => undefined,
  });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, locale: 'zh-CN' });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('requestfailed', (request) => failedRequests.push(`failed ${new URL(request.url()).pathname}`));
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  // The widgets have loaded their data (the panel shows its gauges), so the page has made its requests.
  await page.waitForFunction(() => document.querySelector('pk-kpi-panel')?.shadowRoot?.querySelector('pk-kpi-gauge'));
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the demo page on a 360 px phone', () => {
  test('has an icon of its own, inline, so the browser asks for no /favicon.ico', async () => {
    const icon = await page.getAttribute('link[rel="icon"]', 'href');
    assert.match(icon ?? '', /^data:image\/svg\+xml,/);
    // Give the browser the moment it takes to look for an icon after load.
    await page.waitForTimeout(300);
    assert.deepEqual(failedRequests, [], 'requests that failed or were refused');
    assert.deepEqual(consoleErrors, [], 'console errors');
  });

  for (const [locale, labels] of [
    ['zh-CN', ['主要预期目标', '重点任务', '三员网格化', '零售户档位']],
    ['en', ['Objectives', 'Tasks', 'Grid management', 'Retailer tiers']],
  ] as const) {
    test(`keeps each navigation label whole and on screen (${locale})`, async () => {
      await page.selectOption('#locale', locale);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
      const shown = await navLabels(page);
      assert.deepEqual(
        shown.map((label) => label.text),
        labels,
      );
      for (const label of shown) {
        assert.equal(label.lines, 1, `“${label.text}” is broken over ${label.lines} lines`);
        assert.ok(label.left >= 0 && label.right <= PHONE.width, `“${label.text}” lies outside the screen`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    });
  }

  test('offers each widget’s formats in its card’s Export menu, in the page’s language', async () => {
    for (const [locale, widget, formats] of [
      ['en', 'kpi-panel', ['CSV table (opens in Excel)', 'SVG image', 'PNG picture']],
      ['zh-CN', 'grid-map', ['SVG 矢量图', 'PNG 图片']],
    ] as const) {
      await page.selectOption('#locale', locale);
      const menu = page.locator(`pk-export-menu[for="${widget}"]`);
      await menu.locator('[part~="button"]').click();
      const items = await menu.locator('[role="menuitem"]').allTextContents();
      assert.deepEqual(
        items.map((text) => text.trim()),
        formats,
      );
      await page.keyboard.press('Escape');
    }
    assert.deepEqual(consoleErrors, [], 'console errors');
  });
});
