// Browser tests of <pk-provider live>: one change stream per provider, routed to the widgets it concerns, which
// update in place without losing focus; its connection state as an event and a part; reload() on every widget.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ChangeStreamEvent, ChangeStreamOptions, Kpi, PlankitClient } from '@plankit/sdk';
import './pk-provider.js';
import '../kpi-gauge/pk-kpi-gauge.js';
import '../kpi-panel/pk-kpi-panel.js';
import type { ProviderElement } from './provider.js';
import type { KpiGaugeElement } from '../kpi-gauge/kpi-gauge.js';
import type { KpiPanelElement } from '../kpi-panel/kpi-panel.js';
import type { ConnectionChangeEvent } from '../shared/events/connection-change.js';
import { fakeApi } from '../test/fake-api.js';
import { part, partText, untilPart } from '../test/helpers.js';
import { AS_OF, PLAN_ID, networkCasesOffTrack, taxProfitMet } from '../test/kpis.js';

/** A client whose change stream the test drives: push events, or an error that ends it for good. */
interface LiveDouble {
  client: PlankitClient;
  kpis: Kpi[];
  /** How many requests the KPI routes received. */
  requests(): number;
  /** Plans a change stream was opened for. */
  streams: string[];
  push(event: ChangeStreamEvent | Error): void;
  status(status: Parameters<NonNullable<ChangeStreamOptions['onStatus']>>[0]): void;
}

function liveDouble(initial: readonly Kpi[]): LiveDouble {
  const kpis = [...initial];
  const api = fakeApi(kpis, PLAN_ID);
  const queue: Array<ChangeStreamEvent | Error> = [];
  let wake: (() => void) | undefined;
  let onStatus: ChangeStreamOptions['onStatus'];
  const streams: string[] = [];
  async function* changes(
    planId: string,
    options: ChangeStreamOptions = {},
  ): AsyncGenerator<ChangeStreamEvent, void, undefined> {
    streams.push(planId);
    onStatus = options.onStatus;
    onStatus?.('connecting');
    onStatus?.('open');
    const signal = options.signal;
    while (signal?.aborted !== true) {
      const next = queue.shift();
      if (next instanceof Error) throw next;
      if (next !== undefined) {
        yield next;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        signal?.addEventListener('abort', () => resolve(), { once: true });
      });
    }
  }
  return {
    client: { ...api.client, changes },
    kpis,
    requests: () => api.requests.length,
    streams,
    push: (event) => {
      queue.push(event);
      wake?.();
    },
    status: (status) => onStatus?.(status),
  };
}

const measured = (kpiId: string, seq: number): ChangeStreamEvent => ({
  type: 'change',
  change: {
    seq,
    at: '2020-06-30T08:00:00.000Z',
    planId: PLAN_ID,
    entity: 'measurement',
    entityId: kpiId,
    period: '2020-06',
  },
});

/** The KPI with June's value changed to `value`. */
const withJune = ({ evaluation: _evaluation, ...kpi }: Kpi, value: number): Kpi => ({
  ...kpi,
  measurements: kpi.measurements.map((m) => (m.period === '2020-06' ? { ...m, value } : m)),
});

async function liveGauge(
  double: LiveDouble,
  live = true,
): Promise<{ provider: ProviderElement; gauge: KpiGaugeElement }> {
  const provider = await fixture<ProviderElement>(
    html`<pk-provider .client=${double.client} plan=${PLAN_ID} as-of=${AS_OF} ?live=${live}>
      <pk-kpi-gauge kpi=${networkCasesOffTrack.id}></pk-kpi-gauge>
    </pk-provider>`,
  );
  const gauge = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
  await untilPart(gauge, 'value');
  return { provider, gauge };
}

