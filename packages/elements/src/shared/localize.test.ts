// Browser tests of the localization controller: the locale chain, catalogues and formatting.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, supportedLocale, warmUpIntl, whenIdle } from './localize.js';
import { zhCN } from './i18n/zh-CN.js';
import { en } from './i18n/en.js';

class LocalizedProbeElement extends LitElement {
  providerLocale: string | undefined;
  readonly localize = new LocalizeController(this, () => this.providerLocale);
  renders = 0;
  protected override render(): unknown {
    this.renders += 1;
    return this.localize.term('stateRetry');
  }
}
customElements.define('pk-test-localized-probe', LocalizedProbeElement);

describe('LocalizeController', () => {
  for (const [name, lang, providerLocale, locale] of [
    ['defaults to zh-CN', undefined, undefined, 'zh-CN'],
    ['takes the element lang first', 'en', 'zh-CN', 'en'],
    ['takes the provider locale when the element has no lang', undefined, 'en', 'en'],
    ['skips an unsupported language and goes on down the chain', 'fr', 'en', 'en'],
  ] as const) {
    it(name, async () => {
      const el = await fixture<LocalizedProbeElement>(
        html`<pk-test-localized-probe lang=${ifDefined(lang)}></pk-test-localized-probe>`,
      );
      if (providerLocale !== undefined) el.providerLocale = providerLocale;
      expect(el.localize.locale).to.equal(locale);
    });
  }

  it('re-renders when the document language changes', async () => {
    const el = await fixture<LocalizedProbeElement>(html`<pk-test-localized-probe></pk-test-localized-probe>`);
    document.documentElement.lang = 'en';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot?.textContent).to.equal('Retry');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('keeps the whole tag for Intl', async () => {
    const el = await fixture<LocalizedProbeElement>(
      html`<pk-test-localized-probe lang="en-GB"></pk-test-localized-probe>`,
    );
    expect(el.localize.date('2020-06-30')).to.equal('30 Jun 2020');
  });

  it('formats dates without a time-zone shift', async () => {
    const el = await fixture<LocalizedProbeElement>(
      html`<pk-test-localized-probe lang="zh-CN"></pk-test-localized-probe>`,
    );
    expect(el.localize.date('2020-01-01', { year: 'numeric', month: 'long', day: 'numeric' })).to.equal('2020年1月1日');
  });

  it('leaves a date that is not a real YYYY-MM-DD day as written, never rolled over', async () => {
    const el = await fixture<LocalizedProbeElement>(
      html`<pk-test-localized-probe lang="en"></pk-test-localized-probe>`,
    );
    for (const text of ['2020-02-31', '2020-13-01', '2020-6-30', 'yesterday', '<b>2020-06-30</b>', ''])
      expect(el.localize.date(text)).to.equal(text);
    expect(el.localize.date('2020-02-29')).to.equal('Feb 29, 2020');
  });

  it('formats KPI values through the SDK', async () => {
    const el = await fixture<LocalizedProbeElement>(
      html`<pk-test-localized-probe lang="en"></pk-test-localized-probe>`,
    );
    expect(el.localize.value(3, 'count')).to.equal('3 cases');
  });

  it('fills message parameters', async () => {
    const el = await fixture<LocalizedProbeElement>(
      html`<pk-test-localized-probe lang="zh-CN"></pk-test-localized-probe>`,
    );
    expect(el.localize.term('gaugeTarget', { rule: '≥ 5%' })).to.equal('目标 ≥ 5%');
  });
});

describe('supportedLocale()', () => {
  it('maps every English tag to en', () => {
    expect(supportedLocale('en-GB')).to.equal('en');
  });

  it('maps every Chinese tag to zh-CN', () => {
    expect(supportedLocale('zh-Hans-CN')).to.equal('zh-CN');
  });

  it('has no catalogue for other languages', () => {
    expect(supportedLocale('fr')).to.equal(undefined);
  });
});

describe('warmUpIntl()', () => {
  /** Runs `body` with Intl.NumberFormat replaced by `replacement`. */
  async function withNumberFormat(replacement: unknown, body: () => Promise<void> | void): Promise<void> {
    const original = Intl.NumberFormat;
    Object.defineProperty(Intl, 'NumberFormat', { value: replacement, configurable: true, writable: true });
    try {
      await body();
    } finally {
      Object.defineProperty(Intl, 'NumberFormat', { value: original, configurable: true, writable: true });
    }
  }

  /** A warm-up scheduled by hand (`page` undefined: a scope without a document): whether it was, and its task. */
  function scheduledWarmUp(page: Document | undefined): { scheduled: boolean; tasks: (() => void)[] } {
    const tasks: (() => void)[] = [];
    return { scheduled: warmUpIntl((task) => tasks.push(task), page === undefined ? {} : { document: page }), tasks };
  }

  for (const [lang, tag] of [
    ['en-GB', 'en-GB'],
    ['fr', 'zh-CN'],
    ['', 'zh-CN'],
  ] as const) {
    it(`formats a number in ${tag} once the page is idle when the document's language is "${lang}"`, async () => {
      const page = document.implementation.createHTMLDocument('');
      page.documentElement.lang = lang;
      const { scheduled, tasks } = scheduledWarmUp(page);
      const tags: string[] = [];
      const original = Intl.NumberFormat;
      await withNumberFormat(
        function (locales: string) {
          tags.push(locales);
          return new original(locales);
        },
        () => {
          expect(scheduled).to.equal(true);
          expect(tags, 'nothing formatted before the page is idle').to.deep.equal([]);
          tasks.forEach((task) => task());
        },
      );
      expect(tags).to.deep.equal([tag]);
    });
  }

  it('schedules nothing without a document, as under server rendering', () => {
    const { scheduled, tasks } = scheduledWarmUp(undefined);
    expect(scheduled).to.equal(false);
    expect(tasks).to.deep.equal([]);
  });

  it('never throws when Intl refuses to format', async () => {
    const { tasks } = scheduledWarmUp(document);
    await withNumberFormat(
      function () {
        throw new RangeError('no locale data');
      },
      () => {
        expect(() => tasks.forEach((task) => task())).not.to.throw();
      },
    );
  });

  it('runs its task in an idle callback where there is one, else in a task', async () => {
    const ran: string[] = [];
    await new Promise<void>((resolve) => whenIdle(() => resolve(void ran.push('idle'))));
    const idle = window.requestIdleCallback;
    Object.defineProperty(window, 'requestIdleCallback', { value: undefined, configurable: true, writable: true });
    try {
      await new Promise<void>((resolve) => whenIdle(() => resolve(void ran.push('timeout'))));
    } finally {
      Object.defineProperty(window, 'requestIdleCallback', { value: idle, configurable: true, writable: true });
    }
    expect(ran).to.deep.equal(['idle', 'timeout']);
  });
});

describe('catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(zhCN).sort());
  });

  it('have no empty message', () => {
    const empty = [...Object.entries(zhCN), ...Object.entries(en)].filter(([, message]) => message === '');
    expect(empty).to.deep.equal([]);
  });
});
