// Browser tests of <pk-retailer-tiers>: bands from the scheme, each metric, numbering, table view, keyboard
// selection, the provider's grid, both locales, dark theme, axe, bad input and the exports.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createClient, type PlankitClient, type Retailer, type TierScheme, type TierSummary } from '@plankit/sdk';
import { summarizeTiers } from '@plankit/sdk/domain';
import { TIER_SCHEME_DESCENDING_12, generateCounty } from '@plankit/sdk/fixtures';
import './pk-retailer-tiers.js';
import '../provider/pk-provider.js';
import type { RetailerTiersElement } from './retailer-tiers.js';
import type { ProviderElement } from '../provider/provider.js';
import type { TierSelectEvent } from '../shared/events/tier-select.js';
import type { PkErrorEvent } from '../shared/events/error.js';
import { inProvider, part, partText, untilPart, windowErrorsDuring } from '../test/helpers.js';

const county = generateCounty({ seed: 'tiers-test', grids: 6, retailers: 600, months: 9 });
const summary = summarizeTiers(county.retailers, county.scheme, county.year, { months: county.months });

let nextId = 0;
function shop(tier: number, thisYear: number, lastYear: number[], margin: number, gridId = 'g-1'): Retailer {
  nextId += 1;
  return {
    id: `r-${nextId}`,
    licence: `L${nextId}`,
    name: `店${nextId}`,
    businessType: 'grocery',
    area: 'urban',
    gridId,
    location: [117.2, 31.8],
    tier,
    ordersThisYear: [thisYear],
    ordersLastYear: lastYear,
    grossMargin: margin,
    groupMember: false,
    pioneerStore: false,
    insideSchoolRedLine: false,
  };
}

/** Twelve tiers numbered from the top, four bands of the bureau's own. */
const ownScheme: TierScheme = TIER_SCHEME_DESCENDING_12;
const ownRetailers = [
  shop(1, 500, [400], 0.14),
  shop(4, 300, [300], 0.12),
  shop(7, 90, [100], 0.1),
  shop(8, 120, [100], 0.12),
  shop(12, 50, [40], 0.09),
];
const ownSummary = summarizeTiers(ownRetailers, ownScheme, 2020);

async function tiers(value: TierSummary = summary, attributes: { metric?: string; lang?: string } = {}) {
  const el = await fixture<RetailerTiersElement>(
    html`<pk-retailer-tiers
      .summary=${value}
      metric=${attributes.metric ?? 'count'}
      lang=${attributes.lang ?? 'zh-CN'}
    ></pk-retailer-tiers>`,
  );
  await el.updateComplete;
  return el;
}

/** `<pk-retailer-tiers>` showing `value` inside a `<pk-provider>`. */
const withProvider = (value: TierSummary) =>
  inProvider<RetailerTiersElement>(
    'pk-retailer-tiers',
    html`<pk-provider><pk-retailer-tiers .summary=${value}></pk-retailer-tiers></pk-provider>`,
  );

const $$ = (el: Element, selector: string): Element[] => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];
const options = (el: Element): SVGGElement[] => $$(el, '[part~="tier"]') as SVGGElement[];
const text = (el: Element | undefined | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A client whose fetch answers GET /retailers/tier-summary from `answer` (and records the queries). */
function tierApi(answer: (query: URLSearchParams) => Response | Promise<Response>) {
  const queries: URLSearchParams[] = [];
  const client = createClient({
    baseUrl: 'https://plankit.test/api/v1',
    retry: 0,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      void init;
      queries.push(url.searchParams);
      return answer(url.searchParams);
    },
  });
  return { client, queries };
}

/** `<pk-retailer-tiers>` loading through a provider with `client`, dated 2020-09-30, once its chart is drawn. */
async function connected(client: PlankitClient) {
  const provider = await fixture<ProviderElement>(
    html`<pk-provider .client=${client} as-of="2020-09-30"><pk-retailer-tiers></pk-retailer-tiers></pk-provider>`,
  );
  const el = provider.querySelector('pk-retailer-tiers') as RetailerTiersElement;
  await untilPart(el, 'chart');
  return { provider, el };
}
const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' },
  });

