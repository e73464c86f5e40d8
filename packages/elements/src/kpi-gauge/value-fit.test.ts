// Tests of the radial value's fit: sizes chosen from the formatted text alone (the drawn result is
// checked against the arc in kpi-gauge.test.ts, with real fonts).
import { expect } from '@open-wc/testing';
import { VALUE_RADIUS, fitValue, textEms } from './value-fit.js';

/** The corners of a fitted value's estimated box, as the largest distance from the arc's centre. */
function estimatedReach(text: string): number {
  const { lines, size } = fitValue(text);
  const width = Math.max(...lines.map(textEms)) * size;
  const height = (lines.length === 1 ? 1 : 2.1) * size;
  return Math.hypot(width / 2, height / 2);
}

describe('fitValue()', () => {
  it('draws a short value at the largest size', () => {
    expect(fitValue('6.2%').size).to.equal(21);
  });

  it('draws a longer value smaller', () => {
    expect(fitValue('-1,234.56%').size).to.be.lessThan(fitValue('6.2%').size);
  });

  it('counts a CJK character as wider than a digit', () => {
    expect(textEms('万')).to.be.greaterThan(textEms('1'));
  });

  it('weighs each kind of character', () => {
    const weights: [string, number][] = [
      ['万', 1],
      ['カ', 1],
      ['，', 1],
      ['%', 1],
      ['—', 1],
      ['7', 0.7],
      ['k', 0.68],
      ['K', 0.8],
      [' ', 0.38],
      ['\u202f', 0.38],
      ['\u2009', 0.38],
      ['.', 0.38],
      ['’', 0.38],
      ['¥', 0.9],
      ['-', 0.9],
      ['😀', 0.9],
    ];
    for (const [char, ems] of weights) expect(textEms(char), `"${char}"`).to.be.closeTo(ems, 1e-9);
    expect(textEms('2.6万箱')).to.be.closeTo(0.7 + 0.38 + 0.7 + 1 + 1, 1e-9);
  });

  it('puts a figure over its unit word when that draws it larger', () => {
    expect(fitValue('26.2K cases').lines).to.deep.equal(['26.2K', 'cases']);
  });

  it('keeps a short value with a space on one line', () => {
    expect(fitValue('0 起').lines).to.deep.equal(['0 起']);
  });

  it('never splits a value without a space', () => {
    expect(fitValue('12.3亿箱').lines).to.deep.equal(['12.3亿箱']);
  });

  for (const text of ['2.6万箱', '26.2K cases', '-1,234.56%', '¥987.7M', 'No. 123', '第123名', '—']) {
    it(`keeps the estimated box of "${text}" within the value radius`, () => {
      expect(estimatedReach(text)).to.be.at.most(VALUE_RADIUS + 0.01);
    });
  }
});
