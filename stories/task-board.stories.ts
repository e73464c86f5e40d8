// Storybook stories of <pk-task-board>: the 2020 plan's tasks by status, owner, pillar and due month, with
// swimlanes, WIP limits, read-only, a large and a huge (virtualized) board, a viewer's token, connected moves
// (including a refused one), both locales and schemes, and the loading, empty and error states.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Task } from '@plankit/sdk';
import '@plankit/elements/all';
import { boardArgTypes, sharedArgTypes } from './controls.js';
import { plan2020, storyTaskClient } from './story-data.js';

interface BoardArgs {
  tasks: Task[];
  groupBy: 'status' | 'owner' | 'pillar' | 'due';
  swimlanes: 'none' | 'pillar' | 'owner';
  readonly: boolean;
  wipStrict: boolean;
  wipLimits: Record<string, number>;
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
  asOf: string;
}

const schemeOf = (args: BoardArgs, globals: Record<string, unknown>): string =>
  args.colorScheme || String(globals['scheme'] ?? 'auto');

/** `count` tasks made from the seed's, with unique ids (the benchmark's large boards look the same). */
function manyTasks(count: number): Task[] {
  const seed = plan2020.tasks;
  return Array.from({ length: count }, (_, index) => {
    const base = seed[index % seed.length] as Task;
    return { ...base, id: `t-${index}`, status: (['todo', 'doing', 'blocked', 'done'] as const)[index % 4] ?? 'todo' };
  });
}

const meta = {
  title: 'Elements/pk-task-board',
  component: 'pk-task-board',
  tags: ['autodocs'],
  args: {
    tasks: plan2020.tasks,
    groupBy: 'status',
    swimlanes: 'none',
    readonly: false,
    wipStrict: false,
    wipLimits: {},
    lang: '',
    colorScheme: '',
    asOf: plan2020.asOf,
  },
  argTypes: { ...boardArgTypes, ...sharedArgTypes },
  parameters: {
    docs: {
      description: {
        component:
          'A plan’s tasks as a board. Space picks a card up, arrows carry it, Space drops, Escape cancels; Ctrl+arrow moves at once; Enter opens. ' +
          'Set `.tasks` (standalone) or put it inside a `<pk-provider plan="…">` (moves are sent with If-Match and rolled back on failure).',
      },
    },
  },
  render: (args, { globals }) =>
    html`<pk-task-board
      .tasks=${args.tasks}
      .pillars=${plan2020.plan.pillars}
      .wipLimits=${args.wipLimits}
      group-by=${args.groupBy}
      swimlanes=${args.swimlanes}
      ?readonly=${args.readonly}
      ?wip-strict=${args.wipStrict}
      as-of=${args.asOf}
      lang=${args.lang || nothing}
      color-scheme=${schemeOf(args, globals)}
    ></pk-task-board>`,
} satisfies Meta<BoardArgs>;

export default meta;
type Story = StoryObj<BoardArgs>;

export const Default: Story = {};
export const ByOwner: Story = { args: { groupBy: 'owner' } };
export const ByPillar: Story = { args: { groupBy: 'pillar' } };
export const ByDueMonth: Story = { args: { groupBy: 'due' } };
export const Swimlanes: Story = { args: { swimlanes: 'pillar' } };
export const WipLimits: Story = { args: { wipLimits: { doing: 3, blocked: 1 }, wipStrict: true } };
export const ReadOnly: Story = { args: { readonly: true } };
/** 1,000 cards (tag `large`: the Storybook test runs axe on it in one combination only, see docs/contributing.md). */
export const LargeBoard: Story = { tags: ['large'], args: { tasks: manyTasks(1000) } };
/** 10,000 cards (2,500 a column), still usable: the virtualized columns draw a few dozen cards each. */
export const HugeBoard: Story = { tags: ['large'], args: { tasks: manyTasks(10_000) } };
export const Chinese: Story = { args: { lang: 'zh-CN' } };
export const English: Story = { args: { lang: 'en' } };
export const Light: Story = { args: { colorScheme: 'light' } };
export const Dark: Story = { args: { colorScheme: 'dark' } };
export const Empty: Story = { args: { tasks: [] } };

/** A list that does not fit the schema: the error names the path. */
export const InvalidData: Story = {
  args: { tasks: [plan2020.tasks[0], { ...plan2020.tasks[1], status: 'later' }] as unknown as Task[] },
};

/** Loaded through a provider whose client answers from memory; moves are PATCHed with If-Match. */
export const Connected: Story = {
  render: (args, { globals }) => {
    const client = storyTaskClient();
    return html`<pk-provider
      .client=${client}
      plan=${plan2020.plan.id}
      as-of=${plan2020.asOf}
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-task-board group-by=${args.groupBy} swimlanes=${args.swimlanes} lang=${args.lang || nothing}></pk-task-board>
    </pk-provider>`;
  },
};

export const Loading: Story = {
  render: (args, { globals }) =>
    html`<pk-provider
      .client=${storyTaskClient([], ['hang'])}
      plan=${plan2020.plan.id}
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-task-board lang=${args.lang || nothing}></pk-task-board>
    </pk-provider>`,
};

/** The first load fails (network down); Retry loads the board. */
export const ErrorAndRetry: Story = {
  render: (args, { globals }) =>
    html`<pk-provider
      .client=${storyTaskClient([], ['network'])}
      plan=${plan2020.plan.id}
      as-of=${plan2020.asOf}
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-task-board lang=${args.lang || nothing}></pk-task-board>
    </pk-provider>`,
};

/** Connected with a viewer's token: the provider learns the role (GET /session) and the board is read-only. */
export const ViewerToken: Story = {
  render: (args, { globals }) => {
    const client = storyTaskClient([], [], 'viewer');
    return html`<pk-provider
      .client=${client}
      plan=${plan2020.plan.id}
      as-of=${plan2020.asOf}
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-task-board group-by=${args.groupBy} lang=${args.lang || nothing}></pk-task-board>
    </pk-provider>`;
  },
};

/** The server refuses the first move (500): the card goes back and the board says why. */
export const RefusedMove: Story = {
  render: (args, { globals }) => {
    const client = storyTaskClient([500]);
    return html`<pk-provider
      .client=${client}
      plan=${plan2020.plan.id}
      as-of=${plan2020.asOf}
      color-scheme=${schemeOf(args, globals)}
    >
      <pk-task-board lang=${args.lang || nothing}></pk-task-board>
    </pk-provider>`;
  },
};
