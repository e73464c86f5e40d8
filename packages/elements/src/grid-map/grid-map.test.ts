// Browser tests of <pk-grid-map>: drawing and fitting, schematic tiles, colours and legend, tooltip
// and panel in both locales, selection by mouse and keyboard, zoom, invalid GeoJSON, connected mode,
// persistence, export, retailer points, dark mode and axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  createClient,
  type Grid,
  type GridCollection,
  type GridItem,
  type Position,
  type TierScheme,
} from '@plankit/sdk';
import { generateCounty } from '@plankit/sdk/fixtures';
import './pk-grid-map.js';
import '../provider/pk-provider.js';
import type { GridMapElement } from './grid-map.js';
import type { ProviderElement } from '../provider/provider.js';
import type { GridSelectEvent } from '../shared/events/grid-select.js';
import type { PkErrorEvent } from '../shared/events/error.js';
import { part, partText, shadowText, untilPart, windowErrorsDuring } from '../test/helpers.js';

function square(id: string, lng: number, lat: number, figures: Grid['properties']['figures']): Grid {
  const size = 0.1;
  const ring: Position[] = [
    [lng, lat],
    [lng + size, lat],
    [lng + size, lat + size],
    [lng, lat + size],
    [lng, lat],
  ];
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: {
      id,
      code: `WG-${id}`,
      name: { zh: `${id}号网格`, en: `Grid ${id}` },
      area: 'urban',
      roles: { inspector: { name: '王琳' }, customerManager: { name: '李超' }, delivery: { name: '张杰' } },
      group: { zh: '城关1号自律互助小组', en: 'Chengguan Group 1' },
      figures,
    },
  };
}

// 1 2
// 3 4   (north up)
const FOUR: GridCollection = {
  type: 'FeatureCollection',
  features: [
    square('1', 117, 31.1, { retailers: 10, openItems: 1, overdueItems: 0, avgResponseHours: 2.5, inspections: 3 }),
    square('2', 117.1, 31.1, { retailers: 95, openItems: 4, overdueItems: 2, avgResponseHours: null, inspections: 1 }),
    square('3', 117, 31, { retailers: 45, openItems: 0, overdueItems: 0, avgResponseHours: 8, inspections: 0 }),
    square('4', 117.1, 31, { retailers: 70 }),
  ],
};

const ITEMS: GridItem[] = [
  {
    id: 'i-1',
    gridId: '2',
    kind: 'licence',
    title: '无证经营',
    stage: 'collected',
    times: { collected: '2020-06-01T07:00:00+08:00' },
    retailerId: null,
    version: 1,
  },
  {
    id: 'i-2',
    gridId: '2',
    kind: 'counterfeit',
    title: '疑似假烟',
    stage: 'routed',
    times: { collected: '2020-06-01T10:00:00+08:00', routed: '2020-06-01T11:00:00+08:00' },
    retailerId: null,
    version: 2,
  },
];

async function map(
  grids: unknown = FOUR,
  attributes: { lang?: string; metric?: string; scheme?: string; schematic?: boolean } = {},
): Promise<GridMapElement> {
  return fixture<GridMapElement>(
    html`<pk-grid-map
      lang=${attributes.lang ?? 'zh-CN'}
      metric=${attributes.metric ?? 'retailers'}
      color-scheme=${attributes.scheme ?? 'light'}
      ?schematic=${attributes.schematic ?? false}
      as-of="2020-06-01"
      .grids=${grids as GridCollection}
      .items=${ITEMS}
    ></pk-grid-map>`,
  );
}

const paths = (el: GridMapElement): SVGPathElement[] => [
  ...(el.shadowRoot?.querySelectorAll<SVGPathElement>('.grids path') ?? []),
];
const pathOf = (el: GridMapElement, index: number): SVGPathElement => {
  const path = paths(el)[index];
  if (path === undefined) throw new Error(`no path ${index}`);
  return path;
};
/** The texts of the elements matching `selector` in a part, each whitespace-collapsed. */
const texts = (el: GridMapElement, name: string, selector: string): string[] =>
  [...(part(el, name)?.querySelectorAll(selector) ?? [])].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
