// The React 19 and Vue 3 example apps, built with Vite: data goes in as properties (objects, functions), pk-*
// events come out to the app's handlers, and the app re-renders the widgets from its state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from '../src/browser.js';
import { buildApp } from '../src/builds.js';
import { REACT_DIR, VUE_DIR } from '../src/paths.js';
import { startSite, type Site } from '../src/site.js';
import { waitForData } from '../src/widgets.js';

let site: Site;
let browser: Browser;

before(async () => {
  const [react, vue] = [await buildApp(REACT_DIR, 'react'), await buildApp(VUE_DIR, 'vue')];
  site = await startSite({ '/react/': react, '/vue/': vue });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** What the panel shows: the ids of its gauges and its visible text. */
const panel = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector('pk-kpi-panel') as (HTMLElement & { kpis?: unknown }) | null;
    const gauges = Array.from(element?.shadowRoot?.querySelectorAll('pk-kpi-gauge') ?? []);
    return {
      kpisIsProperty: Array.isArray(element?.kpis) && element?.getAttribute('kpis') === null,
      gauges: gauges.map((gauge) => (gauge as HTMLElement & { kpi?: { id: string } }).kpi?.id ?? null),
      text: element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  });

for (const framework of ['react', 'vue'] as const) {
  describe(`the ${framework === 'react' ? 'React 19' : 'Vue 3'} example app`, () => {
    let opened: OpenedPage;
    before(async () => {
      opened = await openPage(browser, `${site.url}/${framework}/`);
    });
    after(() => opened?.close());

    test('passes the KPIs as a property and the panel shows them', async () => {
      assert.deepEqual(await waitForData(opened.page, ['pk-kpi-panel']), ['data']);
      const shown = await panel(opened.page);
      assert.equal(shown.kpisIsProperty, true, 'kpis is a property, not an attribute');
      assert.equal(shown.gauges.length, 3);
      assert.deepEqual(opened.errors, []);
    });

    test('passes a function as a property (the provider’s getToken)', async () => {
      const token = await opened.page.evaluate(async () => {
        const provider = document.querySelector('pk-provider') as HTMLElement & {
          getToken?: (context: { refresh: boolean }) => unknown;
        };
        return typeof provider.getToken === 'function' ? await provider.getToken({ refresh: false }) : null;
      });
      assert.equal(token, `${framework}-example-token`);
    });

    test('hears pk-kpi-select and re-renders with the picked KPI', async () => {
      const { gauges } = await panel(opened.page);
      await opened.page.locator('pk-kpi-panel pk-kpi-gauge').nth(2).click();
      await opened.page.waitForFunction(() => document.getElementById('selected')?.textContent !== 'none');
      assert.equal(await opened.page.locator('#selected').textContent(), `${gauges[2] ?? ''} (1)`);
      // The app rendered a gauge for the pick, with the KPI object as its property.
      assert.deepEqual(await waitForData(opened.page, ['#detail']), ['data']);
      const detail = await opened.page.evaluate(
        () => (document.getElementById('detail') as (HTMLElement & { kpi?: { id: string } }) | null)?.kpi?.id,
      );
      assert.equal(detail, gauges[2]);
      await opened.page.locator('pk-kpi-panel pk-kpi-gauge').first().press('Enter');
      await opened.page.waitForFunction(() => document.getElementById('selected')?.textContent?.endsWith('(2)'));
      assert.equal(await opened.page.locator('#selected').textContent(), `${gauges[0] ?? ''} (2)`);
    });

    test('re-renders new data and a new language into the same elements', async () => {
      const element = await opened.page.locator('pk-kpi-panel').elementHandle();
      const before = await panel(opened.page);
      await opened.page.locator('#toggle-all').click();
      await opened.page.waitForFunction(
        () => (document.querySelector('pk-kpi-panel')?.shadowRoot?.querySelectorAll('pk-kpi-gauge').length ?? 0) > 3,
      );
      const all = await panel(opened.page);
      assert.ok(all.gauges.length > 3, `every KPI after the toggle (${all.gauges.length})`);
      await opened.page.locator('#toggle-locale').click();
      await opened.page.waitForFunction((text) => {
        const now = document.querySelector('pk-kpi-panel')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
        return now !== undefined && now !== text;
      }, all.text);
      const english = await panel(opened.page);
      assert.match(english.text, /[A-Za-z]{4,}/, 'English text after the language toggle');
      assert.notEqual(english.text, before.text);
      assert.ok(
        await opened.page.evaluate((handle) => handle === document.querySelector('pk-kpi-panel'), element),
        'the same element, updated in place',
      );
      assert.deepEqual(opened.errors, []);
    });
  });
}
