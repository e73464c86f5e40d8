// Page: one call of the SDK's synthetic-county generator at the size issue 3 names (no paint).
import { generateCounty } from '@plankit/sdk/fixtures';
import { check, exposeBench, measureCompute } from '../../lib/page-harness.js';

const count = (params: URLSearchParams, name: string): number => {
  const value = Number(params.get(name));
  check(Number.isInteger(value) && value > 0, `${name}=${String(params.get(name))} is a positive whole number`);
  return value;
};

exposeBench((params) => {
  const grids = count(params, 'grids');
  const retailers = count(params, 'retailers');
  return async () => {
    let county: ReturnType<typeof generateCounty> | undefined;
    const sample = measureCompute(() => {
      county = generateCounty({ seed: 'plankit-bench', grids, retailers });
    });
    check(county?.grids.features.length === grids, `${grids} grids generated (got ${county?.grids.features.length})`);
    check(county.retailers.length === retailers, `${retailers} retailers generated (got ${county.retailers.length})`);
    return sample;
  };
});
