// Storybook stories of <pk-export-menu>: the menu for a gauge, around a panel, for the board's table, open, and
// its two alerts (no such widget; a widget with nothing to export yet). The open and error stories press the
// button in their play function, as a user would.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '@plankit/elements/all';
import type { ExportMenuElement } from '@plankit/elements';
import { taxProfitMet } from '@plankit/sdk/fixtures';
import { sharedArgTypes } from './controls.js';
import { AS_OF, everyStatus, plan2020, storyClient } from './story-data.js';

interface MenuArgs {
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
  asOf: string;
}

/** The toolbar's scheme unless the story forces one. */
const schemeOf = (args: MenuArgs, globals: Record<string, unknown>): string =>
  args.colorScheme || String(globals['scheme'] ?? 'auto');

// Story layout only (the elements themselves never use style attributes: see docs/embedding.md on CSP).
const frame = (content: TemplateResult): TemplateResult => html`<div style="max-width: 20rem">${content}</div>`;

/** A menu for the gauge `#gauge` beside it. */
const forGauge = (args: MenuArgs, globals: Record<string, unknown>, target = 'gauge'): TemplateResult =>
  frame(
    html`<pk-export-menu
        for=${target}
        lang=${args.lang || nothing}
        color-scheme=${schemeOf(args, globals)}
      ></pk-export-menu>
      <pk-kpi-gauge
        id="gauge"
        .kpi=${taxProfitMet}
        as-of=${args.asOf}
        lang=${args.lang || nothing}
        color-scheme=${schemeOf(args, globals)}
      ></pk-kpi-gauge>`,
  );

/** Press the story's menu button, as a user would, and wait for what it shows. */
async function pressButton(canvasElement: HTMLElement): Promise<void> {
  await customElements.whenDefined('pk-export-menu');
  const menu = canvasElement.querySelector<ExportMenuElement>('pk-export-menu');
  await menu?.updateComplete;
  menu?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]')?.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await menu?.updateComplete;
}

const meta = {
  title: 'Elements/pk-export-menu',
  component: 'pk-export-menu',
  tags: ['autodocs'],
  args: { lang: '', colorScheme: '', asOf: AS_OF },
  argTypes: { ...sharedArgTypes },
  parameters: {
    docs: {
      description: {
        component:
          'An optional Export menu for a widget: `for="<id>"` (or the widget inside it) lists the formats its ' +
          '`export({ format })` writes, and choosing one downloads the file. `pk-export` (cancelable) carries it first.',
      },
    },
  },
  render: (args, { globals }) => forGauge(args, globals),
} satisfies Meta<MenuArgs>;

export default meta;
type Story = StoryObj<MenuArgs>;

/** Closed, beside a gauge (SVG and PNG). */
export const ForAGauge: Story = {};

/** Open on the gauge's formats. */
export const Open: Story = { play: ({ canvasElement }) => pressButton(canvasElement) };

/** Around a panel, whose menu puts the table (CSV) first. */
export const AroundAPanel: Story = {
  render: (args, { globals }) =>
    html`<pk-export-menu lang=${args.lang || nothing} color-scheme=${schemeOf(args, globals)}>
      <pk-kpi-panel
        .kpis=${everyStatus}
        as-of=${args.asOf}
        lang=${args.lang || nothing}
        color-scheme=${schemeOf(args, globals)}
      ></pk-kpi-panel>
    </pk-export-menu>`,
  play: ({ canvasElement }) => pressButton(canvasElement),
};

/** `for` names no element on the page: the alert says so and nothing opens. */
export const MissingWidget: Story = {
  render: (args, { globals }) => forGauge(args, globals, 'no-such-widget'),
  play: ({ canvasElement }) => pressButton(canvasElement),
};

/** A gauge still loading has nothing to export: choosing a format shows the failure alert. */
export const ExportFailed: Story = {
  render: (args, { globals }) =>
    frame(
      html`<pk-provider .client=${storyClient('hang')} plan=${plan2020.plan.id} color-scheme=${schemeOf(args, globals)}>
        <pk-export-menu for="loading-gauge" lang=${args.lang || nothing}></pk-export-menu>
        <pk-kpi-gauge id="loading-gauge" kpi="sales-volume" lang=${args.lang || nothing}></pk-kpi-gauge>
      </pk-provider>`,
    ),
  play: async ({ canvasElement }) => {
    await pressButton(canvasElement);
    const menu = canvasElement.querySelector<ExportMenuElement>('pk-export-menu');
    menu?.shadowRoot?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  },
};
