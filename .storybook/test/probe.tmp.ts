import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../../.ci/chromium.mjs';
import { serveStatic } from './static-server.js';
const server = await serveStatic('/work/wt/storybook/storybook-static');
const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto(`${server.origin}/iframe.html?id=docs-theming--docs&viewMode=docs&globals=scheme:dark`);
await page.waitForSelector('[data-token]');
const rows = await page.$$eval('[data-token]', (trs) =>
  trs.map((tr) => [...tr.children].map((c) => c.textContent?.slice(0, 60)).join(' | ')),
);
console.log(rows.join('\n'));
await page.screenshot({ path: '/tmp/theming.png', fullPage: false });
await browser.close();
await server.close();
