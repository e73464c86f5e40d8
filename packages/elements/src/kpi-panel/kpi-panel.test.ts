// Browser tests of <pk-kpi-panel>: summary counts, grouping, roving focus, connected and standalone modes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Kpi } from '@plankit/sdk';
import { evaluateKpi } from '@plankit/sdk/domain';
import { plan2020 } from '@plankit/sdk/fixtures';
import './pk-kpi-panel.js';
import '../provider/pk-provider.js';
import type { KpiPanelElement } from './kpi-panel.js';
import type { KpiGaugeElement } from '../kpi-gauge/kpi-gauge.js';
import type { ProviderElement } from '../provider/provider.js';
import { fakeApi, type FakeApi } from '../test/fake-api.js';
import {
  exportedCsvRows,
  csvRows,
  inProvider,
  part,
  partText,
  untilPart,
  windowErrorsDuring,
  selectedKpi,
  tabInto,
} from '../test/helpers.js';
import { AS_OF, PLAN_ID, allKpis, leafQuality, taxProfitMet } from '../test/kpis.js';

async function panel(kpis: readonly Kpi[] = allKpis, lang = 'zh-CN', variant = 'compact'): Promise<KpiPanelElement> {
  const el = await fixture<KpiPanelElement>(
    html`<pk-kpi-panel .kpis=${kpis} as-of=${AS_OF} lang=${lang} variant=${variant}></pk-kpi-panel>`,
  );
  await el.updateComplete;
  await Promise.all(gauges(el).map((gauge) => gauge.updateComplete));
  return el;
}

/** A panel of the given variant loading `api`'s KPIs through a provider, once it shows the part `shown`. */
async function connectedPanel(api: FakeApi, variant: string, shown: string): Promise<KpiPanelElement> {
  const { el } = await inProvider<KpiPanelElement>(
    'pk-kpi-panel',
    html`<pk-provider .client=${api.client} plan=${PLAN_ID} as-of=${AS_OF}>
      <pk-kpi-panel variant=${variant}></pk-kpi-panel>
    </pk-provider>`,
  );
  await untilPart(el, shown);
  return el;
}

const gauges = (el: KpiPanelElement): KpiGaugeElement[] => [...(el.shadowRoot?.querySelectorAll('pk-kpi-gauge') ?? [])];

const summaryCount = (el: KpiPanelElement, status: string): string | null | undefined =>
  el.shadowRoot?.querySelector(`[part~="summary-item"][data-status="${status}"]`)?.getAttribute('data-count');

