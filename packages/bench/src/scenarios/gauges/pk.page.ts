// Page: pk-kpi-gauge elements in standalone mode (the `.kpi` property), one per cell.
import type { Kpi } from '@plankit/sdk';
import { check, exposeBench, measureToPaint, stage } from '../../lib/page-harness.js';
import { asOf, checkAllOnScreen, kpisForGauges, makeCell, useGaugeLayout } from './gauge-data.js';

/** The part of the element's public surface the page uses (the element module is imported by the harness). */
interface KpiGaugeElement extends HTMLElement {
  kpi: Kpi | null | undefined;
  updateComplete: Promise<unknown>;
}

exposeBench(async (params) => {
  const kpis = kpisForGauges(params);
  useGaugeLayout();
  await customElements.whenDefined('pk-kpi-gauge');
  const root = stage();
  return async () => {
    const gauges: KpiGaugeElement[] = [];
    const sample = await measureToPaint(() => {
      const fragment = document.createDocumentFragment();
      for (const kpi of kpis) {
        const gauge = document.createElement('pk-kpi-gauge') as KpiGaugeElement;
        gauge.setAttribute('as-of', asOf);
        gauge.kpi = kpi;
        gauges.push(gauge);
        const cell = makeCell();
        cell.append(gauge);
        fragment.append(cell);
      }
      root.append(fragment);
      return Promise.all(gauges.map((gauge) => gauge.updateComplete));
    });
    // A gauge that rendered its KPI is a meter (an error or loading state is not).
    const meters = gauges.filter(
      (gauge) => gauge.getAttribute('role') === 'meter' && gauge.shadowRoot?.querySelector('svg'),
    );
    check(
      meters.length === kpis.length,
      `${kpis.length} gauges render as role="meter" with an SVG (got ${meters.length})`,
    );
    checkAllOnScreen(root);
    return sample;
  };
});
