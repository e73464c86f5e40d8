// What pk-grid-map draws around its map, built by hand as plain DOM (no framework) with the texts the element shows
// in zh-CN: the toolbar (metric picker, zoom buttons, reset), the legend of the colour scale with its value ranges
// (Intl.NumberFormat('zh-CN'), the "no data" entry when a grid has none) and the selected grid's panel (name, code
// and area, the three roles with their names, the self-help group, the five figures, the item pipeline with counts
// and overdue per stage, the clear button). The numbers come from the SDK's domain functions the element uses
// (gridColorScale, gridMetricValue, gridAsOfInstant, gridPipeline), so both show the same.
import {
  DEFAULT_STAGE_LIMITS,
  GridItemStage,
  GridMetric,
  gridAsOfInstant,
  gridColorScale,
  gridMetricValue,
  gridPipeline,
  gridPointBands,
  bandLabel,
  type GridCollection,
  type GridItem,
  type GridPointMark,
  type TierScheme,
} from '@plankit/sdk';
import { adoptStyles, check } from '../../lib/page-harness.js';

/** The element's zh-CN names of its metrics and stages (packages/elements/src/shared/i18n/map.zh-CN.ts). */
const metricNames = zip(GridMetric.options, ['零售户数', '未办结事项', '超时事项', '平均响应时长（小时）', '检查次数']);
const stageNames = zip(GridItemStage.options, ['采集', '分办', '响应', '处置', '反馈']);

function zip<K extends string>(keys: readonly K[], names: readonly string[]): Readonly<Record<K, string>> {
  check(keys.length === names.length, `a name for each of ${keys.join(', ')}`);
  return Object.fromEntries(keys.map((key, index) => [key, names[index]])) as Record<K, string>;
}

/** What the parts show: the county's grids and items, the selected grid and the as-of of the overdue counts. */
export interface WidgetPartsData {
  grids: GridCollection;
  items: readonly GridItem[];
  selectedId: string | null;
  asOf: string;
  /** With retailer points shown: the tier scheme whose bands' marks the legend lists (as the element's does). */
  scheme?: TierScheme;
}

/** The parts compared between the element and the hand-written page, by their `part` name (as the element's). */
export const shownParts = ['toolbar', 'legend', 'panel'] as const;

/** The text each part shows, white space left out (Lit's templates add some, the hand-written DOM none). */
export function partTexts(root: ParentNode): Record<(typeof shownParts)[number], string | null> {
  const text = (part: string) => root.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, '') ?? null;
  return { toolbar: text('toolbar'), legend: text('legend'), panel: text('panel') };
}

type Child = Node | string;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>>,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A `<dl>` of term and value pairs. */
function terms(pairs: ReadonlyArray<readonly [string, string]>): HTMLDListElement {
  return element('dl', {}, ...pairs.flatMap(([term, value]) => [element('dt', {}, term), element('dd', {}, value)]));
}

const svgNs = 'http://www.w3.org/2000/svg';

