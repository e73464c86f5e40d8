// Runs the shared client cases (client.cases.ts) in Node with node:test and node:assert/strict, plus the one
// check only Node can make: that no timer outlives a call.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientCases, type Checks } from './client.cases.js';
import { createClient } from './index.js';

const checks: Checks = {
  equal: (actual, expected, message) => assert.equal(actual, expected, message),
  deepEqual: (actual, expected, message) => assert.deepEqual(actual, expected, message),
  ok: (value, message) => assert.ok(value, message),
  match: (actual, pattern, message) => assert.match(actual, pattern, message),
};

for (const [group, cases] of Object.entries(clientCases)) {
  describe(group, () => {
    for (const [name, run] of Object.entries(cases)) test(name, () => run(checks));
  });
}

describe('client timers in Node', () => {
  const pendingTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

  test('no timeout or backoff timer outlives a call', async () => {
    const answers: Array<[string, () => Promise<Response>]> = [
      ['success', async () => Response.json({ items: [] })],
      ['404', async () => Response.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 })],
      ['network failures', () => Promise.reject(new TypeError('Failed to fetch'))],
      ['malformed', async () => new Response('{')],
    ];
    for (const [name, answer] of answers) {
      const before = pendingTimers();
      // The default 10 s timeout per attempt: one left behind would still be pending when the call settles.
      const client = createClient({ baseUrl: 'http://plankit.test/api/v1', fetch: answer, retry: { backoffLimit: 1 } });
      await client.plans.list().catch(() => undefined);
      assert.equal(pendingTimers(), before, `${name}: a timer was left behind`);
    }
  });

  test('aborting clears the timeout at once', async () => {
    const before = pendingTimers();
    const controller = new AbortController();
    const client = createClient({
      baseUrl: 'http://plankit.test/api/v1',
      fetch: () => new Promise<Response>(() => undefined),
      timeout: 60_000,
    });
    const pending = client.plans.list({ signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(pendingTimers(), before + 1, 'the timeout is pending while the request is');
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(pendingTimers(), before);
  });
});
