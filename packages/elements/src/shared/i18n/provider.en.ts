// English messages of <pk-provider> (the change stream's state, and what it announces): every key of provider.zh-CN.ts, no more and no fewer.
import type { Block } from './types.js';
import type { providerZhCN } from './provider.zh-CN.js';

export const providerEn: Block<typeof providerZhCN> = {
  liveConnecting: 'Connecting to live updates…',
  liveConnected: 'Live updates on',
  liveReconnecting: 'Live updates lost; reconnecting…',
  liveOffline: 'Offline: showing the last data loaded',
  liveUpdated: 'Updated with changes made by others',
  liveReloaded: 'Some changes were missed; everything was reloaded',
};
