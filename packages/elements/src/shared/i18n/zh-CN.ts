// Chinese (the default locale): every visible and screen-reader string of the elements, joined from the
// blocks, one file per widget (<widget>.zh-CN.ts), that the elements add (addMessages) as they load; no
// element imports this module. This union
// defines the keys and their parameters (`MessageKey`, `Messages`); en.ts must have exactly the same ones.
import type { Block } from './types.js';
import { addMessages } from '../localize.js';
import { sharedZhCN } from './shared.zh-CN.js';
import { gaugeZhCN } from './gauge.zh-CN.js';
import { panelZhCN } from './panel.zh-CN.js';
import { boardZhCN } from './board.zh-CN.js';
import { mapZhCN } from './map.zh-CN.js';
import { tiersZhCN } from './tiers.zh-CN.js';
import { providerZhCN } from './provider.zh-CN.js';
import { menuZhCN } from './menu.zh-CN.js';

export const zhCN = {
  ...sharedZhCN,
  ...gaugeZhCN,
  ...panelZhCN,
  ...boardZhCN,
  ...mapZhCN,
  ...tiersZhCN,
  ...providerZhCN,
  ...menuZhCN,
};

/**
 * The shape every catalogue must have: the keys of the Chinese one, strings where it has
 * strings and functions of the same parameters where it has functions.
 */
export type Messages = Block<typeof zhCN>;

export type MessageKey = keyof Messages;

// Importing this module adds every widget's Chinese messages (tests, and pages that want them all up front).
addMessages('zh-CN', zhCN);
