// Storybook stories of <pk-kpi-gauge>: every status and rule kind, each variant, both locales and
// schemes, and the loading, error and connected states (a provider over an in-memory plan2020 API).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import type { Kpi, PlankitClient } from '@plankit/sdk';
import '@plankit/elements/all';
import { componentDocs, samplesArgType, schemeOf, themed, sharedArgTypes, variantArgType } from './controls.js';
import {
  leafQuality,
  majorCasesNoData,
  majorCasesSamePeriod,
  marginAtRisk,
  networkCasesOffTrack,
  outflowRankMet,
  outflowRankOffTrack,
  purificationEveryMonthOffTrack,
  purificationOnTrack,
  safetyOffTrack,
  safetyOnTrack,
  salesBand,
  taxProfitMet,
} from '@plankit/sdk/fixtures';
import { AS_OF, buildKpi, plan2020, storyClient } from './story-data.js';

interface GaugeArgs {
  kpi: Kpi;
  variant: 'radial' | 'linear' | 'compact';
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
  asOf: string;
}

const samples: Record<string, Kpi> = {
  'tax-profit-growth (met)': taxProfitMet,
  'market-purification-rate (on track)': purificationOnTrack,
  'retailer-gross-margin (at risk)': marginAtRisk,
  'network-cases (off track)': networkCasesOffTrack,
  'major-cases (no data)': majorCasesNoData,
  'safety-major-accidents, none': safetyOnTrack,
  'safety-major-accidents, one': safetyOffTrack,
  'sales-volume (band)': salesBand,
  'genuine-outflow-rank, 9th': outflowRankMet,
  'genuine-outflow-rank, 3rd': outflowRankOffTrack,
};

const gauge = (args: GaugeArgs, globals: Record<string, unknown>): TemplateResult =>
  html`<pk-kpi-gauge
    ${themed(args, globals)}
    .kpi=${args.kpi}
    variant=${args.variant}
    as-of=${args.asOf}
  ></pk-kpi-gauge>`;

// Story layout only (the elements themselves never use style attributes: see docs/embedding.md on CSP).
const frame = (content: TemplateResult): TemplateResult => html`<div style="max-width: 16rem">${content}</div>`;
const galleryStyle = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem';

const meta = {
  title: 'Elements/pk-kpi-gauge',
  component: 'pk-kpi-gauge',
  tags: ['autodocs'],
  args: { kpi: taxProfitMet, variant: 'radial', lang: '', colorScheme: '', asOf: AS_OF },
  argTypes: {
    kpi: samplesArgType(samples, 'The KPI (a `Kpi` object: standalone mode)'),
    variant: variantArgType,
    ...sharedArgTypes,
  },
  parameters: componentDocs(
    'One KPI as a gauge. Set `.kpi` to a `Kpi` object (standalone), or `kpi="<id>"` inside a `<pk-provider>` to load it. ' +
      'Click, Enter or Space fires `pk-kpi-select`.',
  ),
  render: (args, { globals }) => frame(gauge(args, globals)),
} satisfies Meta<GaugeArgs>;

export default meta;
type Story = StoryObj<GaugeArgs>;

// Statuses: each with its own icon shape, words and colour.
export const Met: Story = { args: { kpi: taxProfitMet } };
export const OnTrack: Story = { args: { kpi: purificationOnTrack } };
export const AtRisk: Story = { args: { kpi: marginAtRisk } };
export const OffTrack: Story = { args: { kpi: networkCasesOffTrack } };
export const NoData: Story = { args: { kpi: majorCasesNoData } };

// Rule kinds.
export const AtLeast: Story = { args: { kpi: taxProfitMet } };
export const AtMostZero: Story = { name: 'atMost(0): no accident', args: { kpi: safetyOnTrack } };
export const AtMostZeroBroken: Story = {
  name: 'atMost(0): one accident, off track for good',
  args: { kpi: safetyOffTrack },
};
export const Band: Story = { name: 'band: flat vs last year ±1%', args: { kpi: salesBand } };
export const RankOutsideTop: Story = { name: 'rankOutsideTop: outside the top 5', args: { kpi: outflowRankMet } };
export const RankInsideTop: Story = { name: 'rankOutsideTop: inside the top 5', args: { kpi: outflowRankOffTrack } };
export const EveryMonth: Story = {
  name: 'judged on every month: one missed month is off track',
  args: { kpi: purificationEveryMonthOffTrack, variant: 'linear' },
};
export const SamePeriod: Story = {
  name: 'change on the same months of last year, case-value threshold in the rule',
  args: { kpi: majorCasesSamePeriod },
};
export const OwnUnit: Story = { name: 'a unit of the plan’s own (吨 / tonnes)', args: { kpi: leafQuality } };

// Variants.
export const Radial: Story = { args: { variant: 'radial', kpi: networkCasesOffTrack } };
export const Linear: Story = { args: { variant: 'linear', kpi: networkCasesOffTrack } };
export const Compact: Story = { args: { variant: 'compact', kpi: networkCasesOffTrack } };

/** Every sample in every variant: a quick visual check of a change. */
export const Gallery: Story = {
  render: (args, { globals }) =>
    html`<div style=${galleryStyle}>
      ${(['radial', 'linear', 'compact'] as const).map((variant) =>
        Object.values(samples).map((kpi) => gauge({ ...args, kpi, variant }, globals)),
      )}
    </div>`,
};

