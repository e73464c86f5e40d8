// Browser tests of <pk-provider>: the client it shares, its configuration, the selection and auth bursts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import './pk-provider.js';
import '../kpi-gauge/pk-kpi-gauge.js';
import type { ProviderElement } from './provider.js';
import type { KpiGaugeElement } from '../kpi-gauge/kpi-gauge.js';
import { clientContext, configContext, sessionContext } from '../shared/context.js';
import { createClient } from '@plankit/sdk';
import { GridSelectEvent } from '../shared/events/grid-select.js';
import { TierSelectEvent } from '../shared/events/tier-select.js';
import { AuthRequiredEvent } from '../shared/events/auth-required.js';
import { fakeApi } from '../test/fake-api.js';
import { partText, untilPart } from '../test/helpers.js';
import { AS_OF, PLAN_ID, allKpis } from '../test/kpis.js';

/** A bare consumer of the provider's contexts, standing in for any widget. */
class ContextProbeElement extends LitElement {
  readonly client = new ContextConsumer(this, { context: clientContext, subscribe: true });
  readonly config = new ContextConsumer(this, { context: configContext, subscribe: true });
  readonly session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
}

/** A client whose GET /session answers `answers` in turn (a status number is a problem answer); counts the asks. */
function sessionClient(...answers: Array<'viewer' | 'editor' | number>) {
  const asked = { count: 0 };
  const client = createClient({
    baseUrl: 'https://plankit.test/api/v1',
    retry: 0,
    fetch: async () => {
      const answer = answers[Math.min(asked.count, answers.length - 1)];
      asked.count += 1;
      return typeof answer === 'number'
        ? new Response(JSON.stringify({ type: 'about:blank', title: 'no', status: answer }), {
            status: answer,
            headers: { 'content-type': 'application/problem+json' },
          })
        : Response.json({ role: answer });
    },
  });
  return { client, asked };
}
customElements.define('pk-test-context-probe', ContextProbeElement);

async function probeIn(
  template: ReturnType<typeof html>,
): Promise<{ provider: ProviderElement; probe: ContextProbeElement }> {
  const provider = await fixture<ProviderElement>(template);
  const probe = provider.querySelector('pk-test-context-probe') as ContextProbeElement;
  await provider.updateComplete;
  return { provider, probe };
}

