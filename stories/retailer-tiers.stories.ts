// Storybook stories of <pk-retailer-tiers>: each metric, the common and a bureau's own tier scheme, the table
// view, a view filtered by the grid selected on the page, both locales and schemes, loading and errors.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createClient, type TierSummary } from '@plankit/sdk';
import { summarizeTiers } from '@plankit/sdk/domain';
import { TIER_SCHEME_DESCENDING_12, generateCounty } from '@plankit/sdk/fixtures';
import '@plankit/elements/pk-provider';
import '@plankit/elements/pk-retailer-tiers';
import {
  componentDocs,
  samplesArgType,
  schemeOf,
  sharedArgTypes,
  tierMetricArgType,
  themed,
  tierViewArgType,
} from './controls.js';

interface TiersArgs {
  summary: TierSummary;
  metric: 'count' | 'order-growth' | 'gross-margin';
  view: 'chart' | 'table';
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
}

const county = generateCounty({ seed: 'plankit-stories', grids: 40, retailers: 5000, months: 9 });
const common = summarizeTiers(county.retailers, county.scheme, county.year, { months: county.months });
// The same retailers under a bureau's own scheme: 12 tiers numbered from the top, four bands.
const own = summarizeTiers(
  county.retailers.map((retailer) => ({ ...retailer, tier: 13 - Math.ceil(retailer.tier / 2.5) })),
  TIER_SCHEME_DESCENDING_12,
  county.year,
  { months: county.months },
);

const samples: Record<string, TierSummary> = {
  '30 tiers: low / mid / high (targets mid)': common,
  '12 tiers numbered from the top, own bands': own,
};

/** A client answering GET /retailers/tier-summary from the generated county (per grid); `fail` first. */
function tiersClient(fail?: 'network' | 'hang') {
  let pending = fail;
  return createClient({
    baseUrl: 'https://plankit.test/api/v1',
    retry: 0,
    fetch: (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const failure = pending;
      pending = undefined;
      if (failure === 'network') return Promise.reject(new TypeError('Failed to fetch'));
      if (failure === 'hang') return new Promise<Response>(() => undefined);
      const grid = url.searchParams.get('grid');
      const retailers = grid === null ? county.retailers : county.retailers.filter((r) => r.gridId === grid);
      const body = summarizeTiers(retailers, county.scheme, county.year, { months: county.months });
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
    },
  });
}

const meta = {
  title: 'Elements/pk-retailer-tiers',
  component: 'pk-retailer-tiers',
  tags: ['autodocs'],
  args: { summary: common, metric: 'count', view: 'chart', lang: '', colorScheme: '' },
  argTypes: {
    summary: samplesArgType(samples, 'The tier summary (standalone mode)'),
    metric: tierMetricArgType,
    view: tierViewArgType,
    lang: sharedArgTypes.lang,
    colorScheme: sharedArgTypes.colorScheme,
  },
  parameters: componentDocs(
    'Retailers per tier and band: count, order growth or gross margin, the target band emphasised and the ' +
      'band targets drawn as reference lines, with a band summary and a table view. Arrow keys move between ' +
      'the tiers, Enter or Space picks one. Set `.summary` or `.retailers`, or put it inside a `<pk-provider>`.',
  ),
  render: (args, { globals }) =>
    html`<pk-retailer-tiers
      ${themed(args, globals)}
      .summary=${args.summary}
      metric=${args.metric}
      view=${args.view}
    ></pk-retailer-tiers>`,
} satisfies Meta<TiersArgs>;

export default meta;
type Story = StoryObj<TiersArgs>;

export const Count: Story = {};
export const OrderGrowth: Story = { args: { metric: 'order-growth' } };
export const GrossMargin: Story = { args: { metric: 'gross-margin' } };
/** A bureau's own scheme: 12 tiers numbered from the top (tier 1 is the highest), four named bands. */
export const OwnScheme: Story = { args: { summary: own, metric: 'order-growth' } };
export const Table: Story = { args: { view: 'table' } };
export const English: Story = { args: { lang: 'en', metric: 'order-growth' } };
export const Dark: Story = { args: { colorScheme: 'dark', metric: 'gross-margin' } };

/** The tiers summarised in the element from the county's retailers (`.retailers`), of one grid when given. */
const fromRetailers = (args: TiersArgs, globals: Record<string, unknown>, grid?: string) =>
  html`<pk-retailer-tiers
    ${themed(args, globals)}
    .retailers=${county.retailers}
    year=${county.year}
    grid=${grid ?? nothing}
    metric=${args.metric}
  ></pk-retailer-tiers>`;

/** Summarised in the element from 5,000 retailers (`.retailers`), with the default 30-tier scheme. */
export const FromRetailers: Story = { render: (args, { globals }) => fromRetailers(args, globals) };

/** `.retailers` of one grid (the `grid` attribute): summarised in the same pass, without a filtered copy. */
export const FromRetailersOfOneGrid: Story = {
  args: { metric: 'order-growth' },
  render: (args, { globals }) => fromRetailers(args, globals, county.retailers[0]?.gridId),
};

/** Connected, with a grid selected on the page (as the map does): only that grid's retailers. */
export const GridFiltered: Story = {
  args: { metric: 'order-growth' },
  render: (args, { globals }) =>
    html`<pk-provider
      .client=${tiersClient()}
      .selection=${{ gridId: county.retailers[0]?.gridId ?? null, tierBand: null, kpiId: null }}
      as-of="2020-09-30"
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-retailer-tiers metric=${args.metric} lang=${args.lang || nothing}></pk-retailer-tiers>
    </pk-provider>`,
};

export const Loading: Story = {
  render: (args, { globals }) =>
    html`<pk-provider .client=${tiersClient('hang')} color-scheme=${schemeOf(args, globals)}>
      <pk-retailer-tiers lang=${args.lang || nothing}></pk-retailer-tiers>
    </pk-provider>`,
};

/** The first request fails (network down); Retry loads the summary. */
export const ErrorAndRetry: Story = {
  render: (args, { globals }) =>
    html`<pk-provider .client=${tiersClient('network')} as-of="2020-09-30" color-scheme=${schemeOf(args, globals)}>
      <pk-retailer-tiers lang=${args.lang || nothing}></pk-retailer-tiers>
    </pk-provider>`,
};

/** No retailer in the county: the empty state, not an empty chart. */
export const Empty: Story = {
  args: { summary: summarizeTiers([], county.scheme, county.year, { months: county.months }) },
};

/** A summary whose rows do not fit its scheme: the error names the row, no bar is drawn. */
export const InvalidData: Story = {
  args: {
    summary: { ...common, tiers: common.tiers.map((row) => (row.tier === 3 ? { ...row, tier: 31 } : row)) },
  },
};