/** Values longer than the fixtures': each is drawn smaller to stay inside the arc (never over it). */
const longValues: Kpi[] = [
  plan2020.kpis.find((kpi) => kpi.id === 'sales-volume') ?? salesBand,
  buildKpi({ ...salesBand, id: 'long-cases', monthly: [123456.7] }),
  buildKpi({ ...taxProfitMet, id: 'long-percent', monthly: [-1234.56] }),
  buildKpi({ ...networkCasesOffTrack, id: 'long-count', monthly: [12345] }),
  buildKpi({ ...outflowRankMet, id: 'long-rank', monthly: [123] }),
];

/** Long values and the long band rule, in every variant: the layout check of the value fit. */
export const LongValues: Story = {
  args: { lang: 'en' },
  render: (args, { globals }) =>
    html`<div style=${galleryStyle}>
      ${(['radial', 'linear', 'compact'] as const).map((variant) =>
        longValues.map((kpi) => gauge({ ...args, kpi, variant, asOf: plan2020.asOf }, globals)),
      )}
    </div>`,
};

/** A 10rem card: the value wraps at its space, the rule ends in an ellipsis (its title holds it whole). */
export const Narrow: Story = {
  args: { lang: 'en', kpi: salesBand },
  render: (args, { globals }) =>
    html`<div style="display: flex; gap: 0.75rem; align-items: start">
      ${(['radial', 'linear', 'compact'] as const).map(
        (variant) => html`<div style="width: 10rem">${gauge({ ...args, variant }, globals)}</div>`,
      )}
    </div>`,
};

// Locales and schemes.
export const Chinese: Story = { args: { lang: 'zh-CN', kpi: salesBand } };
export const English: Story = { args: { lang: 'en', kpi: salesBand } };
export const Light: Story = { args: { colorScheme: 'light', kpi: marginAtRisk } };
export const Dark: Story = { args: { colorScheme: 'dark', kpi: marginAtRisk } };

/** The 2020 plan's own KPI, as of the fixture's date. */
export const Plan2020: Story = {
  args: {
    kpi: plan2020.kpis.find((kpi) => kpi.id === 'tax-profit-growth') ?? taxProfitMet,
    asOf: plan2020.asOf,
  },
};

// Connected mode: a provider whose client answers from memory (plan2020), as a real backend would.
const planId = plan2020.plan.id;

/** The sales-volume gauge loaded through a provider of plan2020 whose client is `client`, dated unless `undated`. */
const connected = (client: PlankitClient, args: GaugeArgs, globals: Record<string, unknown>, undated = false) =>
  frame(
    html`<pk-provider
      .client=${client}
      plan=${planId}
      as-of=${undated ? nothing : plan2020.asOf}
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-kpi-gauge kpi="sales-volume" variant=${args.variant} lang=${args.lang || nothing}></pk-kpi-gauge>
    </pk-provider>`,
  );

export const Connected: Story = { render: (args, { globals }) => connected(storyClient(), args, globals) };

export const Loading: Story = { render: (args, { globals }) => connected(storyClient('hang'), args, globals, true) };

/** The first request fails with 503; Retry loads the KPI. */
export const ErrorAndRetry: Story = {
  render: (args, { globals }) => connected(storyClient({ status: 503 }), args, globals),
};

export const NotFound: Story = {
  render: (args, { globals }) => {
    const client = storyClient();
    return frame(
      html`<pk-provider .client=${client} plan=${planId} color-scheme=${schemeOf(args, globals)}>
        <pk-kpi-gauge kpi="no-such-kpi" lang=${args.lang || nothing}></pk-kpi-gauge>
      </pk-provider>`,
    );
  },
};

/** A `kpi` id and a plan, but no provider to load them through: a notice says what to add. */
export const NoDataSource: Story = {
  name: 'No data source (no provider)',
  render: (args, { globals }) =>
    frame(
      html`<pk-kpi-gauge
        kpi="sales-volume"
        plan=${planId}
        color-scheme=${schemeOf(args, globals)}
        lang=${args.lang || nothing}
      ></pk-kpi-gauge>`,
    ),
};

/** A provider without a plan: the notice asks for one. */
export const NoPlan: Story = {
  name: 'No plan on the provider',
  render: (args, { globals }) => {
    const client = storyClient();
    return frame(
      html`<pk-provider .client=${client} color-scheme=${schemeOf(args, globals)}>
        <pk-kpi-gauge kpi="sales-volume" lang=${args.lang || nothing}></pk-kpi-gauge>
      </pk-provider>`,
    );
  },
};

/** Neither a `kpi` id nor a `.kpi` object: the notice asks for one. */
export const NoKpi: Story = {
  name: 'No KPI named',
  render: (args, { globals }) =>
    frame(html`<pk-kpi-gauge color-scheme=${schemeOf(args, globals)} lang=${args.lang || nothing}></pk-kpi-gauge>`),
};

/** A `.kpi` that does not fit the schema: the error names the path, nothing is thrown. */
export const InvalidData: Story = {
  args: { kpi: { ...taxProfitMet, rule: { kind: 'atLeast', target: 'five' } } as unknown as Kpi },
};

/** Two gauges under one provider: picking one marks it and unmarks the other. */
export const Selection: Story = {
  render: (args, { globals }) =>
    html`<pk-provider as-of=${AS_OF} color-scheme=${schemeOf(args, globals)}>
      <div style=${galleryStyle}>
        <pk-kpi-gauge .kpi=${taxProfitMet} variant=${args.variant} lang=${args.lang || nothing}></pk-kpi-gauge>
        <pk-kpi-gauge .kpi=${salesBand} variant=${args.variant} lang=${args.lang || nothing}></pk-kpi-gauge>
      </div>
    </pk-provider>`,
};
