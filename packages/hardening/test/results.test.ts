// The guards that keep docs/reliability.md true to one run: a suite process that ends before its report is
// saved fails, and the docs script refuses results that are missing, failed or left over from an earlier run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { SUITES, unpublishable, type SuiteName, type SuiteResult } from '../src/results.js';

const result = (suite: SuiteName, ranAt: string, passed = true): SuiteResult => ({
  suite,
  title: SUITES[suite],
  ranAt,
  durationMs: 1000,
  passed,
  headline: '',
  lines: [],
  problems: [],
  figures: {},
  environment: { node: process.version },
});
const everySuite = (ranAt: string): SuiteResult[] =>
  (Object.keys(SUITES) as SuiteName[]).map((suite) => result(suite, ranAt));

describe('suite reports', () => {
  test('a suite process that ends without saving its report fails and names the file', () => {
    // A report made and never saved, as when the end-of-suite hook never finishes.
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { SuiteReport } = await import(${JSON.stringify(new URL('../src/results.ts', import.meta.url).href)});
         new SuiteReport('bad-input');`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(child.status, 1);
    assert.match(child.stderr, /bad-input suite ended without saving results\/bad-input\.json/);
  });

  test('results of one passing run of every suite can be published', () => {
    assert.deepEqual(unpublishable(everySuite('2026-12-07T07:31:00.000Z'), new Date('2026-12-07T07:30:00Z')), []);
  });

  test('a result older than the run is named as not saved in it, a missing or failed one as such', () => {
    const results = everySuite('2026-12-07T07:31:00.000Z').map((each) =>
      each.suite === 'bad-input' ? result('bad-input', '2026-12-06T22:05:13.192Z') : each,
    );
    assert.deepEqual(unpublishable(results, new Date('2026-12-07T07:30:00Z')), [
      'bad-input did not save results/bad-input.json in this run (its last is from 2026-12-06T22:05:13.192Z)',
    ]);
    const partial = results
      .filter((each) => each.suite !== 'xss')
      .map((each) => ({ ...each, passed: each.suite !== 'csp' }));
    assert.deepEqual(unpublishable(partial), ['xss has not run', 'csp failed']);
  });
});