describe('<pk-provider live>', () => {
  describe('changes', () => {
    it('opens one change stream for its plan', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      await liveGauge(double);
      expect(double.streams).to.deep.equal([PLAN_ID]);
    });

    it('opens none without live', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      await liveGauge(double, false);
      expect(double.streams).to.deep.equal([]);
    });

    it('re-evaluates a gauge when a month of its KPI is recorded elsewhere', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { gauge } = await liveGauge(double);
      const before = partText(gauge, 'value');
      double.kpis[0] = withJune(networkCasesOffTrack, 40);
      double.push(measured(networkCasesOffTrack.id, 1));
      await waitUntil(() => partText(gauge, 'value') !== before, 'the gauge shows the new value');
      expect(partText(gauge, 'value')).to.not.equal(before);
    });

    it('keeps showing the gauge while it reloads (no loading state in between)', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { gauge } = await liveGauge(double);
      const requests = double.requests();
      double.push(measured(networkCasesOffTrack.id, 1));
      await waitUntil(() => double.requests() > requests);
      expect(part(gauge, 'value')).to.not.equal(null);
      expect(part(gauge, 'state')).to.equal(null);
    });

    it('leaves a gauge alone when another KPI changes', async () => {
      const double = liveDouble([networkCasesOffTrack, taxProfitMet]);
      await liveGauge(double);
      const requests = double.requests();
      double.push(measured(taxProfitMet.id, 1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(double.requests()).to.equal(requests);
    });

    it('keeps the focus where it is when the focused gauge updates', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { gauge } = await liveGauge(double);
      gauge.focus();
      const focused = document.activeElement;
      const before = partText(gauge, 'value');
      double.kpis[0] = withJune(networkCasesOffTrack, 40);
      double.push(measured(networkCasesOffTrack.id, 1));
      await waitUntil(() => partText(gauge, 'value') !== before);
      expect(document.activeElement).to.equal(focused);
    });

    it('reloads every widget on "reload" (changes were missed)', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      await liveGauge(double);
      const requests = double.requests();
      double.push({ type: 'reload', reload: { reason: 'behind-log', resumeFrom: 10 } });
      await waitUntil(() => double.requests() > requests, 'the gauge asked again');
    });

    it('updates the panel when any of the plan’s KPIs changes', async () => {
      const double = liveDouble([networkCasesOffTrack, taxProfitMet]);
      const provider = await fixture<ProviderElement>(
        html`<pk-provider .client=${double.client} plan=${PLAN_ID} as-of=${AS_OF} live>
          <pk-kpi-panel></pk-kpi-panel>
        </pk-provider>`,
      );
      const panel = provider.querySelector('pk-kpi-panel') as KpiPanelElement;
      await untilPart(panel, 'heading');
      const requests = double.requests();
      double.push(measured(taxProfitMet.id, 1));
      await waitUntil(() => double.requests() > requests, 'the panel asked again');
    });

    it('announces an update politely, in the page’s language', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { provider } = await liveGauge(double);
      provider.locale = 'en';
      double.push(measured(networkCasesOffTrack.id, 1));
      const region = provider.shadowRoot?.querySelector('[aria-live="polite"]');
      await waitUntil(() => (region?.textContent ?? '').includes('Updated with changes made by others'));
    });
  });

  describe('connection state', () => {
    it('shows it in the connection part and fires pk-connection-change', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { provider } = await liveGauge(double);
      expect(provider.connectionState).to.equal('connected');
      expect(partText(provider, 'connection')).to.equal('实时更新已连接');
      setTimeout(() => double.status('reconnecting'));
      const event = (await oneEvent(provider, 'pk-connection-change')) as ConnectionChangeEvent;
      expect(event.detail.state).to.equal('reconnecting');
      await provider.updateComplete;
      expect(part(provider, 'reconnecting')).to.not.equal(null);
      expect(partText(provider, 'connection')).to.equal('实时更新已断开，正在重新连接…');
    });

    it('goes offline and says why when the stream is refused for good, keeping the widgets’ data', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { provider, gauge } = await liveGauge(double);
      const value = partText(gauge, 'value');
      setTimeout(() => double.push(Object.assign(new Error('no access'), { name: 'ForbiddenError' })));
      await oneEvent(provider, 'pk-error');
      await provider.updateComplete;
      expect(provider.connectionState).to.equal('offline');
      expect(part(provider, 'offline')).to.not.equal(null);
      expect(partText(gauge, 'value')).to.equal(value);
    });

    it('stops the stream when live is turned off', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { provider } = await liveGauge(double);
      provider.live = false;
      await provider.updateComplete;
      expect(provider.connectionState).to.equal(undefined);
      expect(part(provider, 'connection')).to.equal(null);
    });

    it('is accessible with its status line', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { provider } = await liveGauge(double);
      await expect(provider).to.be.accessible();
    });
  });

  describe('reload()', () => {
    it('loads a widget’s data again, keeping it on screen meanwhile', async () => {
      const double = liveDouble([networkCasesOffTrack]);
      const { gauge } = await liveGauge(double, false);
      const before = partText(gauge, 'value');
      double.kpis[0] = withJune(networkCasesOffTrack, 40);
      gauge.reload();
      expect(part(gauge, 'state')).to.equal(null);
      await waitUntil(() => partText(gauge, 'value') !== before, 'the gauge shows the reloaded value');
    });

    it('leaves standalone data as it is', async () => {
      const gauge = await fixture<KpiGaugeElement>(
        html`<pk-kpi-gauge .kpi=${networkCasesOffTrack} as-of=${AS_OF}></pk-kpi-gauge>`,
      );
      const before = partText(gauge, 'value');
      gauge.reload();
      await gauge.updateComplete;
      expect(partText(gauge, 'value')).to.equal(before);
    });
  });
});
