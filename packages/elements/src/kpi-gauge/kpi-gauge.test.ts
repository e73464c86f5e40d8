// Browser tests of <pk-kpi-gauge>: rules and statuses, variants, locales, themes, standalone and
// connected modes, errors and retry, keyboard and events.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { Kpi, KpiStatus } from '@plankit/sdk';
import { evaluateKpi } from '@plankit/sdk/domain';
import { plan2020 } from '@plankit/sdk/fixtures';
import './pk-kpi-gauge.js';
import '../provider/pk-provider.js';
import '../kpi-panel/pk-kpi-panel.js';
import { KpiGaugeElement } from './kpi-gauge.js';
import type { KpiPanelElement } from '../kpi-panel/kpi-panel.js';
import type { ProviderElement } from '../provider/provider.js';
import type { PkErrorEvent } from '../shared/events/error.js';
import { fakeApi, type Failure } from '../test/fake-api.js';
import {
  attributeOf,
  countOf,
  inProvider,
  itReads,
  part,
  partText,
  shadowText,
  textOf,
  untilPart,
  windowErrorsDuring,
  selectedKpi,
  tabInto,
} from '../test/helpers.js';
import {
  AS_OF,
  PLAN_ID,
  allKpis,
  majorCasesNoData,
  marginAtRisk,
  networkCasesOffTrack,
  outflowRankMet,
  outflowRankOffTrack,
  purificationOnTrack,
  safetyOffTrack,
  safetyOnTrack,
  salesBand,
  taxProfitMet,
  buildKpi,
  leafQuality,
  majorCasesSamePeriod,
  purificationEveryMonth,
} from '../test/kpis.js';

async function gauge(
  kpi: Kpi,
  attributes: { variant?: string; lang?: string; scheme?: string } = {},
): Promise<KpiGaugeElement> {
  const el = await fixture<KpiGaugeElement>(
    html`<pk-kpi-gauge
      .kpi=${kpi}
      as-of=${AS_OF}
      variant=${attributes.variant ?? 'radial'}
      lang=${attributes.lang ?? 'zh-CN'}
      color-scheme=${attributes.scheme ?? 'auto'}
    ></pk-kpi-gauge>`,
  );
  await el.updateComplete;
  return el;
}

/** Two standalone gauges under one provider, so one can be selected and the other not: the provider, then them. */
async function twoGauges(): Promise<[ProviderElement, ...KpiGaugeElement[]]> {
  const provider = await fixture<ProviderElement>(
    html`<pk-provider as-of=${AS_OF}>
      <pk-kpi-gauge .kpi=${taxProfitMet}></pk-kpi-gauge><pk-kpi-gauge .kpi=${salesBand}></pk-kpi-gauge>
    </pk-provider>`,
  );
  return [provider, ...provider.querySelectorAll('pk-kpi-gauge')];
}

/** For `itReads`: a gauge of a KPI, or of `[kpi, attributes]`. */
const shown = (subject: Kpi | readonly [Kpi, Parameters<typeof gauge>[1]]) =>
  'id' in subject ? gauge(subject) : gauge(...subject);

/** Clicks a gauge under a provider and waits until both show the new selection. */
async function select(provider: ProviderElement, gauge: KpiGaugeElement | undefined): Promise<void> {
  await gauge?.updateComplete;
  gauge?.click();
  await provider.updateComplete;
  await gauge?.updateComplete;
}

/** A gauge inside a provider whose client answers from memory. */
async function connectedGauge(kpiId: string, api = fakeApi(allKpis)) {
  const provider = await fixture<ProviderElement>(
    html`<pk-provider .client=${api.client} plan=${PLAN_ID} as-of=${AS_OF} locale="zh-CN">
      <pk-kpi-gauge kpi=${kpiId}></pk-kpi-gauge>
    </pk-provider>`,
  );
  const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
  return { provider, el, api };
}

/** A connected gauge of sales-volume whose load fails with `failure`, once it offers Retry. */
async function failedGauge(failure: Failure) {
  const api = fakeApi(allKpis);
  api.fail(failure);
  const { el } = await connectedGauge('sales-volume', api);
  const retry = (await untilPart(el, 'retry')) as HTMLButtonElement;
  return { el, retry };
}

const statusCases: ReadonlyArray<[KpiStatus, Kpi, string]> = [
  ['met', taxProfitMet, '已达成'],
  ['on-track', purificationOnTrack, '进度正常'],
  ['at-risk', marginAtRisk, '有风险'],
  ['off-track', networkCasesOffTrack, '未达预期'],
  ['no-data', majorCasesNoData, '暂无数据'],
];

/** Counts calls of every gauge's render() while `run` runs (a spy on the prototype, removed after). */
async function countRenders(run: () => Promise<void>): Promise<number> {
  const prototype = KpiGaugeElement.prototype as unknown as { render(): unknown };
  const render = Object.getOwnPropertyDescriptor(prototype, 'render')?.value as () => unknown;
  let renders = 0;
  prototype.render = function (this: KpiGaugeElement) {
    renders += 1;
    return render.call(this);
  };
  try {
    await run();
    // Anything a settled update would still trigger (a task settling, a context answer) comes by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    prototype.render = render;
  }
  return renders;
}

/** Values longer than any in the fixtures, in every unit. */
const longValues: readonly Kpi[] = [
  buildKpi({ ...salesBand, id: 'long-cases', monthly: [123456.7] }),
  buildKpi({ ...taxProfitMet, id: 'long-percent', monthly: [-1234.56] }),
  buildKpi({ ...networkCasesOffTrack, id: 'long-count', monthly: [12345] }),
  buildKpi({ ...outflowRankMet, id: 'long-rank', monthly: [123] }),
  buildKpi({
    ...taxProfitMet,
    id: 'long-yuan',
    unit: 'yuan',
    rule: { kind: 'atLeast', target: 1e9 },
    monthly: [987654321],
  }),
];

