// Browser tests of the safe define(): a taken tag never throws, and a compatible second copy is accepted.
import { expect } from '@open-wc/testing';
import { define, isCompatibleVersion } from './define.js';
import { PLANKIT_VERSION } from './version.js';

let counter = 0;
const uniqueTag = (): string => `pk-test-define-${(counter += 1)}`;

/** Run `body` with console.warn recorded instead of printed. */
function warningsDuring(body: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define()', () => {
  it('registers a free tag', () => {
    const tag = uniqueTag();
    class FreeElement extends HTMLElement {}
    define(tag, FreeElement);
    expect(customElements.get(tag)).to.equal(FreeElement);
  });

  it('does nothing when the same class registers again', () => {
    const tag = uniqueTag();
    class SameElement extends HTMLElement {}
    define(tag, SameElement);
    expect(warningsDuring(() => define(tag, SameElement))).to.deep.equal([]);
  });

  it('does not throw when another element holds the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    expect(() => warningsDuring(() => define(tag, class extends HTMLElement {}))).not.to.throw();
  });

  it('warns when another element holds the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = warningsDuring(() => define(tag, class extends HTMLElement {}));
    expect(warnings[0]).to.contain(`<${tag}> is already defined by another element`);
  });

  it('accepts a second copy of Plankit with a compatible version silently', () => {
    const tag = uniqueTag();
    customElements.define(
      tag,
      class extends HTMLElement {
        static readonly plankitVersion = PLANKIT_VERSION;
      },
    );
    const copy = class extends HTMLElement {
      static readonly plankitVersion = PLANKIT_VERSION;
    };
    expect(warningsDuring(() => define(tag, copy))).to.deep.equal([]);
  });

  it('warns about a second copy of Plankit with an incompatible version', () => {
    const tag = uniqueTag();
    customElements.define(
      tag,
      class extends HTMLElement {
        static readonly plankitVersion = '7.0.0';
      },
    );
    const copy = class extends HTMLElement {
      static readonly plankitVersion = '8.1.0';
    };
    expect(warningsDuring(() => define(tag, copy))[0]).to.contain('Plankit 7.0.0');
  });

  it('keeps the elements of the first copy working', async () => {
    // Two copies of the drop-in bundle: the second import of the gauge registration is a no-op.
    const { KpiGaugeElement } = await import('../kpi-gauge/kpi-gauge.js');
    await import('../kpi-gauge/pk-kpi-gauge.js');
    const first = customElements.get('pk-kpi-gauge');
    warningsDuring(() => define('pk-kpi-gauge', class extends KpiGaugeElement {}));
    expect(customElements.get('pk-kpi-gauge')).to.equal(first);
  });
});

describe('isCompatibleVersion()', () => {
  it('accepts the same major version', () => {
    expect(isCompatibleVersion('1.2.0', '1.9.3')).to.equal(true);
  });

  it('refuses another major version', () => {
    expect(isCompatibleVersion('1.2.0', '2.0.0')).to.equal(false);
  });

  it('needs the same minor version before 1.0', () => {
    expect(isCompatibleVersion('0.3.1', '0.4.0')).to.equal(false);
  });

  it('accepts another patch before 1.0', () => {
    expect(isCompatibleVersion('0.3.1', '0.3.7')).to.equal(true);
  });
});