function svgElement(tag: string, attributes: Readonly<Record<string, string>>, ...children: Node[]): SVGElement {
  const node = document.createElementNS(svgNs, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A legend entry's square in the class's colour. */
function swatch(className: string): SVGElement {
  const rect = svgElement('rect', { class: className, x: '0.5', y: '0.5', width: '13', height: '13' });
  return svgElement('svg', { class: 'w-swatch', width: '14', height: '14', 'aria-hidden': 'true' }, rect);
}

/** A point mark's legend swatch, the shape the element draws on its canvas (low circle, mid square, high triangle). */
function markSwatch(mark: GridPointMark): SVGElement {
  const shape =
    mark === 'low'
      ? svgElement('circle', { cx: '7', cy: '7', r: '4' })
      : mark === 'mid'
        ? svgElement('rect', { x: '3', y: '3', width: '8', height: '8' })
        : svgElement('polygon', { points: '7,2 12,11 2,11' });
  shape.setAttribute('class', `w-mark-${mark}`);
  return svgElement('svg', { class: 'w-swatch', width: '14', height: '14', 'aria-hidden': 'true' }, shape);
}

/** The element's stylesheet for these parts, as page rules (the element's tokens at their defaults). */
function partStyles(): void {
  adoptStyles(`
    .w-base { position: relative; font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', 'PingFang SC',
      'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; color: #1f2328; }
    .w-base > svg { position: absolute; inset: 0; width: 100%; height: 100%; }
    .w-toolbar { position: absolute; top: 8px; right: 8px; display: flex; flex-wrap: wrap; gap: 4px;
      align-items: center; justify-content: flex-end; }
    .w-toolbar label { display: flex; gap: 4px; align-items: center; font-size: 12px; word-break: keep-all; }
    .w-base select, .w-base button { font: inherit; font-size: 12px; padding: 4px 8px; border: 1px solid #d1d9e0;
      border-radius: 8px; background: #ffffff; color: #1f2328; }
    .w-base button { min-width: 2rem; cursor: pointer; }
    .w-legend, .w-panel { position: absolute; border: 1px solid #d1d9e0; border-radius: 8px; background: #ffffff;
      font-size: 12px; }
    .w-legend { left: 8px; bottom: 8px; margin: 0; padding: 4px 8px; }
    .w-title { margin: 0; font-weight: 600; word-break: keep-all; }
    .w-legend ul, .w-pipeline { margin: 0; padding: 0; list-style: none; }
    .w-legend li { display: flex; gap: 4px; align-items: center; }
    .w-swatch rect { stroke: #59636e; stroke-width: 0.5; }
    .w-c0 { fill: #eff6ff; } .w-c1 { fill: #bfdbfe; } .w-c2 { fill: #60a5fa; } .w-c3 { fill: #2563eb; }
    .w-c4 { fill: #1e3a8a; } .w-nd { fill: #d8dee4; }
    .w-mark-low { fill: #9ca3af; } .w-mark-mid { fill: #2563eb; } .w-mark-high { fill: #b91c1c; }
    .w-base > canvas { position: absolute; inset: 0; width: 100%; height: 100%; }
    .w-panel { top: 3rem; right: 8px; width: min(16rem, 45%); box-sizing: border-box; max-height: calc(100% - 3.5rem);
      overflow: auto; padding: 8px 12px; }
    .w-panel h3 { margin: 0; font-size: 14px; font-weight: 600; word-break: keep-all; }
    .w-panel dl { margin: 4px 0; display: grid; grid-template-columns: auto 1fr; column-gap: 8px; }
    .w-panel dt { color: #59636e; word-break: keep-all; }
    .w-panel dd { margin: 0; overflow-wrap: anywhere; }
    .w-pipeline { margin-top: 4px; }
    .w-pipeline li { display: flex; justify-content: space-between; gap: 8px; word-break: keep-all; }
    .w-overdue { color: #cf222e; font-weight: 600; }
    .w-overdue::before { content: '⚠ '; }
    .w-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  `);
}

/**
 * The toolbar, legend and selected grid's panel of pk-grid-map coloured by retailer count, and its visually hidden
 * keyboard help, over `map` in a new box: built as the element builds them when it first draws (its number formats
 * created then too).
 */
export function drawWidgetParts(
  map: SVGSVGElement,
  { grids, items, selectedId, asOf, scheme }: WidgetPartsData,
): HTMLElement {
  partStyles();
  const scale = gridColorScale(grids, 'retailers');
  const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat('zh-CN');
  const toolbar = element(
    'div',
    { part: 'toolbar', class: 'w-toolbar' },
    element(
      'label',
      {},
      '着色指标',
      element(
        'select',
        {},
        ...GridMetric.options.map((metric) =>
          element(
            'option',
            metric === scale.metric ? { value: metric, selected: '' } : { value: metric },
            metricNames[metric],
          ),
        ),
      ),
    ),
    element('button', { type: 'button', 'aria-label': '放大' }, '+'),
    element('button', { type: 'button', 'aria-label': '缩小' }, '−'),
    element('button', { type: 'button' }, '复位'),
  );

  const integer = scale.metric !== 'avgResponseHours';
  const range = (from: number, to: number | null): string => {
    if (to === null) return `≥ ${decimal.format(from)}`;
    const upper = integer ? to - 1 : to;
    return upper === from ? decimal.format(from) : `${decimal.format(from)}–${decimal.format(upper)}`;
  };
  const entries = scale.classes.map((entry) =>
    element('li', {}, swatch(`w-c${entry.index}`), element('span', {}, range(entry.from, entry.to))),
  );
  if (scale.hasNoData) entries.push(element('li', {}, swatch('w-nd'), element('span', {}, '无数据')));
  if (scheme !== undefined)
    for (const entry of gridPointBands(scheme).legend)
      entries.push(
        element(
          'li',
          {},
          markSwatch(entry.mark),
          element('span', {}, entry.bands.map((band) => bandLabel(band, 'zh-CN')).join('、')),
        ),
      );
  const legend = element(
    'div',
    { part: 'legend', class: 'w-legend' },
    element('p', { class: 'w-title' }, metricNames[scale.metric]),
    element('ul', { 'aria-label': '图例' }, ...entries),
  );

  const box = element('div', { class: 'w-base' }, map, toolbar, legend);
  const grid = selectedId === null ? undefined : grids.features.find((feature) => feature.id === selectedId);
  if (grid !== undefined) {
    const { properties } = grid;
    const { roles, group } = properties;
    const pipeline = gridPipeline(
      items.filter((item) => item.gridId === grid.id),
      DEFAULT_STAGE_LIMITS,
      gridAsOfInstant(asOf),
    );
    const figure = (metric: GridMetric): string => {
      const value = gridMetricValue(grid, metric);
      return value === null ? '无数据' : decimal.format(value);
    };
    const stages = pipeline.stages.map((stage) => {
      const counted = element('span', {}, `${count.format(stage.count)} 件`);
      if (stage.overdue > 0)
        counted.append(' ', element('span', { class: 'w-overdue' }, `超时 ${count.format(stage.overdue)} 件`));
      return element('li', {}, element('span', {}, stageNames[stage.stage]), counted);
    });
    box.append(
      element(
        'section',
        { part: 'panel', class: 'w-panel', 'aria-label': properties.name.zh },
        element('h3', {}, properties.name.zh),
        element('p', {}, `${properties.code} · ${properties.area === 'urban' ? '城区' : '农村'}`),
        terms([
          ['专卖管理员', roles.inspector.name],
          ['客户经理', roles.customerManager.name],
          ['送货员', roles.delivery.name],
        ]),
        ...(group === null ? [] : [terms([['自律互助小组', group.zh]])]),
        terms(GridMetric.options.map((metric) => [metricNames[metric], figure(metric)] as const)),
        element(
          'div',
          {},
          element('h4', { class: 'w-title' }, '事项流程'),
          element('p', {}, `共 ${count.format(pipeline.total)} 件，超时 ${count.format(pipeline.overdue)} 件`),
          element('ol', { class: 'w-pipeline' }, ...stages),
        ),
        element('button', { type: 'button' }, '取消选择'),
      ),
    );
  }
  box.append(
    element('p', { class: 'w-hidden' }, '方向键移到相邻网格，回车选择，+/− 缩放，Esc 取消选择。'),
    element('div', { class: 'w-hidden', role: 'status', 'aria-live': 'polite' }),
  );
  return box;
}
