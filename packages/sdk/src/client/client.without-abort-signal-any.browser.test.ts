// The shared client cases in Chromium with `AbortSignal.any` deleted, as Chromium < 116, Safari < 17.4 and
// Firefox < 124 have it. ky feature-detects it when its module is evaluated, so it is deleted first and the
// client imported after (modules are evaluated in import order). What degrades is asserted at the end (and
// described in docs/sdk.md).
import { originalAbortSignalAny as any } from '../test/delete-abort-signal-any.js';
import { expect } from '@open-wc/testing';
import { clientCases, type Checks } from './client.cases.js';
import { AbortError, createClient, TimeoutError } from './index.js';

const checks: Checks = {
  equal: (actual, expected, message) => expect(actual, message).to.equal(expected),
  deepEqual: (actual, expected, message) => expect(actual, message).to.deep.equal(expected),
  ok: (value, message) => expect(value, message).to.be.ok,
  match: (actual, pattern, message) => expect(actual, message).to.match(pattern),
};

describe('without AbortSignal.any', () => {
  it('is really missing while these tests run', () => {
    expect(typeof any).to.equal('function');
    expect((AbortSignal as { any?: unknown }).any).to.equal(undefined);
  });

  for (const [group, cases] of Object.entries(clientCases)) {
    describe(group, () => {
      for (const [name, run] of Object.entries(cases)) it(name, () => run(checks));
    });
  }

  describe('what degrades', () => {
    it('a timeout still raises TimeoutError, but the fetch it gave up on is not aborted', async () => {
      let signal: AbortSignal | undefined;
      const client = createClient({
        baseUrl: 'http://plankit.test/api/v1',
        timeout: 30,
        fetch: (input) => {
          signal = (input as Request).signal;
          return new Promise<Response>(() => undefined);
        },
      });
      const error = await client.plans.list().catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(TimeoutError);
      expect(signal?.aborted, 'the request signal after the timeout').to.equal(false);
    });

    it('aborting still raises AbortError at once and aborts the fetch through the caller’s own signal', async () => {
      let signal: AbortSignal | undefined;
      const controller = new AbortController();
      const client = createClient({
        baseUrl: 'http://plankit.test/api/v1',
        fetch: (input) => {
          signal = (input as Request).signal;
          return new Promise<Response>(() => undefined);
        },
      });
      const pending = client.plans.list({ signal: controller.signal }).catch((caught: unknown) => caught);
      await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
      expect(await pending).to.be.instanceOf(AbortError);
      expect(signal?.aborted).to.equal(true);
    });
  });
});
