// Controls every widget's stories share: the element's language, colour scheme and evaluation date.
import type { ArgTypes } from '@storybook/web-components-vite';
import { noChange, nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

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

/** The language and colour-scheme controls every widget's story has. */
export interface ThemeArgs {
  lang?: string;
  colorScheme?: string;
}

/** The colour scheme a story gives its element: its own control, else the toolbar's theme. */
export const schemeOf = (args: ThemeArgs, globals: Record<string, unknown>): string =>
  args.colorScheme || String(globals['scheme'] ?? 'auto');

/** Sets the story's `lang` (when it picks one) and `color-scheme` on the element it is written in. */
class ThemedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('themed() goes in an element’s tag: <pk-x ${themed(…)}>');
  }

  render(_args: ThemeArgs, _globals: Record<string, unknown>): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args, globals]: [ThemeArgs, Record<string, unknown>]): unknown {
    const el = part.element;
    if (args.lang) el.setAttribute('lang', args.lang);
    else el.removeAttribute('lang');
    el.setAttribute('color-scheme', schemeOf(args, globals));
    return noChange;
  }
}

/** A story's language and colour scheme on a standalone element: `<pk-x ${themed(args, globals)} …>`. */
export const themed = directive(ThemedDirective);

/** A control that picks one of the named sample values (the element's data in standalone mode). */
export const samplesArgType = <T>(samples: Record<string, T>, description: string) => ({
  control: 'select' as const,
  options: Object.keys(samples),
  mapping: samples,
  description,
});

/** A component's description on its Docs page. */
export const componentDocs = (component: string) => ({ docs: { description: { component } } });