describe('<pk-provider>', () => {
  describe('accessibility', () => {
    it('is accessible', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider><p>content</p></pk-provider>`);
      await expect(provider).to.be.accessible();
    });

    it('takes no box of its own (display: contents)', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider></pk-provider>`);
      expect(getComputedStyle(provider).display).to.equal('contents');
    });
  });

  describe('properties', () => {
    it('creates a client for its base-url', async () => {
      const { probe } = await probeIn(
        html`<pk-provider base-url="https://plankit.test/api/v1"
          ><pk-test-context-probe></pk-test-context-probe
        ></pk-provider>`,
      );
      expect(probe.client.value?.baseUrl).to.equal('https://plankit.test/api/v1');
    });

    it('resolves a relative base-url against the page', async () => {
      const { probe } = await probeIn(
        html`<pk-provider base-url="/api/v1"><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      expect(probe.client.value?.baseUrl).to.equal(`${location.origin}/api/v1`);
    });

    it('creates the client once while base-url stays the same', async () => {
      const { provider, probe } = await probeIn(
        html`<pk-provider base-url="/api/v1"><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      const first = probe.client.value;
      provider.locale = 'en';
      provider.getToken = () => 'token';
      await provider.updateComplete;
      expect(probe.client.value).to.equal(first);
    });

    it('creates a new client when base-url changes', async () => {
      const { provider, probe } = await probeIn(
        html`<pk-provider base-url="/api/v1"><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      provider.setAttribute('base-url', 'https://other.test/api/v1');
      await provider.updateComplete;
      expect(probe.client.value?.baseUrl).to.equal('https://other.test/api/v1');
    });

    it('shares the client it is given over one for base-url', async () => {
      const api = fakeApi(allKpis);
      const { probe } = await probeIn(
        html`<pk-provider base-url="/api/v1" .client=${api.client}
          ><pk-test-context-probe></pk-test-context-probe
        ></pk-provider>`,
      );
      expect(probe.client.value).to.equal(api.client);
    });

    it('shares no client without base-url or client', async () => {
      const { probe } = await probeIn(html`<pk-provider><pk-test-context-probe></pk-test-context-probe></pk-provider>`);
      expect(probe.client.value).to.equal(undefined);
    });

    it('never takes a token from markup', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider get-token="secret" gettoken="secret"></pk-provider>`,
      );
      expect(provider.getToken).to.equal(undefined);
    });

    it('sends the token from getToken with every request of the client it creates', async () => {
      const seen: Array<string | null> = [];
      const originalFetch = window.fetch;
      // The created client uses the page's fetch: observe it for this one test.
      window.fetch = async (input, init) => {
        seen.push(new Request(input, init).headers.get('authorization'));
        return new Response(JSON.stringify({ items: [] }), { headers: { 'content-type': 'application/json' } });
      };
      try {
        const { provider, probe } = await probeIn(
          html`<pk-provider base-url="https://plankit.test/api/v1"
            ><pk-test-context-probe></pk-test-context-probe
          ></pk-provider>`,
        );
        provider.getToken = () => 'editor-token';
        await probe.client.value?.plans.list();
      } finally {
        window.fetch = originalFetch;
      }
      expect(seen).to.deep.equal(['Bearer editor-token']);
    });

    it('shares its locale, plan, date and colour scheme', async () => {
      const { probe } = await probeIn(
        html`<pk-provider locale="en" plan="p-1" as-of="2020-06-30" color-scheme="dark"
          ><pk-test-context-probe></pk-test-context-probe
        ></pk-provider>`,
      );
      expect(probe.config.value).to.deep.equal({ locale: 'en', plan: 'p-1', asOf: '2020-06-30', colorScheme: 'dark' });
    });

    it('shares a change of its plan', async () => {
      const { provider, probe } = await probeIn(
        html`<pk-provider plan="p-1"><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      provider.plan = 'p-2';
      await provider.updateComplete;
      expect(probe.config.value?.plan).to.equal('p-2');
    });

    it('treats an unknown color-scheme as auto', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider color-scheme="sepia"></pk-provider>`);
      expect(provider.colorScheme).to.equal('auto');
    });

    it('reaches widgets defined before it (a ContextRoot replays their requests)', async () => {
      const api = fakeApi(allKpis);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const outer = document.createElement('pk-provider-late');
      host.append(outer);
      const el = document.createElement('pk-kpi-gauge');
      el.setAttribute('kpi', 'tax-profit-growth');
      outer.append(el);
      await el.updateComplete;
      // The provider's tag is only now given a class, after the gauge asked for a client.
      const { ProviderElement: Provider } = await import('./provider.js');
      customElements.define('pk-provider-late', class extends Provider {});
      const provider = outer as ProviderElement;
      provider.client = api.client;
      provider.plan = PLAN_ID;
      provider.asOf = AS_OF;
      await untilPart(el, 'base');
      expect(partText(el, 'value')).to.equal('6.2%');
    });
  });

  describe('session', () => {
    it('asks the token’s role only when a widget wants it, and once per client', async () => {
      const { client, asked } = sessionClient('viewer');
      const { probe } = await probeIn(
        html`<pk-provider .client=${client}><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      expect(asked.count, 'nothing asked before a widget wants it').to.equal(0);
      const roles = await Promise.all([probe.session.value?.role(), probe.session.value?.role()]);
      expect(roles).to.deep.equal(['viewer', 'viewer']);
      expect(await probe.session.value?.role()).to.equal('viewer');
      expect(asked.count).to.equal(1);
    });

    it('asks again for a new client', async () => {
      const first = sessionClient('viewer');
      const second = sessionClient('editor');
      const { provider, probe } = await probeIn(
        html`<pk-provider .client=${first.client}><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      expect(await probe.session.value?.role()).to.equal('viewer');
      provider.client = second.client;
      await provider.updateComplete;
      expect(await probe.session.value?.role()).to.equal('editor');
    });

    it('has no role for a backend without /session, and does not ask it again', async () => {
      const { client, asked } = sessionClient(404);
      const { probe } = await probeIn(
        html`<pk-provider .client=${client}><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      expect(await probe.session.value?.role()).to.equal(undefined);
      expect(await probe.session.value?.role()).to.equal(undefined);
      expect(asked.count).to.equal(1);
    });

    it('asks again after a passing failure (a 503)', async () => {
      const { client, asked } = sessionClient(503, 'editor');
      const { probe } = await probeIn(
        html`<pk-provider .client=${client}><pk-test-context-probe></pk-test-context-probe></pk-provider>`,
      );
      expect(await probe.session.value?.role()).to.equal(undefined);
      expect(await probe.session.value?.role()).to.equal('editor');
      expect(asked.count).to.equal(2);
    });

    it('has no role without a client', async () => {
      const { probe } = await probeIn(html`<pk-provider><pk-test-context-probe></pk-test-context-probe></pk-provider>`);
      expect(probe.session.value).to.equal(undefined);
    });
  });

  describe('events', () => {
    it('selects the KPI of a pk-kpi-select from inside', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider as-of=${AS_OF}><pk-kpi-gauge .kpi=${allKpis[2]}></pk-kpi-gauge></pk-provider>`,
      );
      const gauge = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      await gauge.updateComplete;
      gauge.click();
      expect(provider.selection).to.deep.equal({ gridId: null, tierBand: null, kpiId: 'tax-profit-growth' });
    });

    it('selects the grid of a pk-grid-select from inside', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider><span></span></pk-provider>`);
      provider.querySelector('span')?.dispatchEvent(new GridSelectEvent({ gridId: 'grid-7' }));
      expect(provider.selection.gridId).to.equal('grid-7');
    });

    it('selects the tier band of a pk-tier-select from inside', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider><span></span></pk-provider>`);
      provider.querySelector('span')?.dispatchEvent(new TierSelectEvent({ band: 'mid', tier: null }));
      expect(provider.selection.tierBand).to.equal('mid');
    });

    it('lets the page set the selection', async () => {
      const provider = await fixture<ProviderElement>(
        html`<pk-provider as-of=${AS_OF}><pk-kpi-gauge .kpi=${allKpis[1]}></pk-kpi-gauge></pk-provider>`,
      );
      const gauge = provider.querySelector('pk-kpi-gauge') as KpiGaugeElement;
      provider.select({ kpiId: 'sales-volume' });
      await provider.updateComplete;
      await gauge.updateComplete;
      expect(gauge.getAttribute('aria-current')).to.equal('true');
    });

    it('fires one pk-auth-required for a burst of 401s from its widgets', async () => {
      const api = fakeApi(allKpis);
      api.fail({ status: 401 }, { status: 401 }, { status: 401 }, { status: 401 });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      let count = 0;
      wrapper.addEventListener('pk-auth-required', () => (count += 1));
      const provider = document.createElement('pk-provider');
      provider.client = api.client;
      provider.plan = PLAN_ID;
      provider.innerHTML =
        '<pk-kpi-gauge kpi="sales-volume"></pk-kpi-gauge><pk-kpi-gauge kpi="tax-profit-growth"></pk-kpi-gauge>';
      wrapper.append(provider);
      const gauges = [...provider.querySelectorAll('pk-kpi-gauge')];
      await waitUntil(
        () => gauges.every((gauge) => gauge.shadowRoot?.querySelector('[part~="retry"]')),
        'both gauges should fail',
      );
      expect(count).to.equal(1);
    });

    it('fires pk-auth-required from itself', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider><span></span></pk-provider>`);
      setTimeout(() =>
        provider.querySelector('span')?.dispatchEvent(new AuthRequiredEvent({ error: new Error('401') })),
      );
      const event = await oneEvent(provider, 'pk-auth-required');
      expect(event.target).to.equal(provider);
    });

    it('fires pk-auth-required again for a 401 after the client changed', async () => {
      const provider = await fixture<ProviderElement>(html`<pk-provider><span></span></pk-provider>`);
      let count = 0;
      provider.addEventListener('pk-auth-required', (event) => {
        if (event.target === provider) count += 1;
      });
      const span = provider.querySelector('span') as HTMLSpanElement;
      span.dispatchEvent(new AuthRequiredEvent({ error: null }));
      provider.client = fakeApi(allKpis).client;
      await provider.updateComplete;
      span.dispatchEvent(new AuthRequiredEvent({ error: null }));
      expect(count).to.equal(2);
    });
  });

  describe('errors', () => {
    it('reports an unusable base-url as pk-error instead of throwing', async () => {
      const provider = document.createElement('pk-provider');
      provider.setAttribute('base-url', 'ftp://example.test/api');
      setTimeout(() => document.body.append(provider));
      const event = await oneEvent(provider, 'pk-error');
      provider.remove();
      expect(event.detail.message).to.contain('baseUrl');
    });
  });
});
