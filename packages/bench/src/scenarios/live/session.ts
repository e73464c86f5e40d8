// What the live-latency scenario runs beside its pages (in the bench process): the reference server from the
// shared starter (@plankit/harness/reference), the other subscribers (plain SDK `client.changes()` consumers),
// and the editor client whose writes the pages time.
import { setMaxListeners } from 'node:events';
import { createClient } from '@plankit/sdk';
import { plan2020 } from '@plankit/sdk/fixtures';
import { startReference } from '@plankit/harness/reference';
import type { ScenarioSession } from '../../lib/scenario.js';

const EDITOR_TOKEN = 'bench-editor-5hQ2vN8xK4mR7tW1zP9cL3dF';
const VIEWER_TOKEN = 'bench-viewer-J6gB0sY3eU8kA2nX5qT7wM4r';

/** The KPI the page's gauge shows and the month the editor records a new figure for. */
export const LIVE_KPI = 'network-cases';
const PERIOD = '2020-09';

/** The bench process's wall clock, comparable with a page's `performance.timeOrigin + performance.now()`. */
const wallNow = () => performance.timeOrigin + performance.now();

async function until(check: () => boolean, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Starts the reference server and `others` subscribers besides the page (so the page's provider makes
 * `others + 1`). The page calls `benchToken()` for its token (never in its URL), `benchClock()` to check that
 * its clock agrees with this process's, and `benchWrite()`: the editor records a new figure, and the promise
 * resolves with the time its HTTP response arrived here.
 */
export async function startLiveSession(others: number): Promise<ScenarioSession> {
  const reference = await startReference({
    tokens: [
      { token: EDITOR_TOKEN, role: 'editor' },
      { token: VIEWER_TOKEN, role: 'viewer' },
    ],
    seed: '2020',
    grids: 12,
    retailers: 200,
    memory: true,
    // Each subscriber is one stream of the viewer's token; the default bound (16) is for real users.
    changes: { streamsPerToken: others + 16 },
  });
  const controller = new AbortController();
  // Every subscriber listens on this one signal.
  setMaxListeners(others + 10, controller.signal);
  const planId = plan2020.plan.id;
  let open = 0;
  let received = 0;
  const reader = createClient({ baseUrl: reference.api, getToken: () => VIEWER_TOKEN });
  const subscribers = Array.from({ length: others }, async () => {
    let counted = false;
    for await (const event of reader.changes(planId, {
      signal: controller.signal,
      onStatus: (status) => {
        if (status === 'open' && !counted) {
          counted = true;
          open += 1;
        }
      },
    })) {
      if (event.type === 'change') received += 1;
    }
  });
  const editor = createClient({ baseUrl: reference.api, getToken: () => EDITOR_TOKEN, retry: 0 });
  let writes = 0;
  const close = async () => {
    controller.abort();
    await Promise.allSettled(subscribers);
    await reference.dispose();
  };
  try {
    await until(() => open === others, `${others} subscribers are connected`, 30_000);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    params: { plan: planId, kpi: LIVE_KPI, asOf: plan2020.asOf },
    upstream: reference.url,
    bindings: {
      benchToken: () => VIEWER_TOKEN,
      benchClock: () => wallNow(),
      benchWrite: async () => {
        writes += 1;
        // A figure never recorded before in this run, so the gauge always has something new to show.
        await editor.kpis.recordMeasurement(planId, LIVE_KPI, PERIOD, 1000 + writes * 37);
        return wallNow();
      },
    },
    async close() {
      // Every other subscriber gets every write (a change event each); anything less is a broken stream.
      const expected = writes * others;
      await until(() => received >= expected, 'the subscribers have every change', 5000).catch(() => undefined);
      await close();
      if (received < expected) {
        throw new Error(`the ${others} other subscribers received ${received} changes of ${expected}`);
      }
    },
  };
}