const activeLabel = (el: GridMapElement): string | null =>
  (el.shadowRoot?.activeElement as Element | null)?.getAttribute('aria-label') ?? null;

describe('<pk-grid-map>', () => {
  describe('accessibility', () => {
    it('is accessible with grids, legend and a selected grid panel', async () => {
      const el = await map();
      el.select('2');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark scheme and in English', async () => {
      const el = await map(FOUR, { scheme: 'dark', lang: 'en' });
      await expect(el).to.be.accessible();
    });

    it('names each grid with its name and the figure it is coloured by', async () => {
      const el = await map();
      expect(pathOf(el, 1).getAttribute('aria-label')).to.equal('2号网格，零售户数 95');
      expect(pathOf(el, 1).getAttribute('role')).to.equal('option');
      const english = await map(FOUR, { lang: 'en', metric: 'avgResponseHours' });
      expect(pathOf(english, 1).getAttribute('aria-label')).to.equal('Grid 2, average response (hours) No data');
    });

    it('names grids in English under a regional English tag such as en-GB', async () => {
      const el = await map(FOUR, { lang: 'en-GB' });
      expect(pathOf(el, 1).getAttribute('aria-label')).to.equal('Grid 2, retailers 95');
    });

    it('uses the dark palette in the dark scheme', async () => {
      const light = await map();
      const dark = await map(FOUR, { scheme: 'dark' });
      const fill = (el: GridMapElement): string => getComputedStyle(pathOf(el, 0)).fill;
      expect(fill(light)).to.equal('rgb(239, 246, 255)');
      expect(fill(dark)).to.equal('rgb(23, 37, 84)');
    });
  });

  describe('properties', () => {
    it('draws one path per grid, fitted inside its box', async () => {
      const el = await map();
      expect(paths(el)).to.have.length(4);
      const svgBox = (part(el, 'map') as SVGSVGElement).getBoundingClientRect();
      for (const path of paths(el)) {
        const box = path.getBoundingClientRect();
        expect(box.left).to.be.at.least(svgBox.left - 0.5);
        expect(box.right).to.be.at.most(svgBox.right + 0.5);
        expect(box.top).to.be.at.least(svgBox.top - 0.5);
        expect(box.bottom).to.be.at.most(svgBox.bottom + 0.5);
      }
      // North up: grid 1 above grid 3; east right: grid 2 right of grid 1.
      expect(pathOf(el, 0).getBoundingClientRect().top).to.be.below(pathOf(el, 2).getBoundingClientRect().top);
      expect(pathOf(el, 1).getBoundingClientRect().left).to.be.above(pathOf(el, 0).getBoundingClientRect().left);
    });

    it('refits when the element is resized', async () => {
      const el = await map();
      el.style.width = '300px';
      el.style.height = '300px';
      // 300 px minus the 1 px border on each side.
      await waitUntil(() => (part(el, 'map') as SVGSVGElement).getAttribute('width') === '298', 'refitted', {
        timeout: 2000,
      });
      const right = Math.max(...paths(el).map((path) => path.getBoundingClientRect().right));
      expect(right).to.be.at.most(el.getBoundingClientRect().left + 301);
    });

    it('colours each grid by the metric and shows the scale in the legend', async () => {
      const el = await map();
      expect(paths(el).map((path) => path.getAttribute('class'))).to.deep.equal(['c0', 'c4', 'c2', 'c3']);
      expect(texts(el, 'legend', 'li')).to.deep.equal(['0–19', '20–39', '40–59', '60–79', '≥ 80']);
      expect(texts(el, 'legend', '.legend-title')).to.deep.equal(['零售户数']);
      el.metric = 'avgResponseHours';
      await el.updateComplete;
      // Steps of 2 hours; grid 2 has no figure and grid 4 none at all: both "no data", hatched.
      expect(paths(el).map((path) => path.getAttribute('class'))).to.deep.equal(['c1', 'nd', 'c4', 'nd']);
      expect(texts(el, 'legend', 'li')).to.deep.equal(['0–2', '2–4', '4–6', '6–8', '≥ 8', '无数据']);
    });

    it('lays the grids out as equal tiles by position in schematic mode', async () => {
      const el = await fixture<GridMapElement>(
        html`<pk-grid-map schematic .grids=${FOUR} style="width: 302px; height: 302px"></pk-grid-map>`,
      );
      const boxes = paths(el).map((path) => path.getBoundingClientRect());
      const widths = new Set(boxes.map((box) => Math.round(box.width)));
      expect(widths.size).to.equal(1);
      const [one, two, three, four] = boxes;
      expect(one!.top).to.be.closeTo(two!.top, 0.5);
      expect(one!.left).to.be.below(two!.left);
      expect(three!.top).to.be.above(one!.top);
      expect(four!.left).to.be.closeTo(two!.left, 0.5);
    });

    it('labels grids that have room, cutting a long name with an ellipsis', async () => {
      const long = {
        ...FOUR,
        features: FOUR.features.map((grid, index) =>
          index === 0
            ? { ...grid, properties: { ...grid.properties, name: { zh: '很长的名字'.repeat(20), en: 'x' } } }
            : grid,
        ),
      };
      const el = await map(long);
      const labels = [...(el.shadowRoot?.querySelectorAll('.labels text') ?? [])].map((text) => text.textContent);
      expect(labels).to.have.length(4);
      expect(labels.slice(1)).to.deep.equal(['2号网格', '3号网格', '4号网格']);
      expect(labels[0]?.endsWith('…')).to.equal(true);
      const dense = await map(generateCounty({ seed: 'dense', grids: 2000, retailers: 0 }).grids);
      expect(dense.shadowRoot?.querySelectorAll('.labels text').length).to.equal(0);
    });

    it('draws the generated county of 300 grids', async () => {
      const { grids } = generateCounty({ seed: 'map-test', grids: 300, retailers: 0 });
      const el = await map(grids);
      expect(paths(el)).to.have.length(300);
    });

    it('keeps the paths when the selection changes (no redraw)', async () => {
      const el = await map();
      const before = pathOf(el, 0);
      el.select('3');
      await el.updateComplete;
      expect(pathOf(el, 0)).to.equal(before);
      expect(pathOf(el, 2).getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('tooltip and panel', () => {
    it('shows the grid, its three roles and figures on hover, in Chinese', async () => {
      const el = await map();
      pathOf(el, 1).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(texts(el, 'tooltip', '.tooltip-name, dt, dd')).to.deep.equal(
        '2号网格 专卖管理员 王琳 客户经理 李超 送货员 张杰 零售户数 95 未办结事项 4 超时事项 2 平均响应时长（小时） 无数据 检查次数 1'.split(
          ' ',
        ),
      );
    });

    it('shows the tooltip of the focused grid in English', async () => {
      const el = await map(FOUR, { lang: 'en' });
      el.focus();
      await el.updateComplete;
      expect(texts(el, 'tooltip', '.tooltip-name, dt, dd')).to.deep.equal([
        'Grid 1',
        'Monopoly inspector',
        '王琳',
        'Customer manager',
        '李超',
        'Delivery staff',
        '张杰',
        'Retailers',
        '10',
        'Open items',
        '1',
        'Overdue items',
        '0',
        'Average response (hours)',
        '2.5',
        'Inspections',
        '3',
      ]);
    });

    it('shows the selected grid’s item pipeline with counts and overdue per stage', async () => {
      const el = await map();
      el.select('2');
      await el.updateComplete;
      const pipeline = part(el, 'pipeline') as HTMLElement;
      const stages = [...pipeline.querySelectorAll('li')].map((li) => [
        li.dataset.stage,
        li.dataset.count,
        li.dataset.overdue,
      ]);
      expect(stages).to.deep.equal([
        ['collected', '1', '1'],
        ['routed', '1', '0'],
        ['responded', '0', '0'],
        ['handled', '0', '0'],
        ['fedBack', '0', '0'],
      ]);
      expect(partText(el, 'pipeline')).to.contain('共 2 件，超时 1 件');
      expect(partText(el, 'pipeline')).to.contain('采集 1 件 超时 1 件');
      expect(partText(el, 'panel')).to.contain('城关1号自律互助小组');
    });
  });

  describe('events and selection', () => {
    it('selects a grid by click, fires pk-grid-select and outlines it', async () => {
      const el = await map();
      const event = oneEvent(el, 'pk-grid-select') as Promise<GridSelectEvent>;
      pathOf(el, 3).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await event).detail.gridId).to.equal('4');
      await el.updateComplete;
      expect(el.selected).to.equal('4');
      expect(el.shadowRoot?.querySelector('.selected-line')?.getAttribute('d')).to.equal(
        pathOf(el, 3).getAttribute('d'),
      );
      expect(shadowText(el)).to.contain('已选择 4号网格');
    });

    it('sets the provider’s selection, and follows it', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider locale="zh-CN"><pk-grid-map .grids=${FOUR} .items=${ITEMS}></pk-grid-map></pk-provider>`,
      );
      const el = provider.querySelector('pk-grid-map') as GridMapElement;
      await el.updateComplete;
      pathOf(el, 1).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await provider.updateComplete;
      expect(provider.selection.gridId).to.equal('2');
      provider.select({ gridId: '3' });
      await provider.updateComplete;
      await el.updateComplete;
      expect(el.selectedId).to.equal('3');
      expect(pathOf(el, 2).getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('tabs into the map, moves to the neighbour in each arrow’s direction and selects with Enter', async () => {
      const el = await map();
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(activeLabel(el)).to.equal('1号网格，零售户数 10');
      await sendKeys({ press: 'ArrowRight' });
      expect(activeLabel(el)).to.equal('2号网格，零售户数 95');
      await sendKeys({ press: 'ArrowDown' });
      expect(activeLabel(el)).to.equal('4号网格，零售户数 70');
      await sendKeys({ press: 'ArrowLeft' });
      expect(activeLabel(el)).to.equal('3号网格，零售户数 45');
      await sendKeys({ press: 'ArrowLeft' });
      expect(activeLabel(el)).to.equal('3号网格，零售户数 45');
      const event = oneEvent(el, 'pk-grid-select') as Promise<GridSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.gridId).to.equal('3');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selectedId).to.equal(null);
      // One tab stop: Tab leaves the map for the toolbar.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.equal('metric');
      before.remove();
    });

    it('makes the selected grid the tab stop, and fires again when it is picked again', async () => {
      const el = await map();
      el.select('4');
      await el.updateComplete;
      el.focus();
      expect(activeLabel(el)).to.equal('4号网格，零售户数 70');
      const event = oneEvent(el, 'pk-grid-select') as Promise<GridSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.gridId).to.equal('4');
    });

    it('zooms with + and − and the buttons, and resets', async () => {
      const el = await map();
      el.focus();
      await sendKeys({ press: 'Shift+Equal' });
      await el.updateComplete;
      expect(el.view.k).to.equal(1.5);
      expect(el.shadowRoot?.querySelector('.view')?.getAttribute('transform')).to.contain('scale(1.5)');
      await sendKeys({ press: 'Minus' });
      expect(el.view.k).to.equal(1);
      (part(el, 'zoom-in') as HTMLButtonElement).click();
      (part(el, 'zoom-in') as HTMLButtonElement).click();
      expect(el.view.k).to.equal(2.25);
      await el.updateComplete;
      expect(shadowText(el)).to.contain('缩放 225%');
      (part(el, 'zoom-out') as HTMLButtonElement).click();
      expect(el.view.k).to.equal(1.5);
      (part(el, 'zoom-reset') as HTMLButtonElement).click();
      expect(el.view).to.deep.equal({ k: 1, x: 0, y: 0 });
    });

    it('moves the grids at once on a zoom step and draws them again at the new view once the view is still', async () => {
      const el = await map();
      const root = el.shadowRoot!;
      const layerView = (): string | null => root.querySelector('.layer-view')!.getAttribute('transform');
      const width = (): number => pathOf(el, 0).getBoundingClientRect().width;
      const before = width();
      expect(layerView()).to.equal('translate(0 0) scale(1)');
      (part(el, 'zoom-in') as HTMLButtonElement).click();
      await el.updateComplete;
      // The step: the outlines' and labels' view is the new one, the grids' layer is scaled by the compositor.
      expect(root.querySelector('.view')?.getAttribute('transform')).to.contain('scale(1.5)');
      expect(layerView()).to.equal('translate(0 0) scale(1)');
      expect(width()).to.be.closeTo(before * 1.5, 1);
      // Still for a moment: the grids are drawn at the new view, strokes as thin as before, no transform left.
      await waitUntil(() => layerView()?.includes('scale(1.5)') === true, 'settled', { timeout: 2000 });
      expect(root.querySelector('.grids')?.getAttribute('stroke-width')).to.equal('0.333');
      expect(root.querySelector('.layer')!.getAnimations()).to.have.length(0);
      expect(width()).to.be.closeTo(before * 1.5, 1);
      // An export in the middle of a step shows the new view with the grids in it.
      (part(el, 'zoom-in') as HTMLButtonElement).click();
      await el.updateComplete;
      const text = await (await el.export({ format: 'svg' })).text();
      expect(text).to.match(/<g class="view" transform="[^"]*scale\(2\.25\)"><g class="grids"/);
    });

    it('zooms with the wheel around the pointer and pans by dragging', async () => {
      const el = await map();
      const svgElement = part(el, 'map') as SVGSVGElement;
      const box = svgElement.getBoundingClientRect();
      svgElement.dispatchEvent(
        // Bubbling, as the browser's: the map's stage under the grids and overlays handles it.
        new WheelEvent('wheel', {
          deltaY: -100,
          clientX: box.left + 10,
          clientY: box.top + 10,
          cancelable: true,
          bubbles: true,
        }),
      );
      expect(el.view.k).to.be.above(1);
      const { x, y } = el.view;
      const pointer = (type: string, dx: number): void => {
        svgElement.dispatchEvent(
          new PointerEvent(type, {
            pointerId: 1,
            button: 0,
            clientX: box.left + 100 + dx,
            clientY: box.top + 100,
            bubbles: true,
          }),
        );
      };
      pointer('pointerdown', 0);
      pointer('pointermove', 20);
      pointer('pointermove', 40);
      pointer('pointerup', 40);
      expect(el.view.x).to.be.above(x);
      expect(el.view.y).to.be.closeTo(y, 0.01);
    });

    it('zooms with a two-finger pinch around its middle, and selects nothing on the way', async () => {
      const el = await map();
      let selections = 0;
      el.addEventListener('pk-grid-select', () => (selections += 1));
      const svgElement = part(el, 'map') as SVGSVGElement;
      const box = svgElement.getBoundingClientRect();
      const finger = (type: string, pointerId: number, x: number): void => {
        svgElement.dispatchEvent(
          new PointerEvent(type, {
            pointerId,
            pointerType: 'touch',
            button: 0,
            clientX: box.left + x,
            clientY: box.top + 100,
            bubbles: true,
          }),
        );
      };
      finger('pointerdown', 1, 150);
      finger('pointerdown', 2, 250);
      finger('pointermove', 1, 100);
      finger('pointermove', 2, 300);
      finger('pointerup', 1, 100);
      finger('pointerup', 2, 300);
      // The fingers went from 100 to 200 px apart: twice the scale, around their middle (y = 100 throughout).
      expect(el.view.k).to.be.closeTo(2, 0.01);
      expect(el.view.y).to.be.closeTo(100 - 100 * 2, 0.5);
      expect(el.view.x).to.be.within(-200, -150);
      expect(selections).to.equal(0);
    });
  });

  describe('errors', () => {
    for (const asOf of ['2020-06-31', 'yesterday'])
      it(`reports an as-of of ${asOf} once, says why over the map and counts no overdue items`, async () => {
        const reported: PkErrorEvent[] = [];
        const el = await fixture<GridMapElement>(
          html`<pk-grid-map
            as-of=${asOf}
            selected="4"
            .grids=${FOUR}
            .items=${ITEMS}
            @pk-error=${(event: PkErrorEvent) => reported.push(event)}
          ></pk-grid-map>`,
        );
        // The as-of only times the pipeline: the grids still draw.
        expect(paths(el)).to.have.length(4);
        const notice = part(el, 'notice') as HTMLElement;
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(notice.textContent).to.contain('asOf');
        expect(partText(el, 'pipeline')).to.contain('asOf');
        expect(part(el, 'pipeline')?.querySelector('[data-stage]')).to.equal(null);
        expect(reported.map((event) => event.detail.kind)).to.deep.equal(['invalid-data']);
        expect(reported[0]?.detail.message).to.contain('asOf');
        el.setAttribute('as-of', '2020-06-30');
        await el.updateComplete;
        expect(part(el, 'notice')).to.equal(null);
        expect(part(el, 'pipeline')?.querySelectorAll('[data-stage]')).to.have.length(5);
        expect(reported).to.have.length(1);
      });

    it('shows the reason for invalid GeoJSON and never throws', async () => {
      const bad = {
        type: 'FeatureCollection',
        features: [{ ...square('1', 117, 31, {}), geometry: { type: 'Point', coordinates: [117, 31] } }],
      };
      let el: GridMapElement | undefined;
      const errors = await windowErrorsDuring(async () => {
        el = await map(bad);
      });
      expect(errors).to.deep.equal([]);
      const state = await untilPart(el!, 'state');
      expect(state.textContent).to.contain('features.0.geometry.type');
      expect(state.textContent).to.contain('Polygon or MultiPolygon');
      expect(paths(el!)).to.have.length(0);
    });

    it('reports NaN coordinates and unclosed rings as pk-error', async () => {
      const grid = square('1', 117, 31, {});
      const nan = {
        type: 'FeatureCollection',
        features: [
          {
            ...grid,
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [117, 31],
                  [Number.NaN, 31],
                  [117, 32],
                  [117, 31],
                ],
              ],
            },
          },
        ],
      };
      const el = document.createElement('pk-grid-map');
      const event = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      el.grids = nan as unknown as GridCollection;
      document.body.append(el);
      expect((await event).detail.message).to.contain('longitude is NaN');
      el.remove();
    });

    it('loads the grids through the provider, shows the error with Retry, then the map', async () => {
      let calls = 0;
      const fetcher = async (input: RequestInfo | URL): Promise<Response> => {
        calls += 1;
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (calls === 1)
          return new Response('{}', { status: 503, headers: { 'content-type': 'application/problem+json' } });
        if (url.pathname.endsWith('/grids'))
          return new Response(JSON.stringify(FOUR), { status: 200, headers: { 'content-type': 'application/json' } });
        return new Response(JSON.stringify({ items: ITEMS }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      };
      const client = createClient({ baseUrl: 'https://plankit.test/api/v1', fetch: fetcher, retry: 0 });
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${client} locale="zh-CN"><pk-grid-map></pk-grid-map></pk-provider>`,
      );
      const el = provider.querySelector('pk-grid-map') as GridMapElement;
      const retry = (await untilPart(el, 'retry')) as HTMLButtonElement;
      expect(partText(el, 'state')).to.contain('网格数据');
      retry.click();
      await waitUntil(() => paths(el).length === 4, 'the grids loaded after Retry', { timeout: 3000 });
      el.select('2');
      await waitUntil(() => partText(el, 'pipeline').includes('共 2 件'), 'the items loaded', { timeout: 3000 });
    });

    it('refuses a million-vertex polygon with the reason, and draws a self-intersecting ring', async () => {
      const grid = square('1', 117, 31, {});
      const ring: Position[] = Array.from({ length: 1_000_000 }, (_, index) => [
        117 + index / 1e7,
        31 + (index % 2) / 100,
      ]);
      ring.push(ring[0] as Position);
      const huge = {
        type: 'FeatureCollection',
        features: [{ ...grid, geometry: { type: 'Polygon', coordinates: [ring] } }],
      };
      const el = await map(huge);
      expect(partText(el, 'state')).to.contain('at most 500000 can be drawn');
      const bowtie: Position[] = [
        [117, 31],
        [117.1, 31.1],
        [117.1, 31],
        [117, 31.1],
        [117, 31],
      ];
      const crossed = await map({
        type: 'FeatureCollection',
        features: [{ ...grid, geometry: { type: 'Polygon', coordinates: [bowtie] } }],
      });
      expect(paths(crossed)).to.have.length(1);
    });

    it('says there is no data source without grids or a provider', async () => {
      const el = await fixture<GridMapElement>(html`<pk-grid-map lang="en"></pk-grid-map>`);
      expect(partText(el, 'state')).to.contain('No data source');
    });
  });

  describe('print', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the light scale with grey grid borders, black text and no toolbar or tooltip, even in the dark scheme', async () => {
      const el = await map(FOUR, { scheme: 'dark' });
      el.focus();
      await el.updateComplete;
      const path = getComputedStyle(pathOf(el, 0));
      expect(path.fill).to.equal('rgb(239, 246, 255)');
      expect(path.stroke).to.equal('rgb(110, 119, 129)');
      expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'legend') as Element).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(part(el, 'toolbar') as Element).display).to.equal('none');
      const tooltip = el.shadowRoot?.querySelector('.tooltip-anchor');
      expect(tooltip).to.not.equal(null);
      expect(getComputedStyle(tooltip as Element).display).to.equal('none');
    });
  });

  describe('persistence, export and points', () => {
    it('keeps metric, zoom and selection under persist-key and ignores corrupt entries', async () => {
      localStorage.setItem('plankit:pk-grid-map:test', '{not json');
      const first = await fixture<GridMapElement>(html`<pk-grid-map persist-key="test" .grids=${FOUR}></pk-grid-map>`);
      expect(first.metric).to.equal('retailers');
      first.metric = 'openItems';
      first.zoomBy(2);
      first.select('4');
      await first.updateComplete;
      const second = await fixture<GridMapElement>(html`<pk-grid-map persist-key="test" .grids=${FOUR}></pk-grid-map>`);
      expect(second.metric).to.equal('openItems');
      expect(second.view.k).to.equal(2);
      expect(second.selected).to.equal('4');
      localStorage.setItem(
        'plankit:pk-grid-map:test',
        JSON.stringify({ metric: 'bogus', zoom: { k: 1e9, x: 0, y: 0 } }),
      );
      const third = await fixture<GridMapElement>(html`<pk-grid-map persist-key="test" .grids=${FOUR}></pk-grid-map>`);
      expect(third.metric).to.equal('retailers');
      expect(third.view.k).to.equal(1);
      localStorage.removeItem('plankit:pk-grid-map:test');
    });

    it('takes over a view stored by an earlier version once and keeps it versioned, ignoring a future version', async () => {
      localStorage.setItem('plankit:pk-grid-map:old', JSON.stringify({ metric: 'openItems', selected: '4' }));
      const first = await fixture<GridMapElement>(html`<pk-grid-map persist-key="old" .grids=${FOUR}></pk-grid-map>`);
      expect(first.metric).to.equal('openItems');
      expect(first.selected).to.equal('4');
      const stored = JSON.parse(localStorage.getItem('plankit:pk-grid-map:old') ?? '{}');
      expect(stored.v).to.equal(1);
      expect(stored.view).to.include({ metric: 'openItems', selected: '4' });
      localStorage.setItem('plankit:pk-grid-map:old', JSON.stringify({ v: 2, view: { metric: 'openItems' } }));
      const second = await fixture<GridMapElement>(html`<pk-grid-map persist-key="old" .grids=${FOUR}></pk-grid-map>`);
      expect(second.metric).to.equal('retailers');
      localStorage.removeItem('plankit:pk-grid-map:old');
    });

    it('lays the retailer points over the map in its PNG', async () => {
      const county = generateCounty({ seed: 'points', grids: 20, retailers: 500 });
      const el = await fixture<GridMapElement>(
        html`<pk-grid-map show-retailers .grids=${county.grids} .retailers=${county.retailers}></pk-grid-map>`,
      );
      const pixels = async (): Promise<Uint8ClampedArray> => {
        const bitmap = await createImageBitmap(await el.export({ format: 'png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const withPoints = await pixels();
      el.showRetailers = false;
      await el.updateComplete;
      const without = await pixels();
      expect(without.length).to.equal(withPoints.length);
      let changed = 0;
      for (let index = 0; index < without.length; index += 4) if (without[index] !== withPoints[index]) changed += 1;
      expect(changed).to.be.above(500);
    });

    it('rejects an export in a format it does not write', async () => {
      const el = await map();
      let error: unknown;
      await el.export({ format: 'csv' as 'svg' }).catch((caught: unknown) => (error = caught));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.contain('"svg" or "png"');
    });

    it('exports the view as SVG with resolved colours and as PNG', async () => {
      const el = await map();
      const svgBlob = await el.export({ format: 'svg' });
      expect(svgBlob.type).to.equal('image/svg+xml');
      const text = await svgBlob.text();
      expect(text).to.contain('.c4{fill:#1e3a8a}');
      expect(text.match(/<path /g)?.length).to.be.at.least(4);
      const png = await el.export({ format: 'png' });
      expect(png.type).to.equal('image/png');
      expect(png.size).to.be.above(100);
    });

    it('draws retailer points on a canvas, with the tier bands in the legend', async () => {
      const county = generateCounty({ seed: 'points', grids: 20, retailers: 500 });
      const el = await fixture<GridMapElement>(
        html`<pk-grid-map show-retailers .grids=${county.grids} .retailers=${county.retailers}></pk-grid-map>`,
      );
      const canvas = part(el, 'points') as HTMLCanvasElement;
      const context = canvas.getContext('2d')!;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) ink += 1;
      expect(ink).to.be.above(500);
      expect(texts(el, 'legend', '[data-band]')).to.deep.equal(['低档', '中档', '高档']);
    });

    /** A map of `county` with its retailer points banded by `scheme`. */
    const withPoints = (county: ReturnType<typeof generateCounty>, scheme: TierScheme) =>
      fixture<GridMapElement>(
        html`<pk-grid-map
          show-retailers
          .grids=${county.grids}
          .retailers=${county.retailers}
          .tierScheme=${scheme}
        ></pk-grid-map>`,
      );

    it('names a bureau’s own tier bands in the legend from the scheme, in either locale', async () => {
      const county = generateCounty({ seed: 'points', grids: 20, retailers: 500 });
      const scheme: TierScheme = {
        id: 'bureau',
        tiers: 30,
        bands: [
          { id: 'core', from: 25, to: 30, name: { zh: '核心户', en: 'Core' } },
          { id: 'base', from: 1, to: 8, name: { zh: '基础户', en: 'Base' } },
          { id: 'growth', from: 9, to: 16, name: { zh: '成长户', en: 'Growth' } },
          { id: 'steady', from: 17, to: 24 },
        ],
        targetBand: 'growth',
      };
      const el = await withPoints(county, scheme);
      // Low to high: the lowest band a circle, the highest a triangle, the two between squares (an unnamed code as written).
      expect(texts(el, 'legend', '[data-band]')).to.deep.equal(['基础户', '成长户、steady', '核心户']);
      expect(part(el, 'legend')?.querySelector('[data-band="high"] path')).to.be.instanceOf(SVGPathElement);
      el.lang = 'en';
      await el.updateComplete;
      expect(texts(el, 'legend', '[data-band]')).to.deep.equal(['Base', 'Growth, steady', 'Core']);
    });

    it('says so in the legend for an invalid tier scheme, and draws no points', async () => {
      const county = generateCounty({ seed: 'points', grids: 20, retailers: 200 });
      const scheme = { id: 'bad', tiers: 5, bands: [{ id: 'a', from: 1, to: 9 }], targetBand: 'a' } as TierScheme;
      const el = await withPoints(county, scheme);
      expect(texts(el, 'legend', '[data-band]')).to.deep.equal(['分档方案无效，未画零售户']);
      const canvas = part(el, 'points') as HTMLCanvasElement;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      expect(pixels.some((value, index) => index % 4 === 3 && value > 0)).to.equal(false);
    });
  });
});
