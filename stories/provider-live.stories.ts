// Storybook stories of <pk-provider live>: the change stream's states (connecting, connected, reconnecting,
// offline) as the status line shows them, over a gauge that keeps its data, and a "colleague" changing a KPI.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChangeStreamEvent, ChangeStreamOptions, PlankitClient } from '@plankit/sdk';
import '@plankit/elements/all';
import { schemeOf, sharedArgTypes } from './controls.js';
import { plan2020, storyClient } from './story-data.js';

type State = 'connecting' | 'connected' | 'reconnecting' | 'offline';

interface LiveArgs {
  state: State;
  lang: '' | 'zh-CN' | 'en';
  colorScheme: '' | 'auto' | 'light' | 'dark';
}

/** The 2020 plan's client, whose change stream stays in `state` (and, connected, reports a change every 4 s). */
function liveClient(state: State): PlankitClient {
  const base = storyClient();
  async function* changes(
    planId: string,
    options: ChangeStreamOptions = {},
  ): AsyncGenerator<ChangeStreamEvent, void, undefined> {
    const signal = options.signal;
    if (state === 'offline') throw Object.assign(new Error('the change stream was refused (403)'), { status: 403 });
    options.onStatus?.(state === 'connected' ? 'open' : state);
    const stopped = (): boolean => signal?.aborted === true;
    let seq = 0;
    while (!stopped()) {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      if (state !== 'connected' || stopped()) continue;
      seq += 1;
      yield {
        type: 'change',
        change: {
          seq,
          at: new Date().toISOString(),
          planId,
          entity: 'measurement',
          entityId: 'network-cases',
          period: '2020-09',
        },
      };
    }
  }
  return { ...base, changes };
}

const meta = {
  title: 'Elements/pk-provider (live)',
  component: 'pk-provider',
  tags: ['autodocs'],
  args: { state: 'connected', lang: '', colorScheme: '' },
  argTypes: {
    state: { control: 'inline-radio', options: ['connecting', 'connected', 'reconnecting', 'offline'] },
    lang: sharedArgTypes.lang,
    colorScheme: sharedArgTypes.colorScheme,
  },
  render: (args, { globals }) =>
    html`<pk-provider
      .client=${liveClient(args.state)}
      plan=${plan2020.plan.id}
      as-of=${plan2020.asOf}
      locale=${args.lang || nothing}
      color-scheme=${schemeOf(args, globals)}
      live
    >
      <pk-kpi-gauge kpi="network-cases"></pk-kpi-gauge>
    </pk-provider>`,
} satisfies Meta<LiveArgs>;

export default meta;
type Story = StoryObj<LiveArgs>;

/** Live updates on: the status line says so; a change reloads the gauge in place, announced politely. */
export const Connected: Story = {};
export const Connecting: Story = { args: { state: 'connecting' } };
/** The stream was lost: the gauge keeps its data while the provider reconnects. */
export const Reconnecting: Story = { args: { state: 'reconnecting' } };
/** Refused for good: offline, the gauge shows the last data loaded. */
export const Offline: Story = { args: { state: 'offline' } };
export const English: Story = { args: { lang: 'en', state: 'reconnecting' } };