describe('<pk-kpi-panel>', () => {
  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await panel();
      await expect(el).to.be.accessible();
    });

    it('is accessible with radial gauges in the dark scheme', async () => {
      const el = await fixture<KpiPanelElement>(
        html`<pk-kpi-panel .kpis=${allKpis} as-of=${AS_OF} color-scheme="dark"></pk-kpi-panel>`,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible in its error state', async () => {
      const el = await panel([{ id: 'broken' } as unknown as Kpi]);
      await expect(el).to.be.accessible();
    });

    it('labels each category group with its heading', async () => {
      const el = await panel();
      const group = el.shadowRoot?.querySelector('[data-category="safety"]');
      const heading = el.shadowRoot?.getElementById(group?.getAttribute('aria-labelledby') ?? '');
      expect(heading?.textContent?.trim()).to.equal('安全生产');
    });

    it('makes the gauges one tab stop', async () => {
      const el = await panel();
      expect(gauges(el).filter((gauge) => gauge.tabIndex === 0).length).to.equal(1);
    });
  });

  describe('properties', () => {
    it('counts the met KPIs', async () => {
      expect(summaryCount(await panel(), 'met')).to.equal('2');
    });

    it('counts the on-track KPIs', async () => {
      expect(summaryCount(await panel(), 'on-track')).to.equal('3');
    });

    it('counts the at-risk KPIs', async () => {
      expect(summaryCount(await panel(), 'at-risk')).to.equal('1');
    });

    it('counts the off-track KPIs', async () => {
      expect(summaryCount(await panel(), 'off-track')).to.equal('1');
    });

    it('counts the KPIs without data', async () => {
      expect(summaryCount(await panel(), 'no-data')).to.equal('1');
    });

    it('writes each count with its status in words', async () => {
      const el = await panel(allKpis, 'en');
      expect(el.shadowRoot?.querySelector('[data-status="at-risk"]')?.textContent?.trim()).to.equal('1 at risk');
    });

    it('says the date it is evaluated at, in the locale', async () => {
      expect(partText(await panel(), 'as-of')).to.equal('截至 2020年6月30日');
      expect(partText(await panel(allKpis, 'en'), 'as-of')).to.equal('As of Jun 30, 2020');
    });

    it('shows an icon with each count', async () => {
      const el = await panel();
      expect(el.shadowRoot?.querySelectorAll('[part~="summary-item"] svg.status-icon').length).to.equal(5);
    });

    it('groups the gauges by category in a fixed order', async () => {
      const el = await panel();
      const order = [...(el.shadowRoot?.querySelectorAll('[part~="group"]') ?? [])].map((group) =>
        group.getAttribute('data-category'),
      );
      expect(order).to.deep.equal(['safety', 'sales', 'finance', 'market', 'enforcement']);
    });

    it('puts every KPI in its category', async () => {
      const el = await panel();
      const enforcement = el.shadowRoot?.querySelector('[data-category="enforcement"]');
      expect(
        [...(enforcement?.querySelectorAll('pk-kpi-gauge') ?? [])].map((gauge) => (gauge.kpi as Kpi).id),
      ).to.deep.equal(['network-cases', 'major-cases', 'genuine-outflow-rank']);
    });

    it('heads a category of the plan’s own with its label, after the known ones', async () => {
      const el = await panel([leafQuality, ...allKpis]);
      const groups = [...(el.shadowRoot?.querySelectorAll('[part~="group"]') ?? [])];
      expect(groups.map((group) => group.getAttribute('data-category'))).to.deep.equal([
        'safety',
        'sales',
        'finance',
        'market',
        'enforcement',
        'quality',
      ]);
      expect(groups.at(-1)?.querySelector('[part~="heading"]')?.textContent?.trim()).to.equal('质量管理');
      const english = await panel([leafQuality], 'en');
      expect(partText(english, 'heading')).to.equal('Quality');
      await expect(el).to.be.accessible();
    });

    it('heads a category without a label with its code, never blank', async () => {
      const { vocabulary: _labels, ...unlabelled } = leafQuality;
      const el = await panel([unlabelled]);
      expect(partText(el, 'heading')).to.equal('quality');
    });

    it('loads a plan’s own category and unit through the provider and shows them', async () => {
      const api = fakeApi([leafQuality, taxProfitMet]);
      const el = await connectedPanel(api, 'linear', 'heading');
      await waitUntil(() => gauges(el).length === 2);
      const quality = el.shadowRoot?.querySelector('[data-category="quality"]');
      expect(quality?.querySelector('[part~="heading"]')?.textContent?.trim()).to.equal('质量管理');
      const gauge = quality?.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await gauge.updateComplete;
      expect(partText(gauge, 'value')).to.equal('600吨');
    });

    it('shows one gauge per KPI', async () => {
      const el = await panel();
      expect(gauges(el).length).to.equal(allKpis.length);
    });

    it('localizes the category headings', async () => {
      const el = await panel(allKpis, 'en');
      expect(partText(el, 'heading')).to.equal('Safety');
    });

    it('passes its variant to the gauges', async () => {
      const el = await panel(allKpis, 'zh-CN', 'linear');
      expect(gauges(el).every((gauge) => gauge.variant === 'linear')).to.equal(true);
    });

    it('passes its locale to the gauges', async () => {
      const el = await panel(allKpis, 'en');
      expect(partText(gauges(el)[0] as KpiGaugeElement, 'status')).to.equal('On track');
    });

    it('hands each gauge the evaluation it already made', async () => {
      const el = await panel();
      expect((gauges(el)[0]?.kpi as Kpi).evaluation?.asOf).to.equal(AS_OF);
    });

    it('shows the empty state for a plan without KPIs', async () => {
      const el = await panel([], 'en');
      expect(partText(el, 'state')).to.equal('This plan has no KPIs yet.');
    });

    it('loads the plan KPIs through the provider', async () => {
      const api = fakeApi(allKpis);
      const el = await connectedPanel(api, 'compact', 'summary');
      expect(gauges(el).length).to.equal(allKpis.length);
    });

    it('asks for the KPIs of its own plan over the provider one', async () => {
      const api = fakeApi(allKpis, 'other-plan');
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} plan=${PLAN_ID} as-of=${AS_OF}>
          <pk-kpi-panel plan="other-plan"></pk-kpi-panel>
        </pk-provider>`,
      );
      await untilPart(provider.querySelector('pk-kpi-panel') as KpiPanelElement, 'summary');
      expect(api.requests[0]?.url.pathname).to.equal('/api/v1/plans/other-plan/kpis');
    });

    it('shows loading skeletons while the KPIs load', async () => {
      const api = fakeApi(allKpis);
      api.fail('hang');
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} plan=${PLAN_ID}><pk-kpi-panel></pk-kpi-panel></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-panel') as KpiPanelElement;
      await el.updateComplete;
      expect(part(el, 'state')?.getAttribute('aria-busy')).to.equal('true');
    });
  });

  describe('the 2020 plan', () => {
    const plan = async (): Promise<KpiPanelElement> => {
      const el = await fixture<KpiPanelElement>(
        html`<pk-kpi-panel .kpis=${plan2020.kpis} as-of=${plan2020.asOf}></pk-kpi-panel>`,
      );
      await el.updateComplete;
      return el;
    };

    it('is accessible', async () => {
      await expect(await plan()).to.be.accessible();
    });

    it('shows all nine KPIs', async () => {
      expect(gauges(await plan()).length).to.equal(9);
    });

    it('counts each status as the domain rules evaluate it', async () => {
      const el = await plan();
      const expected = ['met', 'on-track', 'at-risk', 'off-track', 'no-data'].map(
        (status) => plan2020.kpis.filter((kpi) => evaluateKpi(kpi, plan2020.asOf).status === status).length,
      );
      const shown = ['met', 'on-track', 'at-risk', 'off-track', 'no-data'].map((status) =>
        Number(summaryCount(el, status)),
      );
      expect(shown).to.deep.equal(expected);
    });

    it('shows a group for every category of the plan', async () => {
      const el = await plan();
      const categories = new Set(plan2020.kpis.map((kpi) => kpi.category));
      expect(el.shadowRoot?.querySelectorAll('[part~="group"]').length).to.equal(categories.size);
    });
  });

  describe('events', () => {
    it('lets pk-kpi-select of a gauge bubble out of the panel', async () => {
      const el = await panel();
      expect(await selectedKpi(el, () => gauges(el)[2]?.click())).to.equal('tax-profit-growth');
    });

    it('updates the selection of the provider around it', async () => {
      const { provider, el } = await inProvider<KpiPanelElement>(
        'pk-kpi-panel',
        html`<pk-provider as-of=${AS_OF}><pk-kpi-panel .kpis=${allKpis}></pk-kpi-panel></pk-provider>`,
      );
      gauges(el)[1]?.click();
      expect(provider.selection.kpiId).to.equal('sales-volume');
    });
  });

  describe('keyboard', () => {
    for (const [name, from, key, to] of [
      ['moves focus to the next gauge with ArrowRight', 0, 'ArrowRight', 1],
      ['moves focus back with ArrowLeft', 2, 'ArrowLeft', 1],
      ['moves focus to the last gauge with End', 0, 'End', allKpis.length - 1],
      ['moves focus to the first gauge with Home', 4, 'Home', 0],
    ] as const) {
      it(name, async () => {
        const el = await panel();
        gauges(el)[from]?.focus();
        await sendKeys({ press: key });
        expect(el.shadowRoot?.activeElement).to.equal(gauges(el)[to]);
      });
    }

    it('moves focus to the gauge below with ArrowDown', async () => {
      const el = await panel();
      const all = gauges(el);
      const start = all[2] as KpiGaugeElement;
      start.focus();
      await sendKeys({ press: 'ArrowDown' });
      const now = el.shadowRoot?.activeElement as HTMLElement;
      expect(now.getBoundingClientRect().top).to.be.greaterThan(start.getBoundingClientRect().bottom - 1);
    });

    it('moves focus to the gauge above with ArrowUp', async () => {
      const el = await panel();
      const start = gauges(el)[5] as KpiGaugeElement;
      start.focus();
      await sendKeys({ press: 'ArrowUp' });
      const now = el.shadowRoot?.activeElement as HTMLElement;
      expect(now.getBoundingClientRect().bottom).to.be.lessThan(start.getBoundingClientRect().top + 1);
    });

    it('moves the tab stop with the focus', async () => {
      const el = await panel();
      gauges(el)[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(gauges(el).map((gauge) => gauge.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1, -1, -1]);
    });

    it('selects the focused gauge with Enter', async () => {
      const el = await panel();
      gauges(el)[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(await selectedKpi(el, () => sendKeys({ press: 'Enter' }))).to.equal('sales-volume');
    });

    it('enters the gauges with one Tab', async () => {
      const el = await panel();
      await tabInto(el);
      expect(el.shadowRoot?.activeElement).to.equal(gauges(el)[0]);
    });

    it('leaves the gauges with one more Tab', async () => {
      const el = await panel();
      const after = document.createElement('button');
      el.after(after);
      gauges(el)[0]?.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
    });
  });

  describe('errors', () => {
    it('names the index and path of an invalid KPI', async () => {
      // Aggregation is a closed vocabulary (units are open codes since issue 13).
      const el = await panel([taxProfitMet, { ...taxProfitMet, aggregation: 'bushels' } as unknown as Kpi], 'en');
      expect(partText(el, 'state')).to.contain('Invalid data: Field 1.aggregation should be one of');
    });

    it('says what is wrong in Chinese, from the issue rather than zod’s English', async () => {
      const el = await panel([taxProfitMet, { ...taxProfitMet, id: 42 } as unknown as Kpi]);
      expect(partText(el, 'state')).to.contain('数据格式不正确：字段 1.id 应为文本');
      expect(partText(el, 'state')).not.to.contain('expected');
    });

    it('says what is wrong in English when the page is English', async () => {
      const el = await panel([taxProfitMet, { ...taxProfitMet, id: 42 } as unknown as Kpi], 'en');
      expect(partText(el, 'state')).to.contain('Invalid data: Field 1.id should be text');
    });

    it('calls invalid standalone data "the KPI data"', async () => {
      const el = await panel([{ id: 'broken' } as unknown as Kpi], 'en');
      expect(partText(el, 'state')).to.contain('Could not load the KPI data');
    });

    it('does not throw into the page for an invalid kpis property', async () => {
      const errors = await windowErrorsDuring(async () => {
        await panel('nonsense' as unknown as Kpi[]);
      });
      expect(errors).to.deep.equal([]);
    });

    it('loads again with Retry after a failure', async () => {
      const api = fakeApi(allKpis);
      api.fail({ status: 503 });
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} plan=${PLAN_ID} as-of=${AS_OF}
          ><pk-kpi-panel></pk-kpi-panel
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-panel') as KpiPanelElement;
      ((await untilPart(el, 'retry')) as HTMLButtonElement).click();
      await untilPart(el, 'summary');
      await waitUntil(() => gauges(el).length === allKpis.length);
      expect(api.requests.length).to.equal(2);
    });

    it('says which plan does not exist', async () => {
      const api = fakeApi(allKpis);
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} plan="no-such-plan"
          ><pk-kpi-panel lang="en"></pk-kpi-panel
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-panel') as KpiPanelElement;
      await untilPart(el, 'retry');
      expect(partText(el, 'state')).to.contain('Could not load the KPIs of plan “no-such-plan”');
    });
  });
  describe('export', () => {
    it('exports its KPIs as CSV in UTF-8 with a byte-order mark, one row a KPI, CRLF line ends', async () => {
      const el = await panel();
      const rows = await exportedCsvRows(el);
      expect(rows[0]).to.deep.equal(['类别', '指标', '实际值', '单位', '目标', '状态', '去年', '较去年']);
      expect(rows.length).to.equal(allKpis.length + 1);
    });

    it('writes each KPI with its category, raw actual value, unit, status and last year', async () => {
      const el = await panel();
      const rows = await csvRows(await el.export({ format: 'csv' }));
      const evaluation = evaluateKpi(taxProfitMet, AS_OF);
      const row = rows.find((cells) => cells[1] === taxProfitMet.name.zh);
      expect(row?.[0]).to.equal('税利效益');
      expect(row?.[2]).to.equal(String(evaluation.actual));
      expect(row?.[5]).to.equal('已达成');
      expect(row?.[6]).to.equal(evaluation.lastYear === null ? '' : String(evaluation.lastYear));
    });

    it('exports its CSV headings and words in English when its locale is English', async () => {
      const el = await panel(allKpis, 'en');
      const rows = await csvRows(await el.export({ format: 'csv' }));
      expect(rows[0]?.[0]).to.equal('Category');
      expect(rows.find((cells) => cells[1] === taxProfitMet.name.en)?.[5]).to.equal('Met');
    });

    it('exports an SVG of the date, the summary and a card per gauge under its category', async () => {
      const el = await panel(allKpis, 'zh-CN', 'radial');
      const doc = new DOMParser().parseFromString(await (await el.export({ format: 'svg' })).text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const words = [...doc.documentElement.children]
        .filter((child) => child.localName === 'text')
        .map((text) => text.textContent);
      expect(words).to.include(partText(el, 'as-of'));
      expect(words).to.include('安全生产');
      const cards = [...doc.documentElement.children].filter((child) => child.localName === 'svg');
      expect(cards.length).to.equal(allKpis.length);
      expect(cards.map((card) => card.querySelector('title')?.textContent)).to.include(
        gauges(el)[0]?.getAttribute('aria-valuetext'),
      );
    });

    it('exports a PNG of the SVG at twice its size', async () => {
      const el = await panel();
      const svg = new DOMParser().parseFromString(await (await el.export({ format: 'svg' })).text(), 'image/svg+xml');
      const png = await el.export({ format: 'png' });
      expect(png.type).to.equal('image/png');
      expect((await createImageBitmap(png)).width).to.equal(2 * Number(svg.documentElement.getAttribute('width')));
    });

    it('rejects an export while it has no KPIs to show', async () => {
      const el = await panel([]);
      let error: unknown;
      await el.export({ format: 'csv' }).catch((caught: unknown) => (error = caught));
      expect((error as Error).message).to.equal('<pk-kpi-panel> has no KPIs to export yet.');
    });

    it('rejects a format it does not write', async () => {
      const el = await panel();
      let error: unknown;
      await el.export({ format: 'xlsx' as 'csv' }).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(TypeError);
    });
  });

  describe('persist-key', () => {
    const KEY = 'plankit:pk-kpi-panel:test-panel';
    beforeEach(() => localStorage.removeItem(KEY));
    afterEach(() => localStorage.removeItem(KEY));

    const persisted = async (kpis: readonly Kpi[] = allKpis): Promise<KpiPanelElement> => {
      const el = await fixture<KpiPanelElement>(
        html`<pk-kpi-panel .kpis=${kpis} as-of=${AS_OF} persist-key="test-panel"></pk-kpi-panel>`,
      );
      await el.updateComplete;
      return el;
    };
    const tabStop = (el: KpiPanelElement): KpiGaugeElement | undefined =>
      gauges(el).find((gauge) => gauge.tabIndex === 0);
    const kpiIdOf = (gauge: KpiGaugeElement | undefined): string | undefined =>
      typeof gauge?.kpi === 'object' ? gauge.kpi.id : undefined;

    it('keeps the KPI picked last, namespaced and versioned, and never the data', async () => {
      const el = await persisted();
      gauges(el)[2]?.click();
      const stored = localStorage.getItem(KEY) ?? '';
      expect(JSON.parse(stored)).to.deep.equal({ v: 1, view: { kpi: kpiIdOf(gauges(el)[2]) } });
    });

    it('makes the KPI picked last its tab stop again after a reload', async () => {
      const first = await persisted();
      const picked = kpiIdOf(gauges(first)[3]);
      gauges(first)[3]?.click();
      first.remove();
      const again = await persisted();
      expect(kpiIdOf(tabStop(again))).to.equal(picked);
      expect(again.shadowRoot?.activeElement ?? null).to.equal(null);
    });

    it('selects the KPI picked last again in the provider around it', async () => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, view: { kpi: 'sales-volume' } }));
      const provider = await fixture<ProviderElement>(
        html`<pk-provider as-of=${AS_OF}
          ><pk-kpi-panel .kpis=${allKpis} persist-key="test-panel"></pk-kpi-panel
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-panel') as KpiPanelElement;
      await el.updateComplete;
      await provider.updateComplete;
      expect(provider.selection.kpiId).to.equal('sales-volume');
    });

    for (const [what, text] of [
      ['text that is not JSON', '{not json'],
      ['another version', JSON.stringify({ v: 2, view: { kpi: 'sales-volume' } })],
      ['a foreign value', JSON.stringify({ kpi: 'sales-volume' })],
      ['a view of the wrong shape', JSON.stringify({ v: 1, view: { kpi: 42 } })],
      ['a KPI no longer in the plan', JSON.stringify({ v: 1, view: { kpi: 'no-such-kpi' } })],
    ] as const) {
      it(`ignores ${what} stored under its key`, async () => {
        localStorage.setItem(KEY, text);
        const errors = await windowErrorsDuring(async () => {
          const el = await persisted();
          expect(tabStop(el)).to.equal(gauges(el)[0]);
          expect(gauges(el).length).to.equal(allKpis.length);
        });
        expect(errors).to.deep.equal([]);
      });
    }

    it('keeps nothing without a persist-key', async () => {
      const el = await panel();
      const before = localStorage.length;
      gauges(el)[1]?.click();
      expect(localStorage.length).to.equal(before);
    });
  });

  describe('print', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints black on white with black borders, even in the dark scheme', async () => {
      const el = await fixture<KpiPanelElement>(
        html`<pk-kpi-panel .kpis=${allKpis} as-of=${AS_OF} color-scheme="dark"></pk-kpi-panel>`,
      );
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'summary') as Element).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'heading') as Element).color).to.equal('rgb(0, 0, 0)');
    });

    it('prints the summary icons as outlines', async () => {
      const el = await panel();
      const shape = part(el, 'summary-item')?.querySelector('.status-icon .shape');
      expect(getComputedStyle(shape as Element).fill).to.equal('none');
    });
  });
});
