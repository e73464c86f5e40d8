// Chinese (the default locale) messages of <pk-provider> (the change stream's state, and what it announces).
// en: provider.en.ts, with exactly the same keys (its type says so). Joined in zh-CN.ts.
import type { Entries } from './types.js';

export const providerZhCN = {
  liveConnecting: '正在连接实时更新…',
  liveConnected: '实时更新已连接',
  liveReconnecting: '实时更新已断开，正在重新连接…',
  liveOffline: '离线：显示的是最后加载的数据',
  liveUpdated: '已同步其他人的更改',
  liveReloaded: '有更改未能同步，已重新加载全部数据',
} satisfies Entries;
