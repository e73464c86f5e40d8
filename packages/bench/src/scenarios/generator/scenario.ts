// Scenario: the synthetic-county generator at 5,000 grids and 100,000 retailers (issue 3: under a second).
import { figureBudget, msSpread, type Scenario, pagesBeside } from '../../lib/scenario.js';
import { formatMs } from '../../lib/text-table.js';

const page = pagesBeside(import.meta.url);

export const generatorScenarios: Scenario[] = [
  {
    id: 'generator',
    title: 'Synthetic county: 5,000 grids and 100,000 retailers',
    method:
      'generateCounty({ seed: "plankit-bench", grids: 5000, retailers: 100000 }) from the SDK: grid polygons, retailers with tiers and orders, grid items with stage times; time of one call in a fresh page (no paint). No peer does this job, so there is no ratio.',
    reference: 'sdk',
    subject: 'sdk',
    variants: [
      {
        id: 'sdk',
        label: 'generateCounty',
        role: 'plankit',
        page: page('sdk'),
        params: { grids: '5000', retailers: '100000' },
      },
    ],
    budgets: (outcome) => [
      figureBudget(
        outcome,
        'generateCounty, 5,000 grids + 100,000 retailers < 1 s',
        'sdk',
        (variant) => msSpread(variant).median,
        (value) => value < 1000,
        (value) => `${formatMs(value)} ms (median)`,
      ),
    ],
  },
];
