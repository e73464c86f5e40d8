// Controls every widget's stories share: the element's language, colour scheme and evaluation date.
import type { ArgTypes } from '@storybook/web-components-vite';

export const sharedArgTypes = {
  lang: {
    control: 'inline-radio',
    options: ['', 'zh-CN', 'en'],
    description: 'Empty: the toolbar locale (the document language)',
  },
  colorScheme: {
    name: 'color-scheme',
    control: 'inline-radio',
    options: ['', 'auto', 'light', 'dark'],
    description: 'Empty: the toolbar theme',
  },
  asOf: { name: 'as-of', control: 'text' },
} satisfies ArgTypes;

/** The gauge's layouts, also offered by the panel. */
export const variantArgType = {
  control: 'inline-radio',
  options: ['radial', 'linear', 'compact'],
} satisfies ArgTypes[string];

/** What the retailer-tier bars show. */
export const tierMetricArgType = {
  control: 'inline-radio',
  options: ['count', 'order-growth', 'gross-margin'],
} satisfies ArgTypes[string];

/** The retailer tiers' chart or table view. */
export const tierViewArgType = {
  control: 'inline-radio',
  options: ['chart', 'table'],
} satisfies ArgTypes[string];

/** The grid figures a map (and other grid widgets) can colour or filter by. */
export const gridMetricArgType = {
  control: 'select',
  options: ['retailers', 'openItems', 'overdueItems', 'avgResponseHours', 'inspections'],
} satisfies ArgTypes[string];

/** The task board's column grouping and swimlanes. */
export const boardArgTypes = {
  groupBy: { name: 'group-by', control: 'inline-radio', options: ['status', 'owner', 'pillar', 'due'] },
  swimlanes: { control: 'inline-radio', options: ['none', 'pillar', 'owner'] },
  readonly: { control: 'boolean' },
  wipStrict: { name: 'wip-strict', control: 'boolean' },
} satisfies ArgTypes;

/** The colour scheme a story gives its element: its own control, else the toolbar's theme. */
export const schemeOf = (args: { colorScheme?: string }, globals: Record<string, unknown>): string =>
  args.colorScheme || String(globals['scheme'] ?? 'auto');

/** A control that picks one of the named sample values (the element's data in standalone mode). */
export const samplesArgType = <T>(samples: Record<string, T>, description: string) => ({
  control: 'select' as const,
  options: Object.keys(samples),
  mapping: samples,
  description,
});

/** A component's description on its Docs page. */
export const componentDocs = (component: string) => ({ docs: { description: { component } } });
