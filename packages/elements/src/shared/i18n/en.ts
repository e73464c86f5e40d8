// English: every string of the Chinese catalogue, no more and no fewer (the `Messages` type enforces it),
// joined from the per-widget blocks (<widget>.en.ts).
import type { Messages } from './zh-CN.js';
import { addMessages } from '../localize.js';
import { sharedEn } from './shared.en.js';
import { gaugeEn } from './gauge.en.js';
import { panelEn } from './panel.en.js';
import { boardEn } from './board.en.js';
import { mapEn } from './map.en.js';
import { tiersEn } from './tiers.en.js';
import { providerEn } from './provider.en.js';
import { menuEn } from './menu.en.js';

export const en: Messages = {
  ...sharedEn,
  ...gaugeEn,
  ...panelEn,
  ...boardEn,
  ...mapEn,
  ...tiersEn,
  ...providerEn,
  ...menuEn,
};

// Importing this module adds every widget's English messages (tests, and pages that want them all up front).
addMessages('en', en);
