// Storybook stories of <pk-kpi-panel>: the 2020 plan standalone and connected, each gauge variant,
// both locales and schemes, and the loading, empty and error states.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Kpi, PlankitClient } from '@plankit/sdk';
import '@plankit/elements/all';
import { componentDocs, samplesArgType, schemeOf, themed, sharedArgTypes, variantArgType } from './controls.js';
import { leafQuality } from '@plankit/sdk/fixtures';
import { AS_OF, everyStatus, plan2020, storyClient } from './story-data.js';

interface PanelArgs {
  kpis: Kpi[];
  variant: 'radial' | 'linear' | 'compact';
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
  asOf: string;
}

const samples: Record<string, Kpi[]> = {
  'plan2020 (the seed, as of 2020-09-30)': plan2020.kpis,
  'every status (as of 2020-06-30)': [...everyStatus],
  'with a category and unit of the plan’s own (as of 2020-06-30)': [...everyStatus, leafQuality],
};

const planId = plan2020.plan.id;

const meta = {
  title: 'Elements/pk-kpi-panel',
  component: 'pk-kpi-panel',
  tags: ['autodocs'],
  args: { kpis: plan2020.kpis, variant: 'radial', lang: '', colorScheme: '', asOf: plan2020.asOf },
  argTypes: {
    kpis: samplesArgType(samples, 'The KPIs (standalone mode)'),
    variant: variantArgType,
    ...sharedArgTypes,
  },
  parameters: componentDocs(
    'Every KPI of a plan, grouped by category, with a status summary. Arrow keys, Home and End move between the gauges. ' +
      'Set `.kpis` (standalone) or put it inside a `<pk-provider plan="…">`.',
  ),
  render: (args, { globals }) =>
    html`<pk-kpi-panel
      ${themed(args, globals)}
      .kpis=${args.kpis}
      variant=${args.variant}
      as-of=${args.asOf}
    ></pk-kpi-panel>`,
} satisfies Meta<PanelArgs>;

export default meta;
type Story = StoryObj<PanelArgs>;

export const Plan2020: Story = {};
export const EveryStatus: Story = { args: { kpis: [...everyStatus], asOf: AS_OF } };
export const Linear: Story = { args: { variant: 'linear' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const Chinese: Story = { args: { lang: 'zh-CN' } };
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { colorScheme: 'light' } };
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const Empty: Story = { args: { kpis: [] } };
/** A bureau's own category (质量管理 / Quality) after the known ones, its unit labelled 吨 / tonnes. */
export const OwnVocabulary: Story = { args: { kpis: [...everyStatus, leafQuality], asOf: AS_OF } };

/**
 * The panel loaded through a provider of plan2020 whose client is `client`: dated, with the story's variant, or
 * (`bare`) with neither, as a page that only names the plan would have it.
 */
const connected = (client: PlankitClient, args: PanelArgs, globals: Record<string, unknown>, bare = false) =>
  html`<pk-provider
    .client=${client}
    plan=${planId}
    as-of=${bare ? nothing : plan2020.asOf}
    color-scheme=${schemeOf(args, globals)}
  >
    <pk-kpi-panel variant=${bare ? nothing : args.variant} lang=${args.lang || nothing}></pk-kpi-panel>
  </pk-provider>`;

/** Loaded through a provider whose client answers from memory (plan2020), as a real backend would. */
export const Connected: Story = { render: (args, { globals }) => connected(storyClient(), args, globals) };

export const Loading: Story = { render: (args, { globals }) => connected(storyClient('hang'), args, globals, true) };

/** The first request fails (network down); Retry loads the plan. */
export const ErrorAndRetry: Story = { render: (args, { globals }) => connected(storyClient('network'), args, globals) };

/** A 401: the provider fires one `pk-auth-required` for the host page to sign in again. */
export const SignInExpired: Story = {
  render: (args, { globals }) => connected(storyClient({ status: 401 }, { status: 401 }), args, globals, true),
};

/** A list that does not fit the schema: the error names the index and path. */
export const InvalidData: Story = {
  args: { kpis: [everyStatus[0], { ...everyStatus[1], unit: 'bushels per acre' }] as unknown as Kpi[] },
};
