// Storybook stories of <pk-grid-map>: the generated county (small and 5,000 grids), schematic tiles,
// each metric, a selected grid with its pipeline, retailer points, both locales and schemes, and the loading,
// empty and error states (standalone and through a provider over the generated county).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { GridCollection, GridItem, GridMetric, Retailer, TierScheme } from '@plankit/sdk';
import { generateCounty } from '@plankit/sdk/fixtures';
import '@plankit/elements/pk-grid-map';
import '@plankit/elements/pk-provider';
import { gridMetricArgType, sharedArgTypes } from './controls.js';
import { storyGridClient, type StoryFailure } from './story-data.js';

interface MapArgs {
  grids: GridCollection;
  items: GridItem[];
  retailers: Retailer[];
  tierScheme: TierScheme | undefined;
  metric: GridMetric;
  schematic: boolean;
  showRetailers: boolean;
  selected: string;
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
  asOf: string;
}

const small = generateCounty({ seed: 'stories', grids: 60, retailers: 3000 });
const large = generateCounty({ seed: 'stories-5000', grids: 5000, retailers: 0 });

const counties: Record<string, GridCollection> = {
  'county, 60 grids': small.grids,
  'county, 5,000 grids': large.grids,
};

const schemeOf = (args: MapArgs, globals: Record<string, unknown>): string =>
  args.colorScheme || String(globals['scheme'] ?? 'auto');

const meta = {
  title: 'Elements/pk-grid-map',
  component: 'pk-grid-map',
  tags: ['autodocs'],
  args: {
    grids: small.grids,
    items: small.items,
    retailers: small.retailers,
    tierScheme: undefined,
    metric: 'retailers',
    schematic: false,
    showRetailers: false,
    selected: '',
    lang: '',
    colorScheme: '',
    asOf: '2020-12-31',
  },
  argTypes: {
    grids: {
      control: 'select',
      options: Object.keys(counties),
      mapping: counties,
      description: 'The grids (standalone mode)',
    },
    metric: gridMetricArgType,
    schematic: { control: 'boolean' },
    showRetailers: { name: 'show-retailers', control: 'boolean' },
    selected: { control: 'text', description: 'Selected grid id (e.g. g-0001)' },
    items: { control: false },
    retailers: { control: false },
    tierScheme: { control: false },
    ...sharedArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Three-role grids on a fitted map or as tiles, coloured by a figure. Tab into the map, arrow keys move to the ' +
          'neighbouring grid, Enter selects, + and − zoom. Set `.grids` (standalone) or put it inside a `<pk-provider>`.',
      },
    },
  },
  render: (args, { globals }) =>
    html`<pk-grid-map
      .grids=${args.grids}
      .items=${args.items}
      .retailers=${args.retailers}
      .tierScheme=${args.tierScheme}
      metric=${args.metric}
      ?schematic=${args.schematic}
      ?show-retailers=${args.showRetailers}
      selected=${args.selected || nothing}
      as-of=${args.asOf}
      lang=${args.lang || nothing}
      color-scheme=${schemeOf(args, globals)}
    ></pk-grid-map>`,
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

export const SmallCounty: Story = {};
/** Tag `large`: the Storybook test runs axe on it in one combination only (see docs/contributing.md). */
export const FiveThousandGrids: Story = { tags: ['large'], args: { grids: large.grids, items: [] } };
export const Schematic: Story = { args: { schematic: true } };
export const OpenItems: Story = { args: { metric: 'openItems' } };
export const OverdueItems: Story = { args: { metric: 'overdueItems' } };
export const AverageResponseHours: Story = { args: { metric: 'avgResponseHours' } };
export const Inspections: Story = { args: { metric: 'inspections' } };
export const SelectedGrid: Story = { args: { selected: small.grids.features[0]?.id ?? '' } };
export const RetailerPoints: Story = { args: { showRetailers: true } };
/** A bureau's own four bands: the legend names them from the scheme, the two middle ones after one mark. */
export const RetailerPointsOwnBands: Story = {
  args: {
    showRetailers: true,
    tierScheme: {
      id: 'bureau',
      tiers: 30,
      bands: [
        { id: 'base', from: 1, to: 8, name: { zh: '基础户', en: 'Base' } },
        { id: 'growth', from: 9, to: 16, name: { zh: '成长户', en: 'Growth' } },
        { id: 'steady', from: 17, to: 24, name: { zh: '稳定户', en: 'Steady' } },
        { id: 'core', from: 25, to: 30, name: { zh: '核心户', en: 'Core' } },
      ],
      targetBand: 'growth',
    },
  },
};
export const Chinese: Story = { args: { lang: 'zh-CN' } };
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { colorScheme: 'light' } };
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const Empty: Story = { args: { grids: { type: 'FeatureCollection', features: [] } } };
/** A Point where a Polygon belongs: the error state names the path and the reason. */
export const InvalidGeoJson: Story = {
  args: {
    grids: {
      type: 'FeatureCollection',
      features: [{ ...small.grids.features[0], geometry: { type: 'Point', coordinates: [117, 31] } }],
    } as unknown as GridCollection,
  },
};

/** Through a provider whose client answers GET /grids and a grid's items from the generated county. */
const connected = (args: MapArgs, globals: Record<string, unknown>, ...failures: StoryFailure[]) =>
  html`<pk-provider
    .client=${storyGridClient(small, ...failures)}
    as-of=${args.asOf}
    color-scheme=${schemeOf(args, globals)}
  >
    <pk-grid-map metric=${args.metric} ?schematic=${args.schematic} lang=${args.lang || nothing}></pk-grid-map>
  </pk-provider>`;

export const Connected: Story = { render: (args, { globals }) => connected(args, globals) };
export const Loading: Story = { render: (args, { globals }) => connected(args, globals, 'hang') };
/** The first request fails (503); Retry loads the grids. */
export const ErrorAndRetry: Story = { render: (args, { globals }) => connected(args, globals, { status: 503 }) };
