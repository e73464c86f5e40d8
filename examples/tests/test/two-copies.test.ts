// Two copies of Plankit on one page: the drop-in bundle from two URLs and an npm user's build of the elements
// (its own lit). The first copy to load registers the tags, the others step aside without an error, and every
// widget works. (The hardening suite's double-definition test covers more orders and the strict CSP.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from '../src/browser.js';
import { buildNpmEntry } from '../src/builds.js';
import { DROP_IN_BUNDLE, HTML_DIR } from '../src/paths.js';
import { startSite, type Site } from '../src/site.js';
import { WIDGET_TAGS, waitForData } from '../src/widgets.js';

let site: Site;
let browser: Browser;
let opened: OpenedPage;

before(async () => {
  const npm = await buildNpmEntry();
  site = await startSite({
    '/static/plankit.js': DROP_IN_BUNDLE,
    '/static/copy/plankit.js': DROP_IN_BUNDLE,
    '/npm/': npm,
    '/': HTML_DIR,
  });
  browser = await launchBrowser();
  opened = await openPage(browser, `${site.url}/two-copies.html`);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

describe('the drop-in bundle twice and the npm build on one page', () => {
  test('every copy ran: three copies of lit loaded', async () => {
    await waitForData(opened.page, WIDGET_TAGS);
    for (const path of ['/static/plankit.js', '/static/copy/plankit.js', '/npm/npm-entry.js'])
      assert.ok(site.requests.includes(path), `${path} was loaded`);
    const litCopies = await opened.page.evaluate(
      () => ((window as unknown as { litElementVersions?: unknown[] }).litElementVersions ?? []).length,
    );
    assert.equal(litCopies, 3);
  });

  test('every widget shows its data, with no uncaught error and no console error', async () => {
    assert.deepEqual(await waitForData(opened.page, WIDGET_TAGS), ['data', 'data', 'data', 'data', 'data']);
    assert.deepEqual(opened.errors, []);
    assert.deepEqual(
      opened.messages.filter((message) => message.startsWith('error')),
      [],
    );
  });

  test('a pick still reaches the page as pk-kpi-select', async () => {
    await opened.page.locator('pk-kpi-panel pk-kpi-gauge').first().click();
    await opened.page.waitForFunction(() => document.getElementById('detail')?.textContent !== 'none');
    assert.match((await opened.page.locator('#detail').textContent()) ?? '', /^[a-z-]+$/);
  });
});
