// The 100,000 retailers both tier-summary variants add up, from the SDK's generator.
import { generateCounty } from '@plankit/sdk/fixtures';
import { check } from '../../lib/page-harness.js';

export function countyWithRetailers(params: URLSearchParams): ReturnType<typeof generateCounty> {
  const retailers = Number(params.get('retailers'));
  check(
    Number.isInteger(retailers) && retailers > 0,
    `retailers=${String(params.get('retailers'))} is a positive whole number`,
  );
  return generateCounty({ seed: 'plankit-bench', grids: 500, retailers });
}
