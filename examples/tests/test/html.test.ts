// Plain HTML (one module script, a provider, the widgets) and an old jQuery page whose global stylesheet
// restyles everything: the widgets load, look the same on both pages, and talk to jQuery.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, type OpenedPage } from '../src/browser.js';
import { DROP_IN_BUNDLE, HTML_DIR, JQUERY } from '../src/paths.js';
import { startSite, type Site } from '../src/site.js';
import { WIDGET_TAGS, waitForData, widgetLooks, type WidgetLook } from '../src/widgets.js';

let site: Site;
let browser: Browser;
let clean: OpenedPage;
let legacy: OpenedPage;

before(async () => {
  site = await startSite({ '/static/plankit.js': DROP_IN_BUNDLE, '/static/jquery.min.js': JQUERY, '/': HTML_DIR });
  browser = await launchBrowser();
  clean = await openPage(browser, `${site.url}/index.html`);
  legacy = await openPage(browser, `${site.url}/legacy.html`);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

describe('a plain HTML page with the drop-in bundle', () => {
  test('every widget shows its data from the provider, with no console error', async () => {
    assert.deepEqual(await waitForData(clean.page, WIDGET_TAGS), ['data', 'data', 'data', 'data', 'data']);
    assert.deepEqual(clean.errors, []);
    assert.deepEqual(
      clean.messages.filter((message) => message.startsWith('error')),
      [],
    );
  });
});

describe('an old jQuery page with `* { box-sizing: content-box; font-size: 12px } div { display: inline }`', () => {
  test('every widget shows its data: jQuery’s .prop() set the token function', async () => {
    assert.deepEqual(await waitForData(legacy.page, WIDGET_TAGS), ['data', 'data', 'data', 'data', 'data']);
    assert.deepEqual(legacy.errors, []);
    const stylesheetApplies = await legacy.page.evaluate(() => {
      const detail = getComputedStyle(document.getElementById('detail') as Element);
      return {
        div: getComputedStyle(document.getElementById('dashboard') as Element).display,
        text: [detail.fontSize, detail.boxSizing],
      };
    });
    assert.deepEqual(
      stylesheetApplies,
      { div: 'inline', text: ['12px', 'content-box'] },
      'the stylesheet is in force on the page',
    );
  });

  test('each widget has the size, layout and text it has on the clean page', async () => {
    await waitForData(clean.page, WIDGET_TAGS);
    const expected = await widgetLooks(clean.page, WIDGET_TAGS);
    const actual = await widgetLooks(legacy.page, WIDGET_TAGS);
    for (const [index, tag] of WIDGET_TAGS.entries()) {
      const want = expected[index] as WidgetLook;
      const got = actual[index] as WidgetLook;
      assert.ok(want.text.length > 0, `${tag} shows text on the clean page`);
      assert.deepEqual(got.size, want.size, `${tag}: size`);
      assert.equal(got.text, want.text, `${tag}: text`);
      assert.deepEqual(got.boxes, want.boxes, `${tag}: layout of its parts`);
    }
  });

  test('a pick reaches a jQuery .on() listener with the payload on originalEvent.detail', async () => {
    await legacy.page.locator('pk-kpi-panel pk-kpi-gauge').first().press('Enter');
    const first = await legacy.page.evaluate(() => {
      const gauge = document.querySelector('pk-kpi-panel')?.shadowRoot?.querySelector('pk-kpi-gauge') as
        (HTMLElement & { kpi?: { id: string } | string }) | null;
      return typeof gauge?.kpi === 'object' ? gauge.kpi.id : (gauge?.getAttribute('kpi') ?? null);
    });
    assert.ok(first !== null);
    assert.equal(await legacy.page.locator('#detail').textContent(), first);
  });

  test('jQuery’s .prop() changes what a widget shows', async () => {
    const label = () =>
      legacy.page.evaluate(() =>
        document.getElementById('gauge')?.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim(),
      );
    const before = await label();
    await legacy.page.evaluate(() => {
      (window as unknown as { $: (selector: string) => { prop(name: string, value: unknown): void } })
        .$('#gauge')
        .prop('kpi', 'sales-volume');
    });
    await legacy.page.waitForFunction((previous) => {
      const text = document.getElementById('gauge')?.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim();
      return text !== undefined && text !== previous && text !== '';
    }, before);
    assert.notEqual(await label(), before);
    assert.deepEqual(legacy.errors, []);
  });
});

describe('a plain HTML page: events', () => {
  test('a pick in the panel reaches the page as pk-kpi-select', async () => {
    await clean.page.locator('pk-kpi-panel pk-kpi-gauge').nth(1).click();
    const picked = await clean.page.locator('#detail').textContent();
    assert.notEqual(picked, 'none');
    const gauges = await clean.page.evaluate(() =>
      Array.from(document.querySelector('pk-kpi-panel')?.shadowRoot?.querySelectorAll('pk-kpi-gauge') ?? [], (gauge) =>
        typeof (gauge as HTMLElement & { kpi?: unknown }).kpi === 'object'
          ? (gauge as HTMLElement & { kpi: { id: string } }).kpi.id
          : gauge.getAttribute('kpi'),
      ),
    );
    assert.equal(picked, gauges[1]);
  });
});
