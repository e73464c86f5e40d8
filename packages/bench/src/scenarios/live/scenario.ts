// Scenarios: live update latency, from a write's HTTP response to the paint of the change in another client's page,
// with 1 and with 100 subscribers to the plan's change stream (issue 17).
import type { PageSample } from '../../lib/page-harness.js';
import { figureBudget, msSpread, outcomeOf, type Scenario, pagesBeside } from '../../lib/scenario.js';
import { formatMs } from '../../lib/text-table.js';
import { LIVE_KPI, startLiveSession } from './session.js';

const page = pagesBeside(import.meta.url);
const clockBound = (samples: readonly PageSample[]) =>
  Math.max(0, ...samples.map((sample) => sample.extra?.['clockBoundMs'] ?? 0));

export const liveScenarios: Scenario[] = [1, 100].map((subscribers): Scenario => ({
  id: `live-latency-${subscribers}`,
  title: `Live update: a write to its paint in another page, ${subscribers} subscriber${subscribers === 1 ? '' : 's'}`,
  method: `The reference server (in the bench process, a temporary SQLite file on /dev/shm) and a page with \`<pk-provider live>\` and a pk-kpi-gauge (${LIVE_KPI}), its API relayed through the page server; ${subscribers === 1 ? 'the page is the only subscriber' : `${subscribers - 1} plain SDK \`client.changes()\` consumers in the bench process keep streams open beside the page`}. Each run opens a fresh page, waits until its stream is connected, then an editor SDK client in the bench process records a new monthly figure; the time is from that PUT's HTTP response arriving to the first paint after the gauge's value changed (a MutationObserver, then requestAnimationFrame and a MessageChannel message), on the wall clock of both processes (the page bounds their disagreement by a round trip, shown as ± ms, and refuses more than 25 ms). The median and the worst (max) are the figures; the server, the writer and the other subscribers share one Node process with the runner.`,
  reference: 'pk',
  subject: 'pk',
  variants: [
    {
      id: 'pk',
      label: 'pk-provider live + pk-kpi-gauge',
      role: 'plankit',
      page: page('pk'),
      elements: ['pk-provider', 'pk-kpi-gauge'],
    },
  ],
  start: () => startLiveSession(subscribers - 1),
  extraColumns: [{ title: 'clocks agree ± ms', format: (samples) => formatMs(clockBound(samples)) }],
  budgets: (outcome) => [
    figureBudget(
      outcome,
      `a change shows in another page within a second, ${subscribers} subscriber${subscribers === 1 ? '' : 's'} (worst run)`,
      'pk',
      (variant) => msSpread(variant).max,
      (value) => value <= 1000,
      (value) => `${formatMs(value)} ms worst, ${formatMs(msSpread(outcomeOf(outcome, 'pk')).median)} ms median`,
    ),
  ],
}));
