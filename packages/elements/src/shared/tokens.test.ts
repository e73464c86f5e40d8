// The token test (Material Web's habit): in every element's styles, each private --_x that is used is
// defined, and each one defined is used; the shared token sheet defines nothing nobody uses.
import { expect } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative, LitElement } from 'lit';
import '../all.js';
import { widgets } from '../widgets.js';
import { printStyles } from './print.js';
import { stateStyles } from './state-view.js';
import { statusIconStyles } from './status.js';
import { tokenStyles, visuallyHiddenStyles } from './tokens.js';

/** The text of an element's `static styles`, however nested. */
const cssText = (styles: CSSResultGroup | undefined): string => {
  if (styles === undefined) return '';
  if (Array.isArray(styles)) return styles.map((style: CSSResultGroup) => cssText(style)).join('\n');
  if ('cssText' in styles) return styles.cssText;
  return [...(styles as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n');
};

const defined = (css: string): Set<string> =>
  new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((match) => match[1] as string));
const used = (css: string): Set<string> =>
  new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((match) => match[1] as string));
const minus = (a: Set<string>, b: Set<string>): string[] => [...a].filter((name) => !b.has(name)).sort();

/**
 * The sheets of shared/ that elements put in their `static styles`: the print sheet re-sets the shared palette on
 * paper, so an element that draws no status colour (the board) still takes it whole.
 */
const sharedSheets: readonly CSSResultOrNative[] = [
  tokenStyles,
  visuallyHiddenStyles,
  stateStyles,
  statusIconStyles,
  printStyles,
];
const flat = (styles: CSSResultGroup | undefined): CSSResultOrNative[] =>
  styles === undefined ? [] : Array.isArray(styles) ? styles.flatMap((style: CSSResultGroup) => flat(style)) : [styles];

/** Every element of src/widgets.ts, as registered by all.ts: all its styles, and its own (the shared sheets left out). */
const elements = widgets.map(({ tag }) => {
  const styles = (customElements.get(tag) as typeof LitElement | undefined)?.styles;
  if (styles === undefined) throw new Error(`<${tag}> is listed in src/widgets.ts but not registered with styles`);
  return {
    name: `<${tag}>`,
    all: cssText(styles),
    own: flat(styles)
      .filter((sheet) => !sharedSheets.includes(sheet))
      .map((sheet) => cssText(sheet))
      .join('\n'),
  };
});

describe('private tokens', () => {
  for (const element of elements) {
    it(`are all defined where ${element.name} uses them`, () => {
      expect(minus(used(element.all), defined(element.all))).to.deep.equal([]);
    });

    it(`are all used where ${element.name} defines them`, () => {
      expect(minus(defined(element.own), used(element.all))).to.deep.equal([]);
    });
  }

  it('of the shared sheet are all used by some element', () => {
    const usedAnywhere = used(elements.map((element) => element.all).join('\n'));
    expect(minus(defined(tokenStyles.cssText), usedAnywhere)).to.deep.equal([]);
  });

  it('are found by the parser (a test that sees no token proves nothing)', () => {
    expect(defined(elements.find((element) => element.name === '<pk-kpi-gauge>')?.own ?? '').size).to.be.greaterThan(5);
  });

  it('are checked for every element of the list', () => {
    expect(elements.map((element) => element.name)).to.include.members([
      '<pk-provider>',
      '<pk-kpi-gauge>',
      '<pk-kpi-panel>',
    ]);
  });

  for (const element of elements) {
    it(`are the only place ${element.name} reads a public --pk-* token`, () => {
      const reads = [...element.all.matchAll(/var\(\s*--pk-[\w-]+/g)];
      // The declaration each read sits in, from its start (after the last ";" or "{") to the read.
      const outside = reads
        .map((match) => {
          const start = Math.max(element.all.lastIndexOf(';', match.index), element.all.lastIndexOf('{', match.index));
          return element.all.slice(start + 1, match.index + match[0].length).trim();
        })
        .filter((declaration) => !declaration.startsWith('--_'));
      expect(outside).to.deep.equal([]);
    });
  }

  it('read public tokens in the gauge (a test that sees no read proves nothing)', () => {
    const gauge = elements.find((element) => element.name === '<pk-kpi-gauge>')?.all ?? '';
    const reads = [...gauge.matchAll(/var\(\s*(--pk-kpi-gauge-[\w-]+)/g)];
    expect(reads.length).to.be.greaterThan(5);
  });
});
