// Page: pk-retailer-tiers given 100,000 retailers (`.retailers`). `mode=summarize` times setting them (the
// element's summarizeTiers pass and its drawing) to the paint, after a first drawing of 100 of them: the
// one-time costs of a page's first chart (Lit's template, the locale data of Intl's number formats, about
// 80 ms here) are not the summary's. `mode=first` times the same to the paint as a page's first chart, those
// one-time costs included (shown beside, not budgeted). `mode=switch` times a metric switch (count ↔ order growth, alternating
// per sample) on the element already drawn, to the paint.
import type { Retailer } from '@plankit/sdk';
import { check, exposeBench, measureToPaint, stage } from '../../lib/page-harness.js';
import { countyWithRetailers } from './retailers.js';

/** The part of the element's public surface the page uses (the element module is imported by the harness). */
interface RetailerTiersElement extends HTMLElement {
  retailers: readonly Retailer[] | undefined;
  metric: string;
  year: number | undefined;
  updateComplete: Promise<unknown>;
}

const barsOf = (element: RetailerTiersElement) => element.shadowRoot?.querySelectorAll('[part~="tier"]').length ?? 0;

exposeBench(async (params) => {
  const county = countyWithRetailers(params);
  const mode = params.get('mode');
  check(
    mode === 'summarize' || mode === 'first' || mode === 'switch',
    `mode=${String(mode)} is summarize, first or switch`,
  );
  await customElements.whenDefined('pk-retailer-tiers');
  const root = stage();
  const create = (): RetailerTiersElement => {
    const element = document.createElement('pk-retailer-tiers') as RetailerTiersElement;
    element.year = county.year;
    root.replaceChildren(element);
    return element;
  };
  if (mode === 'summarize' || mode === 'first') {
    return async () => {
      const element = create();
      if (mode === 'summarize') {
        element.retailers = county.retailers.slice(0, 100);
        await element.updateComplete;
      }
      const sample = await measureToPaint(() => {
        element.retailers = county.retailers;
        return element.updateComplete;
      });
      check(barsOf(element) === county.scheme.tiers, `pk-retailer-tiers drew ${county.scheme.tiers} tiers`);
      return sample;
    };
  }
  const element = create();
  element.retailers = county.retailers;
  await element.updateComplete;
  return async () => {
    const next = element.metric === 'count' ? 'order-growth' : 'count';
    const sample = await measureToPaint(() => {
      element.metric = next;
      return element.updateComplete;
    });
    const pressed = element.shadowRoot?.querySelector(`[data-metric="${next}"]`)?.getAttribute('aria-pressed');
    check(pressed === 'true', `the metric switched to ${next}`);
    return sample;
  };
});
