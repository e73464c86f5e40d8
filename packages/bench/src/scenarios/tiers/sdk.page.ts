// Page: summarizeTiers from the SDK over 100,000 retailers (it checks each retailer's fields as it sums).
import { summarizeTiers } from '@plankit/sdk/domain';
import type { TierSummary } from '@plankit/sdk';
import { check, exposeBench, measureCompute } from '../../lib/page-harness.js';
import { countyWithRetailers } from './retailers.js';

exposeBench((params) => {
  const county = countyWithRetailers(params);
  return () => {
    let summary: TierSummary | null = null;
    const sample = measureCompute(() => {
      summary = summarizeTiers(county.retailers, county.scheme, county.year, { months: county.months });
    });
    check((summary as TierSummary | null)?.totals.count === county.retailers.length, 'every retailer counted');
    return Promise.resolve(sample);
  };
});
