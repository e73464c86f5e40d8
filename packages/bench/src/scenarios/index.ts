// Every timing scenario, in the order they run and are reported.
import type { Scenario } from '../lib/scenario.js';
import { boardScenarios } from './board/scenario.js';
import { gaugeScenarios } from './gauges/scenario.js';
import { generatorScenarios } from './generator/scenario.js';
import { gridScenarios } from './grids/scenario.js';
import { liveScenarios } from './live/scenario.js';
import { pointScenarios } from './points/scenario.js';
import { tierScenarios } from './tiers/scenario.js';
import { validationScenarios } from './validation/scenario.js';

export const scenarios: readonly Scenario[] = [
  ...gaugeScenarios,
  ...gridScenarios,
  ...pointScenarios,
  ...boardScenarios,
  ...tierScenarios,
  ...validationScenarios,
  ...generatorScenarios,
  ...liveScenarios,
];