/** The markers start 42 units from the arc's centre (the track's inner edge is at 44): the value keeps 2 clear. */
const CLEAR_OF_MARKERS = 40;

/** Where the radial value's box reaches, as the largest distance of its corners from the arc's centre. */
function valueReach(el: KpiGaugeElement): number {
  const text = el.shadowRoot?.querySelector('.scale [part~="value"]') as SVGTextElement;
  const box = text.getBBox();
  return Math.max(
    ...[box.x, box.x + box.width].flatMap((x) => [box.y, box.y + box.height].map((y) => Math.hypot(x - 60, y - 58))),
  );
}

const ruleCases: ReadonlyArray<[string, Kpi, string]> = [
  ['atLeast', taxProfitMet, '目标 ≥ 5%'],
  ['atMost(0)', safetyOnTrack, '目标 0 起'],
  ['band', salesBand, '目标 与上年基本持平 ±1%'],
  ['rankOutsideTop', outflowRankMet, '目标 排名在前 5 名之外'],
];

describe('<pk-kpi-gauge>', () => {
  describe('in high-contrast mode (forced colours)', () => {
    beforeEach(() => emulateMedia({ forcedColors: 'active', colorScheme: 'dark' }));
    afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));
    const paint = (element: Element | null | undefined, property: 'fill' | 'stroke'): string =>
      element ? getComputedStyle(element)[property] : 'missing';
    /** A system colour as the browser resolves it in this mode. */
    const systemColour = (name: string): string => {
      const probe = document.createElement('div');
      probe.style.setProperty('color', name);
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };

    for (const [status, kpi] of [
      ['met', taxProfitMet],
      ['at-risk', marginAtRisk],
      ['off-track', networkCasesOffTrack],
    ] as const) {
      it(`keeps the mark of the ${status} icon visible on its shape`, async () => {
        const icon = part(await gauge(kpi), 'status')?.querySelector('svg.status-icon');
        expect(paint(icon?.querySelector('.mark'), 'stroke')).not.to.equal(
          paint(icon?.querySelector('.shape'), 'fill'),
        );
      });
    }

    it('draws the track, the indicator and the markers in system colours', async () => {
      const el = await gauge(networkCasesOffTrack);
      expect(paint(part(el, 'track'), 'stroke')).to.equal(systemColour('GrayText'));
      expect(paint(part(el, 'indicator'), 'stroke')).to.equal(systemColour('Highlight'));
      expect(paint(el.shadowRoot?.querySelector('.marker.target'), 'stroke')).to.equal(systemColour('CanvasText'));
      expect(systemColour('GrayText')).not.to.equal(systemColour('Highlight'));
    });

    it('shows the selected gauge with an outline (box shadows are dropped)', async () => {
      const [provider, selected, other] = await twoGauges();
      await select(provider, selected);
      const outline = (el: KpiGaugeElement | undefined): string => {
        const base = part(el as KpiGaugeElement, 'base');
        return base ? `${getComputedStyle(base).outlineStyle} ${getComputedStyle(base).outlineColor}` : 'missing';
      };
      expect(outline(selected)).to.match(/^solid /);
      expect(outline(other)).not.to.match(/^solid /);
    });

    it('is accessible', async () => {
      await expect(await gauge(networkCasesOffTrack)).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    for (const variant of ['radial', 'linear', 'compact']) {
      it(`is accessible as a ${variant} gauge`, async () => {
        const el = await gauge(taxProfitMet, { variant });
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in the dark scheme', async () => {
      const el = await gauge(networkCasesOffTrack, { scheme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('is accessible in its error state', async () => {
      const el = await gauge({ ...taxProfitMet, rule: { kind: 'atLeast' } } as unknown as Kpi);
      await expect(el).to.be.accessible();
    });

    itReads(shown, [
      ['is a meter', taxProfitMet, attributeOf('role'), 'meter'],
      ['reports the actual value as aria-valuenow', taxProfitMet, attributeOf('aria-valuenow'), '6.2'],
      [
        'reads value, target and status in Chinese',
        taxProfitMet,
        attributeOf('aria-valuetext'),
        '税利增长 6.2%，目标 ≥ 5%，已达成',
      ],
      [
        'reads value, target and status in English',
        [taxProfitMet, { lang: 'en' }],
        attributeOf('aria-valuetext'),
        'Tax and profit growth 6.2%, target ≥ 5%, Met',
      ],
      [
        'reads "no data" instead of a value when nothing was measured',
        majorCasesNoData,
        attributeOf('aria-valuetext'),
        '查获大案，暂无数据，目标 ≥ 4 起',
      ],
      ['is named after the KPI', [taxProfitMet, { lang: 'en' }], attributeOf('aria-label'), 'Tax and profit growth'],
      ['is focusable', taxProfitMet, (el) => el.tabIndex, 0],
    ]);

    it('puts the actual, the target and last year between aria-valuemin and aria-valuemax', async () => {
      for (const kpi of [taxProfitMet, networkCasesOffTrack, salesBand, safetyOnTrack]) {
        const el = await gauge(kpi);
        const evaluation = evaluateKpi(kpi, AS_OF);
        const min = Number(el.getAttribute('aria-valuemin'));
        const max = Number(el.getAttribute('aria-valuemax'));
        expect(max, kpi.id).to.be.greaterThan(min);
        for (const value of [evaluation.actual, evaluation.target, evaluation.lastYear]) {
          if (value === null) continue;
          expect(value, kpi.id).to.be.within(min, max);
        }
      }
    });

    it('marks itself busy while loading', async () => {
      const api = fakeApi(allKpis);
      api.fail('hang');
      const { el } = await connectedGauge('tax-profit-growth', api);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
    });

    it('shows a visible focus ring', async () => {
      const el = await gauge(taxProfitMet);
      el.focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(part(el, 'base') as Element).outlineStyle).to.equal('solid');
    });
  });

  describe('properties', () => {
    for (const [status, kpi, text] of statusCases) {
      it(`shows the ${status} status as text`, async () => {
        const el = await gauge(kpi);
        expect(partText(el, 'status')).to.equal(text);
      });

      it(`shows the ${status} status with its own icon`, async () => {
        const el = await gauge(kpi);
        expect(part(el, 'status')?.querySelector('svg.status-icon')?.getAttribute('data-status')).to.equal(status);
      });
    }

    it('gives every status a different icon shape', async () => {
      const shapes = new Set<string>();
      for (const [, kpi] of statusCases) {
        const el = await gauge(kpi);
        shapes.add(
          part(el, 'status')
            ?.querySelector('svg')
            ?.innerHTML.replace(/<!--.*?-->/g, '') ?? '',
        );
      }
      expect(shapes.size).to.equal(statusCases.length);
    });

    it('colours the indicator by status', async () => {
      const met = getComputedStyle(part(await gauge(taxProfitMet), 'indicator') as Element).stroke;
      const offTrack = getComputedStyle(part(await gauge(networkCasesOffTrack), 'indicator') as Element).stroke;
      expect(met).not.to.equal(offTrack);
    });

    for (const [kind, kpi, text] of ruleCases) {
      it(`states the ${kind} rule in words`, async () => {
        const el = await gauge(kpi);
        expect(el.shadowRoot?.querySelector('.rule')?.textContent?.trim()).to.equal(text);
      });
    }

    itReads(shown, [
      [
        'states the rank rule as "outside the top X" in English',
        [outflowRankMet, { lang: 'en' }],
        (el) => el.shadowRoot?.querySelector('.rule')?.textContent?.trim(),
        'Target outside the top 5',
      ],
      ['shows the value with its unit', salesBand, textOf('value'), '24.9万箱'],
      ['shows a rank as a place', outflowRankMet, textOf('value'), '第9名'],
      ['shows atMost(0) with no accident as "0 起"', safetyOnTrack, textOf('value'), '0 起'],
      ['turns atMost(0) off track after one accident', safetyOffTrack, textOf('status'), '未达预期'],
      ['puts rank 1 at the start of the scale (the bad end)', outflowRankMet, attributeOf('aria-valuemin'), '1'],
      ['turns a rank inside the top X off track', outflowRankOffTrack, textOf('status'), '未达预期'],
      ['draws the target marker', taxProfitMet, countOf('.marker.target'), 1],
      ['draws the expected-pace marker for a cumulative KPI', networkCasesOffTrack, countOf('.marker.pace'), 1],
      ['draws no pace marker for a year-to-date KPI', taxProfitMet, countOf('.marker.pace'), 0],
      ['shades the tolerance band of a band rule', salesBand, countOf('.zone'), 1],
      [
        'draws a sparkline point for every month measured',
        taxProfitMet,
        (el) => part(el, 'sparkline')?.querySelector('polyline')?.getAttribute('points')?.split(' ').length,
        6,
      ],
      ['sets no style attribute anywhere (strict CSP)', salesBand, countOf('[style]'), 0],
      [
        'draws an arc in the radial variant',
        [taxProfitMet, { variant: 'radial' }],
        (el) => part(el, 'track')?.localName,
        'path',
      ],
      [
        'draws a bar in the linear variant',
        [taxProfitMet, { variant: 'linear' }],
        (el) => part(el, 'track')?.localName,
        'line',
      ],
      [
        'leaves out the sparkline in the compact variant',
        [taxProfitMet, { variant: 'compact' }],
        (el) => part(el, 'sparkline'),
        null,
      ],
    ]);

    it('keeps atMost(0) off track at the year end after an accident early in the year', async () => {
      const el = await gauge(safetyOffTrack);
      el.asOf = '2020-12-31';
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('未达预期');
    });

    it('fills more of the scale for a better (higher) rank', async () => {
      const fill = async (kpi: Kpi) =>
        parseFloat(part(await gauge(kpi), 'indicator')?.getAttribute('stroke-dasharray') ?? '');
      expect(await fill(outflowRankMet)).to.be.greaterThan(await fill(outflowRankOffTrack));
    });

    it('states the expected pace for a cumulative KPI', async () => {
      const el = await gauge(networkCasesOffTrack);
      expect(el.shadowRoot?.querySelector('.meta')?.textContent).to.contain('应达进度 6 起');
    });

    it('leaves out a pace of zero: no pace line or marker for atMost(0)', async () => {
      const el = await gauge(safetyOnTrack);
      expect(el.shadowRoot?.querySelector('.meta')?.textContent).not.to.contain('应达进度');
      expect(el.shadowRoot?.querySelectorAll('.marker.pace').length).to.equal(0);
      const english = await gauge(safetyOnTrack, { lang: 'en' });
      expect(english.shadowRoot?.querySelector('.meta')?.textContent).not.to.contain('Expected by now');
    });

    it('shows last year and the change', async () => {
      const el = await gauge(taxProfitMet);
      expect(el.shadowRoot?.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        '去年 5.1% 较去年 +1.1%',
      );
    });

    it('says "same as last year" when the change shows as zero', async () => {
      const meta = async (kpi: Kpi, lang?: string): Promise<string> =>
        (await gauge(kpi, lang === undefined ? {} : { lang })).shadowRoot?.querySelector('.meta')?.textContent ?? '';
      expect(await meta(safetyOnTrack)).to.contain('与去年持平');
      expect(await meta(safetyOnTrack, 'en')).to.contain('Same as last year');
      // 2 cases by June against 4 last year pro-rated (1.99): a change of 0.01 case is no change.
      const flat: Kpi = { ...networkCasesOffTrack, lastYear: 4 };
      expect(await meta(flat)).to.contain('与去年持平');
      expect(await meta(flat)).not.to.contain('较去年');
    });

    it('counts cases whole in the change and the pace', async () => {
      const text = (await gauge(salesBand)).shadowRoot?.querySelector('.meta')?.textContent ?? '';
      expect(text).to.match(/较去年 [+-]\d+箱/);
      expect(text).to.match(/应达进度 [\d.]+万箱/);
      expect(text).not.to.match(/\d\.\d+箱/u);
    });

    it('writes a unit of the plan’s own with its label, in both languages', async () => {
      const el = await gauge(leafQuality, { variant: 'linear' });
      expect(partText(el, 'value')).to.equal('600吨');
      expect(shadowText(el)).to.contain('目标 ≥ 1200吨');
      const english = await gauge(leafQuality, { variant: 'linear', lang: 'en' });
      expect(partText(english, 'value')).to.equal('600 tonnes');
      expect(shadowText(english)).to.contain('Target ≥ 1.2K tonnes');
    });

    it('writes a unit without a label as its code, never blank', async () => {
      const { vocabulary: _labels, ...unlabelled } = leafQuality;
      const el = await gauge(unlabelled, { variant: 'linear' });
      expect(partText(el, 'value')).to.equal('600 tonne');
    });

    it('gives the change of a count on the same months of last year, in whole cases', async () => {
      const el = await gauge(majorCasesSamePeriod);
      expect(el.shadowRoot?.querySelector('.meta')?.textContent).to.contain('较去年同期 +1 起');
      const english = await gauge(majorCasesSamePeriod, { lang: 'en' });
      expect(english.shadowRoot?.querySelector('.meta')?.textContent).to.contain(
        '+1 case on the same period last year',
      );
    });

    it('names the case-value threshold in the rule', async () => {
      const el = await gauge(majorCasesSamePeriod);
      expect(shadowText(el)).to.contain('≥ 6 起（5万元以上）');
    });

    it('shows a rule judged on every month off track for a missed month, and names the month', async () => {
      const el = await gauge(purificationEveryMonth);
      expect(partText(el, 'status')).to.equal('未达预期');
      expect(el.shadowRoot?.querySelector('.meta')?.textContent).to.contain('未达标月份：2月');
      expect(shadowText(el)).to.contain('每月 ≥ 90%');
      const english = await gauge(purificationEveryMonth, { lang: 'en' });
      expect(english.shadowRoot?.querySelector('.meta')?.textContent).to.contain('Missed in Feb');
    });

    it('defaults to Chinese', async () => {
      const el = await fixture<KpiGaugeElement>(
        html`<pk-kpi-gauge .kpi=${taxProfitMet} as-of=${AS_OF}></pk-kpi-gauge>`,
      );
      expect(partText(el, 'label')).to.equal('税利增长');
    });

    it('shows English text with lang="en"', async () => {
      const el = await gauge(taxProfitMet, { lang: 'en' });
      expect(shadowText(el)).to.contain('Tax and profit growth').and.to.contain('Target ≥ 5%').and.to.contain('Met');
    });

    it('follows a change of its lang attribute', async () => {
      const el = await gauge(taxProfitMet);
      el.setAttribute('lang', 'en');
      await waitUntil(() => partText(el, 'status') === 'Met', 'status never turned English');
      expect(partText(el, 'label')).to.equal('Tax and profit growth');
    });

    it('takes the locale of its provider when it has no lang', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider locale="en" as-of=${AS_OF}><pk-kpi-gauge .kpi=${taxProfitMet}></pk-kpi-gauge></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('Met');
    });

    it('prefers its own lang over the provider locale', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider locale="en" as-of=${AS_OF}
          ><pk-kpi-gauge lang="zh-CN" .kpi=${taxProfitMet}></pk-kpi-gauge
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal('已达成');
    });

    it('falls back to the document language', async () => {
      document.documentElement.lang = 'en';
      try {
        const el = await fixture<KpiGaugeElement>(
          html`<pk-kpi-gauge .kpi=${taxProfitMet} as-of=${AS_OF}></pk-kpi-gauge>`,
        );
        expect(partText(el, 'status')).to.equal('Met');
      } finally {
        document.documentElement.removeAttribute('lang');
      }
    });

    it('changes the colour of a token when forced dark', async () => {
      const light = getComputedStyle(
        part(await gauge(taxProfitMet, { scheme: 'light' }), 'base') as Element,
      ).backgroundColor;
      const dark = getComputedStyle(
        part(await gauge(taxProfitMet, { scheme: 'dark' }), 'base') as Element,
      ).backgroundColor;
      expect(dark).not.to.equal(light);
    });

    it('takes the colour scheme of its provider', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider color-scheme="dark" as-of=${AS_OF}
          ><pk-kpi-gauge .kpi=${taxProfitMet}></pk-kpi-gauge
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base') as Element).backgroundColor).to.equal('rgb(22, 24, 29)');
    });

    it('prefers its own colour scheme over the provider one', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider color-scheme="dark" as-of=${AS_OF}
          ><pk-kpi-gauge color-scheme="light" .kpi=${taxProfitMet}></pk-kpi-gauge
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base') as Element).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    describe('with the system set to dark', () => {
      beforeEach(() => emulateMedia({ colorScheme: 'dark' }));
      afterEach(() => emulateMedia({ colorScheme: 'light' }));

      it('follows the system when no scheme is forced', async () => {
        const el = await fixture<KpiGaugeElement>(
          html`<pk-kpi-gauge .kpi=${taxProfitMet} as-of=${AS_OF}></pk-kpi-gauge>`,
        );
        expect(getComputedStyle(part(el, 'base') as Element).backgroundColor).to.equal('rgb(22, 24, 29)');
      });

      it('stays light when light is forced', async () => {
        const el = await gauge(taxProfitMet, { scheme: 'light' });
        expect(getComputedStyle(part(el, 'base') as Element).backgroundColor).to.equal('rgb(255, 255, 255)');
      });
    });

    it('keeps clamped CJK text at a line height of 1.25 or more when the page sets less', async () => {
      const el = await gauge(salesBand);
      el.style.setProperty('--pk-line-height', '1.1');
      for (const selector of ['.label', '.rule']) {
        const style = getComputedStyle(el.shadowRoot?.querySelector(selector) as Element);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), selector).to.be.at.least(1.25);
        expect(style.wordBreak, selector).to.equal('keep-all');
      }
    });

    it('lets the page override a public token', async () => {
      const el = await gauge(taxProfitMet);
      el.style.setProperty('--pk-kpi-gauge-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'base') as Element).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('loads the KPI named by its kpi attribute through the provider', async () => {
      const { el } = await connectedGauge('sales-volume');
      await untilPart(el, 'base');
      expect(partText(el, 'label')).to.equal('卷烟销售');
    });

    it('asks for the provider plan and date', async () => {
      const { el, api } = await connectedGauge('sales-volume');
      await untilPart(el, 'base');
      expect(`${api.requests[0]?.url.pathname}${api.requests[0]?.url.search}`).to.equal(
        `/api/v1/plans/${PLAN_ID}/kpis/sales-volume?asOf=${AS_OF}`,
      );
    });

    it('loads again when the kpi attribute changes', async () => {
      const { el } = await connectedGauge('sales-volume');
      await untilPart(el, 'base');
      el.setAttribute('kpi', 'tax-profit-growth');
      await waitUntil(() => partText(el, 'label') === '税利增长', 'never showed the second KPI');
      expect(partText(el, 'value')).to.equal('6.2%');
    });

    it('aborts the pending request when the kpi attribute changes', async () => {
      const api = fakeApi(allKpis);
      api.fail('hang');
      const { el } = await connectedGauge('sales-volume', api);
      await waitUntil(() => api.requests.length === 1);
      el.setAttribute('kpi', 'tax-profit-growth');
      await untilPart(el, 'base');
      expect(api.requests[0]?.signal?.aborted).to.equal(true);
    });

    it('aborts the pending request when removed from the page', async () => {
      const api = fakeApi(allKpis);
      api.fail('hang');
      const { el } = await connectedGauge('sales-volume', api);
      await waitUntil(() => api.requests.length === 1);
      el.remove();
      expect(api.requests[0]?.signal?.aborted).to.equal(true);
    });

    it('loads again when put back on the page after an aborted request', async () => {
      const api = fakeApi(allKpis);
      api.fail('hang');
      const { provider, el } = await connectedGauge('sales-volume', api);
      await waitUntil(() => api.requests.length === 1);
      el.remove();
      provider.append(el);
      await untilPart(el, 'base');
      expect(partText(el, 'label')).to.equal('卷烟销售');
    });

    it('says it needs a provider when it has a KPI id and no client', async () => {
      const el = await fixture<KpiGaugeElement>(
        html`<pk-kpi-gauge kpi="sales-volume" plan=${PLAN_ID} lang="en"></pk-kpi-gauge>`,
      );
      expect(partText(el, 'state')).to.contain('No data source');
    });

    it('says which plan is missing when neither it nor the provider names one', async () => {
      const api = fakeApi(allKpis);
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client}
          ><pk-kpi-gauge kpi="sales-volume" lang="en"></pk-kpi-gauge
        ></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await el.updateComplete;
      expect(partText(el, 'state')).to.contain('No plan given');
    });
  });

  describe('rendering', () => {
    it('renders a standalone gauge once', async () => {
      const renders = await countRenders(async () => {
        const el = document.createElement('pk-kpi-gauge');
        el.kpi = taxProfitMet;
        el.asOf = AS_OF;
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      });
      expect(renders).to.equal(1);
    });

    it('renders a standalone gauge once inside a provider', async () => {
      const renders = await countRenders(async () => {
        const provider = await fixture<ProviderElement>(
          html`<pk-provider as-of=${AS_OF} locale="en"><pk-kpi-gauge .kpi=${salesBand}></pk-kpi-gauge></pk-provider>`,
        );
        await (provider.querySelector('pk-kpi-gauge') as KpiGaugeElement).updateComplete;
      });
      expect(renders).to.equal(1);
    });

    it('renders each gauge of a panel once', async () => {
      const renders = await countRenders(async () => {
        const panel = await fixture<KpiPanelElement>(
          html`<pk-kpi-panel .kpis=${allKpis} as-of=${AS_OF}></pk-kpi-panel>`,
        );
        const gauges = [...(panel.shadowRoot?.querySelectorAll('pk-kpi-gauge') ?? [])] as KpiGaugeElement[];
        await Promise.all(gauges.map((gauge) => gauge.updateComplete));
      });
      expect(renders).to.equal(allKpis.length);
    });

    it('renders once more when its KPI changes', async () => {
      const el = await gauge(taxProfitMet);
      const renders = await countRenders(async () => {
        el.kpi = salesBand;
        await el.updateComplete;
      });
      expect(renders).to.equal(1);
    });

    it('renders a loading state, then the loaded KPI', async () => {
      const renders = await countRenders(async () => {
        const { el } = await connectedGauge('sales-volume');
        await untilPart(el, 'base');
      });
      expect(renders).to.equal(2);
    });
  });

  describe('layout', () => {
    const radialCases = [...plan2020.kpis.map((kpi) => [kpi, plan2020.asOf] as const)];
    for (const lang of ['zh-CN', 'en']) {
      it(`keeps every plan2020 value inside the arc in ${lang}`, async () => {
        const reaches: string[] = [];
        for (const [kpi, asOf] of radialCases) {
          const el = await gauge(kpi, { lang });
          el.asOf = asOf;
          await el.updateComplete;
          if (valueReach(el) > CLEAR_OF_MARKERS) reaches.push(`${partText(el, 'value')}: ${valueReach(el).toFixed(1)}`);
        }
        expect(reaches).to.deep.equal([]);
      });

      it(`keeps values longer than the fixtures' inside the arc in ${lang}`, async () => {
        const reaches: string[] = [];
        for (const kpi of longValues) {
          const el = await gauge(kpi, { lang });
          if (valueReach(el) > CLEAR_OF_MARKERS) reaches.push(`${partText(el, 'value')}: ${valueReach(el).toFixed(1)}`);
        }
        expect(reaches).to.deep.equal([]);
      });
    }

    itReads(shown, [
      [
        'keeps the value text whole when it goes on two lines',
        [salesBand, { lang: 'en' }],
        textOf('value'),
        '249K cases',
      ],
      [
        'puts a value and its unit word on two lines when that is larger',
        [salesBand, { lang: 'en' }],
        (el) => part(el, 'value')?.querySelectorAll('tspan[x]').length,
        2,
      ],
      ['draws a short value at full size', taxProfitMet, (el) => part(el, 'value')?.getAttribute('font-size'), '21'],
      [
        'keeps the whole rule in its title',
        [salesBand, { variant: 'compact', lang: 'en' }],
        (el) => el.shadowRoot?.querySelector('.rule')?.getAttribute('title'),
        'Target flat vs last year ±1%',
      ],
    ]);

    it('draws a long value smaller than a short one', async () => {
      const size = async (kpi: Kpi) => Number(part(await gauge(kpi), 'value')?.getAttribute('font-size'));
      expect(await size(longValues[1] as Kpi)).to.be.lessThan(await size(taxProfitMet));
    });

    it('puts the rule below the arc, clear of the value', async () => {
      const el = await gauge(salesBand);
      const rule = el.shadowRoot?.querySelector('.rule')?.getBoundingClientRect();
      const arc = el.shadowRoot?.querySelector('.scale')?.getBoundingClientRect();
      expect(rule?.top).to.be.at.least((arc?.bottom ?? Infinity) - 0.5);
    });

    for (const variant of ['radial', 'linear', 'compact']) {
      it(`clamps a long rule to two lines in the ${variant} variant`, async () => {
        const el = await gauge(salesBand, { variant, lang: 'en' });
        el.style.width = '9rem';
        const rule = el.shadowRoot?.querySelector('.rule') as HTMLElement;
        const lineHeight = parseFloat(getComputedStyle(rule).lineHeight);
        expect(rule.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
      });

      it(`keeps everything inside a 10rem card in the ${variant} variant`, async () => {
        const el = await gauge(salesBand, { variant, lang: 'en' });
        el.style.width = '10rem';
        const base = part(el, 'base') as HTMLElement;
        const right = base.getBoundingClientRect().right;
        const spilled = [...(el.shadowRoot?.querySelectorAll('.base *') ?? [])]
          .filter((child) => child.getBoundingClientRect().right > right + 0.5)
          .map((child) => child.getAttribute('class') ?? child.localName);
        expect(spilled).to.deep.equal([]);
      });
    }

    it('reads the whole rule to screen readers', async () => {
      const el = await gauge(salesBand, { variant: 'compact', lang: 'en' });
      expect(el.getAttribute('aria-valuetext')).to.contain('target flat vs last year ±1%');
    });
  });

  describe('events', () => {
    it('emits pk-kpi-select with the KPI id on click', async () => {
      const el = await gauge(taxProfitMet);
      expect(await selectedKpi(el, () => el.click())).to.equal('tax-profit-growth');
    });

    it('lets pk-kpi-select bubble out of shadow roots', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      const el = document.createElement('pk-kpi-gauge');
      el.kpi = taxProfitMet;
      el.asOf = AS_OF;
      root.append(el);
      await el.updateComplete;
      expect(await selectedKpi(document, () => el.click())).to.equal('tax-profit-growth');
    });

    it('updates the provider selection', async () => {
      const { provider, el } = await inProvider<KpiGaugeElement>(
        'pk-kpi-gauge',
        html`<pk-provider as-of=${AS_OF}><pk-kpi-gauge .kpi=${taxProfitMet}></pk-kpi-gauge></pk-provider>`,
      );
      el.click();
      expect(provider.selection.kpiId).to.equal('tax-profit-growth');
    });

    it('shows that it is selected', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider as-of=${AS_OF}><pk-kpi-gauge .kpi=${taxProfitMet}></pk-kpi-gauge></pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await select(provider, el);
      expect(el.getAttribute('aria-current')).to.equal('true');
    });

    it('stops showing the selection when another KPI is selected', async () => {
      const [provider, first, second] = await twoGauges();
      await select(provider, first);
      await select(provider, second);
      await first?.updateComplete;
      expect(first?.hasAttribute('aria-current')).to.equal(false);
    });

    it('does not emit pk-kpi-select before it has a KPI', async () => {
      const el = await fixture<KpiGaugeElement>(html`<pk-kpi-gauge></pk-kpi-gauge>`);
      let fired = false;
      el.addEventListener('pk-kpi-select', () => (fired = true));
      el.click();
      expect(fired).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('selects with Enter', async () => {
      const el = await gauge(taxProfitMet);
      el.focus();
      expect(await selectedKpi(el, () => sendKeys({ press: 'Enter' }))).to.equal('tax-profit-growth');
    });

    it('selects with Space', async () => {
      const el = await gauge(salesBand);
      el.focus();
      expect(await selectedKpi(el, () => sendKeys({ press: 'Space' }))).to.equal('sales-volume');
    });

    it('is reached with Tab', async () => {
      const el = await gauge(taxProfitMet);
      await tabInto(el);
      expect(document.activeElement).to.equal(el);
    });
  });

  describe('errors', () => {
    const badKpi = { ...taxProfitMet, rule: { kind: 'atLeast', target: 'five' } } as unknown as Kpi;

    it('shows the error state for a schema-invalid kpi property', async () => {
      const el = await gauge(badKpi);
      expect(partText(el, 'state')).to.contain('rule.target');
    });

    it('does not throw into the page for a schema-invalid kpi property', async () => {
      const errors = await windowErrorsDuring(async () => {
        await gauge(badKpi);
      });
      expect(errors).to.deep.equal([]);
    });

    it('offers no Retry for invalid data set on the page', async () => {
      const el = await gauge(badKpi);
      expect(part(el, 'retry')).to.equal(null);
    });

    it('fires pk-error naming the invalid path', async () => {
      const el = document.createElement('pk-kpi-gauge');
      el.lang = 'en';
      el.kpi = badKpi;
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'pk-error')) as PkErrorEvent;
      el.remove();
      expect(event.detail.message).to.contain('rule.target');
    });

    it('shows the error state for an invalid KPI that carries an evaluation', async () => {
      const evaluated = { ...taxProfitMet, evaluation: evaluateKpi(taxProfitMet, AS_OF) };
      const el = await gauge({ ...evaluated, rule: { kind: 'atLeast', target: 'five' } } as unknown as Kpi);
      expect(partText(el, 'state')).to.contain('rule.target');
    });

    it('shows the error state for a KPI the domain rejects', async () => {
      const el = await gauge({
        ...taxProfitMet,
        measurements: [
          { period: '2019-12', value: 1 },
          { period: '2020-01', value: 2 },
        ],
      });
      expect(part(el, 'state')?.classList.contains('state-error')).to.equal(true);
    });

    it('says what failed when the server answers 500', async () => {
      const { el } = await failedGauge({ status: 500 });
      el.lang = 'en';
      await el.updateComplete;
      expect(partText(el, 'state')).to.contain('The server failed (500)');
    });

    for (const [name, failure, text] of [
      ['names the KPI that failed', { status: 500 }, '加载失败：KPI“sales-volume”'],
      ['says the network is down', 'network', '无法连接服务器'],
      ['says permission is missing on 403', { status: 403 }, '没有查看这些数据的权限'],
    ] as const) {
      it(name, async () => {
        const { el } = await failedGauge(failure);
        expect(partText(el, 'state')).to.contain(text);
      });
    }

    it('loads again with Retry after a failure', async () => {
      const { el, retry } = await failedGauge({ status: 500 });
      retry.click();
      await untilPart(el, 'base');
      expect(partText(el, 'label')).to.equal('卷烟销售');
    });

    for (const key of ['Enter', 'Space']) {
      it(`loads again when Retry is pressed with ${key}, and keeps the focus on the gauge`, async () => {
        const { el, retry } = await failedGauge({ status: 500 });
        retry.focus();
        await sendKeys({ press: key });
        await untilPart(el, 'base');
        expect(partText(el, 'label')).to.equal('卷烟销售');
        await waitUntil(() => document.activeElement === el, 'the focus moves from Retry to the gauge');
      });
    }

    it('is no tab stop of its own in the error state: its Retry is', async () => {
      const { el, retry } = await failedGauge({ status: 500 });
      expect(el.hasAttribute('tabindex')).to.equal(false);
      const before = await tabInto(el);
      expect(el.shadowRoot?.activeElement).to.equal(retry);
      retry.click();
      await untilPart(el, 'base');
      expect(el.tabIndex).to.equal(0);
      before.remove();
    });

    it('keeps a tabindex the page set in every state', async () => {
      const api = fakeApi(allKpis);
      api.fail({ status: 500 });
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${api.client} plan=${PLAN_ID} as-of=${AS_OF} locale="zh-CN">
          <pk-kpi-gauge kpi="sales-volume" tabindex="-1"></pk-kpi-gauge>
        </pk-provider>`,
      );
      const el = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await untilPart(el, 'retry');
      expect(el.getAttribute('tabindex')).to.equal('-1');
    });

    it('says a KPI does not exist on 404', async () => {
      const { el } = await connectedGauge('no-such-kpi');
      await untilPart(el, 'retry');
      expect(partText(el, 'state')).to.contain('找不到请求的数据');
    });

    it('names the path of a response that does not fit the schema', async () => {
      const broken = { ...salesBand, unit: 'bushels per acre' } as unknown as Kpi;
      const { el } = await connectedGauge('sales-volume', fakeApi([broken]));
      await untilPart(el, 'retry');
      expect(partText(el, 'state')).to.contain('unit');
    });

    it('fires pk-auth-required on 401 without a provider in between', async () => {
      const api = fakeApi(allKpis);
      api.fail({ status: 401 }, { status: 401 });
      const el = document.createElement('pk-kpi-gauge');
      el.kpi = 'sales-volume';
      el.plan = PLAN_ID;
      // A client provided by hand, as a provider would, but no provider to swallow the event.
      el.addEventListener('context-request', (event) => {
        const request = event as Event & { context: unknown; callback: (value: unknown) => void };
        if (request.context === Symbol.for('plankit.context.client')) {
          event.stopPropagation();
          request.callback(api.client);
        }
      });
      setTimeout(() => document.body.append(el));
      const event = await oneEvent(el, 'pk-auth-required');
      el.remove();
      expect(event.type).to.equal('pk-auth-required');
    });

    it('never lets a failed load reach window.onerror', async () => {
      const api = fakeApi(allKpis);
      api.fail({ status: 500 });
      const errors = await windowErrorsDuring(async () => {
        const { el } = await connectedGauge('sales-volume', api);
        await untilPart(el, 'retry');
      });
      expect(errors).to.deep.equal([]);
    });
  });
  describe('export', () => {
    /** The exported SVG file, parsed. */
    async function exported(el: KpiGaugeElement): Promise<Document> {
      const blob = await el.export({ format: 'svg' });
      expect(blob.type).to.equal('image/svg+xml');
      return new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    }
    const texts = (doc: Document): string[] => [...doc.querySelectorAll('text')].map((text) => text.textContent);

    it('exports a standalone SVG with the name, value, status and target it shows', async () => {
      const el = await gauge(taxProfitMet);
      const doc = await exported(el);
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const words = texts(doc).join('|');
      expect(words).to.include(taxProfitMet.name.zh);
      expect(words).to.include('已达成');
      expect(words).to.include(partText(el, 'value').replace(/\s+/g, ''));
      expect(words).to.include(el.shadowRoot?.querySelector('.rule')?.textContent ?? 'missing rule');
      expect(doc.querySelector('title')?.textContent).to.equal(el.getAttribute('aria-valuetext'));
    });

    it('writes the colours it shows into the file, with no classes or custom properties left', async () => {
      const el = await gauge(networkCasesOffTrack, { variant: 'linear' });
      const text = await (await el.export({ format: 'svg' })).text();
      expect(text).not.to.match(/class=|part=|var\(/);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const live = getComputedStyle(part(el, 'indicator') as Element).stroke;
      const drawn = [...doc.querySelectorAll('line')].map((line) => line.getAttribute('stroke'));
      expect(drawn).to.include(live);
    });

    it('exports in English when its locale is English', async () => {
      const words = texts(await exported(await gauge(taxProfitMet, { lang: 'en' }))).join('|');
      expect(words).to.include(taxProfitMet.name.en);
      expect(words).to.include('Met');
    });

    it('exports a PNG at twice the size of the SVG', async () => {
      const el = await gauge(marginAtRisk);
      const svg = new DOMParser().parseFromString(await (await el.export({ format: 'svg' })).text(), 'image/svg+xml');
      const png = await el.export({ format: 'png' });
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.equal(2 * Number(svg.documentElement.getAttribute('width')));
      expect(bitmap.height).to.equal(2 * Number(svg.documentElement.getAttribute('height')));
    });

    it('rejects an export while it has no KPI to show', async () => {
      const el = await fixture<KpiGaugeElement>(html`<pk-kpi-gauge></pk-kpi-gauge>`);
      let error: unknown;
      await el.export({ format: 'svg' }).catch((caught: unknown) => (error = caught));
      expect((error as Error).message).to.equal('<pk-kpi-gauge> has no KPI to export yet.');
    });

    it('rejects a format it does not write, naming the ones it does', async () => {
      const el = await gauge(taxProfitMet);
      let error: unknown;
      await el.export({ format: 'csv' as 'svg' }).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.include('"svg" or "png"');
    });
  });

  describe('print', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints black text on a white card with a black border, even in the dark scheme', async () => {
      const el = await gauge(taxProfitMet, { scheme: 'dark' });
      const base = getComputedStyle(part(el, 'base') as Element);
      expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(base.borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    });

    it('prints the status icon as an outline in its colour rather than a filled shape', async () => {
      const el = await gauge(taxProfitMet);
      const icon = part(el, 'status')?.querySelector('svg.status-icon');
      const shape = getComputedStyle(icon?.querySelector('.shape') as Element);
      const mark = getComputedStyle(icon?.querySelector('.mark') as Element);
      expect(shape.fill).to.equal('none');
      expect(shape.stroke).to.equal(getComputedStyle(icon as Element).color);
      expect(mark.stroke).to.equal(shape.stroke);
    });

    it('shows the selection as a thicker border instead of a shadow', async () => {
      const [provider, selected] = await twoGauges();
      await select(provider, selected);
      const base = getComputedStyle(part(selected as KpiGaugeElement, 'base') as Element);
      expect(base.boxShadow).to.equal('none');
      expect(base.borderTopWidth).to.equal('2px');
    });
  });
});
