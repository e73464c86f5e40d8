// Runs the shared client cases (client.cases.ts) in Chromium with mocha and @open-wc/testing's expect.
import { expect } from '@open-wc/testing';
import { clientCases, type Checks } from './client.cases.js';

const checks: Checks = {
  equal: (actual, expected, message) => expect(actual, message).to.equal(expected),
  deepEqual: (actual, expected, message) => expect(actual, message).to.deep.equal(expected),
  ok: (value, message) => expect(value, message).to.be.ok,
  match: (actual, pattern, message) => expect(actual, message).to.match(pattern),
};

for (const [group, cases] of Object.entries(clientCases)) {
  describe(group, () => {
    for (const [name, run] of Object.entries(cases)) it(name, () => run(checks));
  });
}
