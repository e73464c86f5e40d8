// Scenario: the tier summary of 100,000 retailers, the SDK's summarizeTiers against a hand-written loop.
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../lib/scenario.js';

const page = (name: string) => fileURLToPath(new URL(`./${name}.page.ts`, import.meta.url));
const params = { retailers: '100000' };

export const tierScenarios: Scenario[] = [
  {
    id: 'tiers-100000',
    title: 'Tier summary of 100,000 retailers',
    method:
      'generateCounty({ seed: "plankit-bench", grids: 500, retailers: 100000 }); time of one call in a fresh page (no paint). summarizeTiers also checks every retailer field it reads; the hand-written loop trusts its input.',
    reference: 'loop',
    subject: 'sdk',
    variants: [
      { id: 'sdk', label: 'summarizeTiers (SDK)', role: 'plankit', page: page('sdk'), params },
      { id: 'loop', label: 'hand-written loop', role: 'baseline', page: page('loop'), params },
    ],
    budgets: () => [],
  },
];
