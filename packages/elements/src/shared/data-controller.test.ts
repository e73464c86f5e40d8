// Browser tests of the data controller's request bookkeeping: what makes it load again, and what does not.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient, type PlankitClient } from '@plankit/sdk';
import { clientContext } from './context.js';
import { ContextProvider } from '@lit/context';
import { DataController } from './data-controller.js';
import { LocalizeController } from './localize.js';

let loads = 0;

class DataProbeElement extends LitElement {
  @property({ attribute: false }) arg: unknown = 1;
  readonly localize = new LocalizeController(this, () => undefined);
  readonly data = new DataController<string, [unknown]>(this, this.localize, {
    source: () => ({ kind: 'remote', args: [this.arg] }),
    load: () => {
      loads += 1;
      return Promise.resolve('loaded');
    },
    subject: () => 'probe',
  });
  override render() {
    const state = this.data.state;
    return state.kind === 'complete' ? state.value : state.kind;
  }
}
customElements.define('pk-test-data-probe', DataProbeElement);

class ClientHostElement extends LitElement {
  readonly provider = new ContextProvider(this, { context: clientContext });
  set client(value: PlankitClient) {
    this.provider.setValue(value);
  }
}
customElements.define('pk-test-client-host', ClientHostElement);

const frames = (count: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });

describe('DataController', () => {
  beforeEach(() => {
    loads = 0;
  });

  async function probe(arg: unknown): Promise<DataProbeElement> {
    const host = await fixture<ClientHostElement>(html`<pk-test-client-host></pk-test-client-host>`);
    host.client = createClient({
      baseUrl: 'http://127.0.0.1:9/api/v1',
      fetch: () => Promise.reject(new Error('unused')),
    });
    const el = document.createElement('pk-test-data-probe') as DataProbeElement;
    el.arg = arg;
    host.append(el);
    await frames(6);
    return el;
  }

  it('loads once for a NaN argument, however often the element updates', async () => {
    const el = await probe(Number.NaN);
    for (let round = 0; round < 3; round += 1) {
      el.requestUpdate();
      await frames(2);
    }
    expect(loads).to.equal(1);
    expect(el.shadowRoot?.textContent).to.contain('loaded');
  });

  it('loads again when an argument really changes', async () => {
    const el = await probe(1);
    el.arg = 2;
    await frames(4);
    expect(loads).to.equal(2);
  });
});