describe('<pk-retailer-tiers>', () => {
  describe('accessibility', () => {
    it('is accessible', async () => {
      await expect(await tiers()).to.be.accessible();
    });

    it('is accessible in the table view', async () => {
      const el = await tiers();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark scheme, with the order growth and its reference line', async () => {
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers .summary=${summary} metric="order-growth" color-scheme="dark"></pk-retailer-tiers>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('is accessible in its error state', async () => {
      const el = await tiers({ ...summary, tiers: summary.tiers.slice(1) });
      await expect(el).to.be.accessible();
    });

    it('makes the tiers one tab stop, a listbox of options named with their figures', async () => {
      const el = await tiers();
      expect(options(el).filter((option) => option.tabIndex === 0).length).to.equal(1);
      expect(el.shadowRoot?.querySelector('svg')?.getAttribute('role')).to.equal('listbox');
      expect(options(el)[10]?.getAttribute('aria-label')).to.match(/^第11档，中档（目标），零售户数 \d+，\d+ 户$/);
    });
  });

  describe('properties', () => {
    it('draws one bar per tier of the scheme', async () => {
      const el = await tiers();
      expect(options(el).length).to.equal(30);
      expect($$(el, '.bar').length).to.equal(30);
    });

    it('shades and labels the bands of the scheme, the target band in words', async () => {
      const el = await tiers();
      expect($$(el, '.band-label').map(text)).to.deep.equal(['低档', '中档（目标）', '高档']);
      expect($$(el, '.shade.target').length).to.equal(1);
      expect($$(el, '.bar.target').length).to.equal(10);
    });

    it('takes its bands from a custom scheme, showing a code without a name as written', async () => {
      const el = await tiers(ownSummary);
      expect($$(el, '.band-label').map(text)).to.deep.equal(['entry', '中小户（目标）', '骨干户', '核心户']);
      expect($$(el, '[part~="band"]').map((band) => band.getAttribute('data-band'))).to.deep.equal([
        'entry',
        'small-mid',
        'upper',
        'top',
      ]);
    });

    it('puts the lowest tier first under descending numbering (tier 12 left, tier 1 right)', async () => {
      const el = await tiers(ownSummary);
      const tiersShown = options(el).map((option) => Number(option.getAttribute('data-tier')));
      expect(tiersShown).to.deep.equal([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    });

    it('shows the retailers per tier as bar heights (count)', async () => {
      const el = await tiers(ownSummary);
      const heights = options(el).map((option) => Number(option.querySelector('.bar')?.getAttribute('height')));
      // Tiers 12 and 1 hold one retailer each; tier 11 none (a hairline).
      expect(heights[0]).to.equal(heights[11]);
      expect(heights[1]).to.equal(0.5);
      expect(partText(el, 'band')).to.include('1 户');
    });

    it('shows the YoY growth with negative bars below zero and the band target as a reference line', async () => {
      const el = await tiers(ownSummary, { metric: 'order-growth' });
      const tier7 = options(el).find((option) => option.getAttribute('data-tier') === '7');
      expect(tier7?.getAttribute('aria-label')).to.include('订货额同比 -10%');
      const zero = Number(el.shadowRoot?.querySelector('.zero')?.getAttribute('y1'));
      expect(Number(tier7?.querySelector('.bar')?.getAttribute('y'))).to.equal(zero);
      expect($$(el, '.reference').length).to.equal(1);
      expect($$(el, '.reference-label').map(text)).to.deep.equal(['目标 5%']);
    });

    it('shows the gross margin with each band’s margin target', async () => {
      const el = await tiers(ownSummary, { metric: 'gross-margin' });
      expect($$(el, '.reference').length).to.equal(3);
      const tier1 = options(el).find((option) => option.getAttribute('data-tier') === '1');
      expect(tier1?.getAttribute('aria-label')).to.include('毛利率 14%');
    });

    it('marks a tier without figures as no data, never a bar', async () => {
      const el = await tiers(ownSummary, { metric: 'gross-margin' });
      const tier11 = options(el).find((option) => option.getAttribute('data-tier') === '11');
      expect(tier11?.querySelector('.bar')).to.equal(null);
      expect(tier11?.querySelector('.no-data')).to.not.equal(null);
      expect(tier11?.getAttribute('aria-label')).to.include('无数据');
    });

    it('switches the metric from its buttons and says so in the live region', async () => {
      const el = await tiers();
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[data-metric="gross-margin"]');
      button?.click();
      await el.updateComplete;
      expect(el.metric).to.equal('gross-margin');
      expect(button?.getAttribute('aria-pressed')).to.equal('true');
      expect(text(el.shadowRoot?.querySelector('[aria-live]'))).to.equal('显示：毛利率');
    });

    it('sums each band beside the chart: retailers, orders, growth with its mark, margin against the target', async () => {
      const el = await tiers(ownSummary);
      const target = el.shadowRoot?.querySelector('[data-band="small-mid"]');
      expect(text(target?.querySelector('h3'))).to.equal('中小户 目标档 第6–9档');
      expect(text(target?.querySelector('[data-figure="count"]'))).to.equal('2 户');
      expect(text(target?.querySelector('[data-figure="orders"]'))).to.equal('今年 ¥210 · 去年 ¥200');
      expect(text(target?.querySelector('[data-figure="growth"]'))).to.equal('▲ +5% 增长 目标 ≥ 5%，已达标');
      expect(target?.querySelector('[data-trend="up"]')).to.not.equal(null);
      expect(text(target?.querySelector('[data-figure="margin"]'))).to.equal('11% 目标 ≥ 11%，已达标');
      const core = el.shadowRoot?.querySelector('[data-band="top"] [data-figure="margin"]');
      expect(text(core)).to.equal('14% 目标 ≥ 13%，已达标');
    });

    it('says which retailers lack last year’s figures, and shows no growth for them', async () => {
      const gap = summarizeTiers([...ownRetailers, shop(6, 100, [], 0.1)], ownScheme, 2020);
      const el = await tiers(gap, { metric: 'order-growth' });
      const growth = el.shadowRoot?.querySelector('[data-band="small-mid"] [data-figure="growth"]');
      expect(text(growth)).to.equal('无数据 (1 户缺去年数据)');
      const tier6 = options(el).find((option) => option.getAttribute('data-tier') === '6');
      expect(tier6?.querySelector('.bar')).to.equal(null);
    });

    it('shows the same figures as a table, tiers then band totals then the total', async () => {
      const el = await tiers(ownSummary);
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="view-toggle"]')?.click();
      await el.updateComplete;
      expect(el.view).to.equal('table');
      expect(part(el, 'chart')).to.equal(null);
      const table = part(el, 'table') as HTMLTableElement;
      expect(table.tBodies[0]?.rows.length).to.equal(12);
      expect(text(table.tBodies[0]?.rows[5])).to.equal('第7档 中小户（目标） 1 90 100 -10% 10%');
      expect([...(table.tFoot?.rows ?? [])].map((row) => text(row.cells[0]))).to.deep.equal([
        'entry合计',
        '中小户合计',
        '骨干户合计',
        '核心户合计',
        '合计',
      ]);
      expect(table.querySelectorAll('th[scope="col"]').length).to.equal(7);
    });

    it('speaks English', async () => {
      const el = await tiers(ownSummary, { lang: 'en', metric: 'order-growth' });
      expect($$(el, '.band-label').map(text)).to.deep.equal(['entry', 'Small–mid (target)', 'Backbone', 'Core']);
      expect(partText(el, 'scope')).to.equal('Jan 2020', 'a given summary: its grid is not known');
      const target = el.shadowRoot?.querySelector('[data-band="small-mid"] [data-figure="growth"]');
      expect(text(target)).to.equal('▲ +5% up target ≥ 5%, met');
      expect(options(el)[5]?.getAttribute('aria-label')).to.equal(
        'Tier 7, Small–mid (target), Order growth -10%, 1 retailers',
      );
    });

    it('summarises .retailers itself with .scheme', async () => {
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers .retailers=${ownRetailers} .scheme=${ownScheme} year="2020"></pk-retailer-tiers>`,
      );
      expect(options(el).length).to.equal(12);
      expect(text(el.shadowRoot?.querySelector('[data-band="small-mid"] [data-figure="count"]'))).to.equal('2 户');
    });

    it('summarises .retailers with the common 30-tier scheme by default', async () => {
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers .retailers=${county.retailers} year="2020"></pk-retailer-tiers>`,
      );
      expect(options(el).length).to.equal(30);
      const count = el.shadowRoot?.querySelector('[data-band="mid"] [data-figure="count"]');
      expect(text(count)).to.equal(`${summary.bands[1]?.count ?? -1} 户`);
    });

    it('summarises only the .retailers of its grid, and all of them again without one', async () => {
      const mixed = [...ownRetailers, shop(3, 800, [700], 0.2, 'g-2'), shop(5, 600, [500], 0.2, 'g-2')];
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers .retailers=${mixed} .scheme=${ownScheme} year="2020" grid="g-2"></pk-retailer-tiers>`,
      );
      const total = (): string => text(el.shadowRoot?.querySelector('[data-band="upper"] [data-figure="count"]'));
      expect(partText(el, 'scope')).to.contain('网格 g-2');
      expect(total()).to.equal('2 户');
      el.grid = undefined;
      await el.updateComplete;
      expect(total()).to.equal('3 户');
    });

    it('says so when the scope has no retailers', async () => {
      const el = await tiers(summarizeTiers([], ownScheme, 2020));
      expect(partText(el, 'state')).to.equal('没有零售户（2020年）。');
    });
  });

  describe('events', () => {
    it('fires pk-tier-select with the tier and its band on a click', async () => {
      const el = await tiers(ownSummary);
      const tier7 = options(el).find((option) => option.getAttribute('data-tier') === '7');
      setTimeout(() => tier7?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const event = (await oneEvent(el, 'pk-tier-select')) as TierSelectEvent;
      expect(event.detail).to.deep.equal({ band: 'small-mid', tier: 7 });
      expect(tier7?.getAttribute('aria-selected')).to.equal('true');
      expect(text(el.shadowRoot?.querySelector('[aria-live]'))).to.equal('已选择 第7档（中小户）');
    });

    it('clears the pick when the same tier is clicked again', async () => {
      const el = await tiers(ownSummary);
      const tier7 = options(el).find((option) => option.getAttribute('data-tier') === '7');
      tier7?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      setTimeout(() => tier7?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const event = (await oneEvent(el, 'pk-tier-select')) as TierSelectEvent;
      expect(event.detail).to.deep.equal({ band: null, tier: null });
    });

    it('selects a whole band from its name in the summary', async () => {
      const el = await tiers(ownSummary);
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>('[data-band="upper"] [part~="band-button"]');
      setTimeout(() => button?.click());
      const event = (await oneEvent(el, 'pk-tier-select')) as TierSelectEvent;
      expect(event.detail).to.deep.equal({ band: 'upper', tier: null });
    });

    it('sets the provider’s selection, which marks the band', async () => {
      const { provider, el } = await withProvider(ownSummary);
      options(el)[0]?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(provider.selection.tierBand).to.equal('entry');
      await el.updateComplete;
      expect($$(el, '.selected-band').length).to.equal(1);
      const button = el.shadowRoot?.querySelector('[data-band="entry"] [part~="band-button"]');
      expect(button?.getAttribute('aria-pressed')).to.equal('true');
    });

    it('clears its picked tier when the page’s selection changes elsewhere', async () => {
      const { provider, el } = await withProvider(ownSummary);
      options(el)[5]?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitUntil(() => provider.selection.tierBand === 'small-mid');
      await el.updateComplete;
      expect(options(el)[5]?.getAttribute('aria-selected')).to.equal('true', 'kept while the band matches');
      provider.selection = { gridId: null, tierBand: 'top', kpiId: null };
      await waitUntil(() => options(el)[5]?.getAttribute('aria-selected') === 'false');
      expect(el.shadowRoot?.querySelector('.selected-band')).to.not.equal(null);
    });

    it('shows a tooltip for the hovered or focused tier', async () => {
      const el = await tiers(ownSummary, { metric: 'order-growth' });
      options(el)[5]?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($$(el, '[part~="tooltip"] text').map(text)).to.deep.equal([
        '第7档 · 中小户（目标）',
        '订货额同比 -10%',
        '1 户',
      ]);
    });
  });

  describe('keyboard', () => {
    it('moves between the tiers with the arrow keys and picks one with Enter', async () => {
      const el = await tiers(ownSummary);
      options(el)[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement?.getAttribute('data-tier')).to.equal('10');
      expect(options(el)[2]?.tabIndex).to.equal(0);
      expect(partText(el, 'tooltip')).to.include('第10档');
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(el, 'pk-tier-select')) as TierSelectEvent;
      expect(event.detail).to.deep.equal({ band: 'entry', tier: 10 });
    });

    it('picks with Space, clears with Escape and goes to the ends with Home and End', async () => {
      const el = await tiers(ownSummary);
      options(el)[0]?.focus();
      await sendKeys({ press: 'End' });
      expect(el.shadowRoot?.activeElement?.getAttribute('data-tier')).to.equal('1');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(options(el)[11]?.getAttribute('aria-selected')).to.equal('true');
      setTimeout(() => void sendKeys({ press: 'Escape' }));
      const event = (await oneEvent(el, 'pk-tier-select')) as TierSelectEvent;
      expect(event.detail.tier).to.equal(null);
      await sendKeys({ press: 'Home' });
      expect(el.shadowRoot?.activeElement?.getAttribute('data-tier')).to.equal('12');
    });
  });

  describe('connected', () => {
    it('loads the summary for the year of the provider’s date', async () => {
      const api = tierApi(() => json(summary));
      const { el } = await connected(api.client);
      expect(api.queries[0]?.get('year')).to.equal('2020');
      expect(api.queries[0]?.has('grid')).to.equal(false);
      expect(partText(el, 'scope')).to.equal('2020年1–9月 · 全部网格');
    });

    it('follows the grid selected on the page', async () => {
      const api = tierApi((query) =>
        json(
          summarizeTiers(
            county.retailers.filter((retailer) => !query.has('grid') || retailer.gridId === query.get('grid')),
            county.scheme,
            2020,
          ),
        ),
      );
      const { provider, el } = await connected(api.client);
      const grid = county.retailers[0]?.gridId ?? '';
      provider.selection = { gridId: grid, tierBand: null, kpiId: null };
      await waitUntil(() => partText(el, 'scope').endsWith(`网格 ${grid}`) && part(el, 'chart') !== null);
      expect(api.queries.at(-1)?.get('grid')).to.equal(grid);
      const inGrid = county.retailers.filter((retailer) => retailer.gridId === grid).length;
      const counts = $$(el, '[data-figure="count"]').map((dd) => Number(text(dd).replace(/\D/g, '')));
      expect(counts.reduce((a, b) => a + b, 0)).to.equal(inGrid);
    });

    it('filters .retailers by the grid selected on the page', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider
          ><pk-retailer-tiers .retailers=${ownRetailers} .scheme=${ownScheme} year="2020"></pk-retailer-tiers
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-retailer-tiers') as RetailerTiersElement;
      provider.selection = { gridId: 'g-2', tierBand: null, kpiId: null };
      await waitUntil(() => partText(el, 'state').startsWith('没有零售户'));
      expect(partText(el, 'state')).to.equal('没有零售户（2020年 · 网格 g-2）。');
    });

    it('names the grid the server says its figures are for', async () => {
      const api = tierApi(() =>
        json({ ...summary, grid: { id: 'g-7', name: { zh: '城关一网格', en: 'Chengguan 1' } } }),
      );
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} as-of="2020-09-30"
          ><pk-retailer-tiers grid="g-7"></pk-retailer-tiers
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-retailer-tiers') as RetailerTiersElement;
      await untilPart(el, 'chart');
      expect(api.queries[0]?.get('grid')).to.equal('g-7');
      expect(partText(el, 'scope')).to.equal('2020年1–9月 · 网格 城关一网格');
    });

    it('shows a failed load with Retry, which loads again', async () => {
      let calls = 0;
      const api = tierApi(() => {
        calls += 1;
        return calls === 1 ? json({ type: 'about:blank', title: 'down', status: 503 }, 503) : json(summary);
      });
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client}><pk-retailer-tiers></pk-retailer-tiers></pk-provider>`,
      );
      const el = provider.querySelector('pk-retailer-tiers') as RetailerTiersElement;
      const retry = (await untilPart(el, 'retry')) as HTMLButtonElement;
      expect(partText(el, 'state')).to.include('服务器出错（503）');
      retry.click();
      await untilPart(el, 'chart');
      expect(calls).to.equal(2);
    });

    it('shows a provider date that is no date as an error, loading once', async () => {
      const api = tierApi(() => json(summary));
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} as-of="June"><pk-retailer-tiers></pk-retailer-tiers></pk-provider>`,
      );
      const el = provider.querySelector('pk-retailer-tiers') as RetailerTiersElement;
      let reports = 0;
      el.addEventListener('pk-error', () => (reports += 1));
      await untilPart(el, 'retry');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(reports).to.be.at.most(1, 'no reload loop');
      expect(partText(el, 'state')).to.include('query.year');
      expect(api.queries.length).to.equal(0, 'refused by the SDK before any request');
      expect(el.shadowRoot?.querySelectorAll('[part~="state"]').length).to.equal(1);
    });

    it('says there is no data source without a provider', async () => {
      const el = await fixture<RetailerTiersElement>(html`<pk-retailer-tiers></pk-retailer-tiers>`);
      expect(partText(el, 'state')).to.include('pk-provider');
    });
  });

  describe('errors', () => {
    it('shows a summary with a tier outside its scheme as an error naming it, never bars', async () => {
      const broken = { ...summary, tiers: summary.tiers.map((row) => (row.tier === 3 ? { ...row, tier: 31 } : row)) };
      const errors = await windowErrorsDuring(async () => {
        const el = await fixture<RetailerTiersElement>(html`<pk-retailer-tiers></pk-retailer-tiers>`);
        setTimeout(() => (el.summary = broken));
        const event = (await oneEvent(el, 'pk-error')) as PkErrorEvent;
        expect(event.detail.kind).to.equal('invalid-data');
        expect(el.shadowRoot?.querySelector('[role="alert"]')).to.not.equal(null);
        expect(partText(el, 'state')).to.include('summary.tiers.2.tier');
        expect(options(el).length).to.equal(0);
      });
      expect(errors).to.deep.equal([]);
    });

    it('shows retailers with a negative amount as an error naming the retailer and month', async () => {
      const bad = [...ownRetailers, { ...shop(2, 1, [1], 0.1), ordersThisYear: [-5] }];
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers .retailers=${bad} .scheme=${ownScheme} year="2020"></pk-retailer-tiers>`,
      );
      expect(partText(el, 'state')).to.include('retailers.5.ordersThisYear.0');
      expect(part(el, 'retry')).to.equal(null);
    });

    it('shows a retailer in a tier the scheme does not have as an error', async () => {
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers
          .retailers=${[shop(13, 1, [1], 0.1)]}
          .scheme=${ownScheme}
          year="2020"
        ></pk-retailer-tiers>`,
      );
      expect(partText(el, 'state')).to.include('retailers.0.tier');
    });

    it('reports bad data once, not again when it re-renders', async () => {
      let reports = 0;
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers
          @pk-error=${() => (reports += 1)}
          .summary=${{ ...summary, bands: [] }}
        ></pk-retailer-tiers>`,
      );
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      expect(partText(el, 'state')).to.include('Invalid data: summary.bands');
      expect(reports).to.equal(1);
    });

    it('keeps long band names inside its box', async () => {
      const long = 'x'.repeat(600);
      const named = summarizeTiers(
        ownRetailers,
        { ...ownScheme, bands: ownScheme.bands.map((band) => ({ ...band, name: { zh: long, en: long } })) },
        2020,
      );
      const el = await fixture<RetailerTiersElement>(
        html`<div style="width: 480px"><pk-retailer-tiers .summary=${named}></pk-retailer-tiers></div>`,
      ).then((box) => box.querySelector('pk-retailer-tiers') as RetailerTiersElement);
      await el.updateComplete;
      const base = part(el, 'base') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(481);
      expect(text(el.shadowRoot?.querySelector('.band-label'))).to.match(/^x+…$/);
      const button = el.shadowRoot?.querySelector('[part~="band-button"]') as HTMLElement;
      expect(button.getBoundingClientRect().height).to.be.below(3 * 14 * 1.5, 'two lines at most');
      expect(button.title).to.equal(long);
    });

    it('recovers when good data replaces bad', async () => {
      const el = await tiers({ ...summary, bands: [] });
      expect(part(el, 'chart')).to.equal(null);
      el.summary = ownSummary;
      await el.updateComplete;
      expect(options(el).length).to.equal(12);
    });
  });

  describe('persist-key', () => {
    const key = 'plankit:pk-retailer-tiers:test';
    const saved = async () =>
      fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers persist-key="test" .summary=${ownSummary}></pk-retailer-tiers>`,
      );
    afterEach(() => localStorage.removeItem(key));

    it('keeps the metric, the view and the picked tier across a reload, and no data', async () => {
      const first = await saved();
      first.metric = 'gross-margin';
      options(first)
        .find((option) => option.getAttribute('data-tier') === '7')
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await first.updateComplete;
      first.remove();
      const stored = localStorage.getItem(key) ?? '';
      expect(JSON.parse(stored)).to.deep.equal({ v: 1, view: { metric: 'gross-margin', view: 'chart', tier: 7 } });
      expect(stored).not.to.contain('店');
      const second = await saved();
      await second.updateComplete;
      expect(second.metric).to.equal('gross-margin');
      const tier7 = options(second).find((option) => option.getAttribute('data-tier') === '7');
      expect(tier7?.getAttribute('aria-selected')).to.equal('true');
      second.view = 'table';
      await second.updateComplete;
      second.remove();
      expect((await saved()).view).to.equal('table');
    });

    it('ignores a corrupt, foreign or future stored view', async () => {
      for (const value of [
        '{not json',
        JSON.stringify({ v: 1, view: { metric: 'bogus', view: 'pie', tier: 1e9 } }),
        JSON.stringify({ v: 2, view: { metric: 'gross-margin' } }),
      ]) {
        localStorage.setItem(key, value);
        const el = await saved();
        expect([el.metric, el.view]).to.deep.equal(['count', 'chart']);
        expect(options(el).filter((option) => option.getAttribute('aria-selected') === 'true')).to.have.length(0);
        el.remove();
      }
    });
  });

  describe('print', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints black text and borders on white, even in the dark scheme', async () => {
      const el = await fixture<RetailerTiersElement>(
        html`<pk-retailer-tiers .summary=${ownSummary} color-scheme="dark"></pk-retailer-tiers>`,
      );
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'base') as Element).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($$(el, '.tier-label')[0] as Element).fill).to.equal('rgb(51, 51, 51)');
    });

    it('underlines the picked metric instead of filling it', async () => {
      const el = await tiers(ownSummary);
      const [picked, other] = $$(el, '[part~="metrics"] button').map((button) => getComputedStyle(button));
      expect(picked?.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(picked?.color).to.equal('rgb(0, 0, 0)');
      expect(picked?.textDecorationLine).to.equal('underline');
      expect(other?.textDecorationLine).to.equal('none');
    });

    it('outlines the target band’s bars and frames its summary in black', async () => {
      const el = await tiers(ownSummary);
      const target = getComputedStyle($$(el, '.bar.target')[0] as Element);
      expect(target.stroke).to.equal('rgb(0, 0, 0)');
      expect($$(el, '.bar:not(.target)').map((bar) => getComputedStyle(bar).stroke)).to.not.include('rgb(0, 0, 0)');
      const band = getComputedStyle(el.shadowRoot?.querySelector('.band.target') as Element);
      expect(band.borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(band.borderTopWidth).to.equal('2px');
    });

    it('keeps the chart, each band and each table row whole on a page', async () => {
      const el = await tiers(ownSummary);
      expect(getComputedStyle(part(el, 'chart') as Element).breakInside).to.equal('avoid');
      expect(getComputedStyle(part(el, 'band') as Element).breakInside).to.equal('avoid');
      el.view = 'table';
      await el.updateComplete;
      expect(getComputedStyle($$(el, 'tbody tr')[0] as Element).breakInside).to.equal('avoid');
    });

    it('leaves the tooltip of a hovered tier off the page', async () => {
      const el = await tiers(ownSummary);
      options(el)[0]?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'tooltip') as Element).display).to.equal('none');
    });
  });

  describe('export', () => {
    it('exports the table as CSV in UTF-8 with a BOM, and defuses formulas in names', async () => {
      const hostile = summarizeTiers(
        ownRetailers,
        {
          ...ownScheme,
          bands: ownScheme.bands.map((band) =>
            band.id === 'top' ? { ...band, name: { zh: '=HYPERLINK("x")', en: 'x' } } : band,
          ),
        },
        2020,
      );
      const el = await tiers(hostile);
      const blob = await el.export({ format: 'csv' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = (await blob.text()).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal('档位,档段,零售户,今年订货额,去年订货额,同比,毛利率');
      expect(lines[6]).to.equal('第7档,中小户,1,90,100,-10.00%,10.00%');
      expect(lines[2]).to.equal('第11档,entry,0,0,0,,');
      expect(lines).to.include(`第1档,"'=HYPERLINK(""x"")",1,500,400,25.00%,14.00%`);
      expect(lines.length).to.equal(1 + 12 + 4 + 1 + 1);
    });

    it('exports the chart as a standalone SVG with its colours', async () => {
      const el = await tiers(ownSummary, { metric: 'order-growth' });
      const blob = await el.export({ format: 'svg' });
      expect(blob.type).to.equal('image/svg+xml');
      const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelectorAll('.bar').length).to.equal(5, 'the tiers with a growth figure');
      expect(doc.querySelectorAll('.reference').length).to.equal(1);
      const style = doc.querySelector('style')?.textContent ?? '';
      expect(style).to.not.include('var(--_');
      expect(style).to.match(/\.bar\s*\{\s*fill:\s*(rgb|#)/);
    });

    it('exports the chart as a PNG, also from the table view', async () => {
      const el = await tiers(ownSummary);
      el.view = 'table';
      const blob = await el.export({ format: 'png' });
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.equal(1280);
    });

    it('refuses to export without figures', async () => {
      const el = await fixture<RetailerTiersElement>(html`<pk-retailer-tiers></pk-retailer-tiers>`);
      let error: unknown;
      await el.export({ format: 'csv' }).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(Error);
    });
  });
});
