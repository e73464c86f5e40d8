// zod/mini is the SDK's only validator: what its schemas accept, reject and hand back, and the structured
// issues parseOrThrow makes of zod's (the assertions kept from the removed fast path's tests).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as schemas from './index.js';
import { parseOrThrow, ValidationError } from '../errors/index.js';
import { evaluateKpi } from '../domain/index.js';
import { generateCounty, plan2020 } from '../fixtures/index.js';

const county = generateCounty({ seed: 'parsing-test', grids: 6, retailers: 60, itemsPerGrid: 4 });
/** Realistic values, as the fixtures, the generator and the domain functions make them. */
const realistic: Array<[string, z.core.$ZodType, unknown[]]> = [
  ['Plan', schemas.Plan, [plan2020.plan]],
  [
    'Kpi',
    schemas.Kpi,
    [...plan2020.kpis, ...plan2020.kpis.map((kpi) => ({ ...kpi, evaluation: evaluateKpi(kpi, plan2020.asOf) }))],
  ],
  ['Task', schemas.Task, plan2020.tasks],
  ['GridCollection', schemas.GridCollection, [county.grids]],
  ['GridItem', schemas.GridItem, county.items],
  ['page(Retailer)', schemas.page(schemas.Retailer), [{ items: county.retailers, nextCursor: null }]],
];

const accepts = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).success;

describe('zod/mini schemas', () => {
  test('realistic values parse as JSON delivers them and come back equal', () => {
    for (const [name, schema, values] of realistic)
      for (const value of values) {
        const json: unknown = JSON.parse(JSON.stringify(value));
        const result = z.safeParse(schema, json);
        assert.ok(result.success, `${name}: ${result.error?.issues[0]?.path.join('.')}`);
        assert.deepEqual(result.data, json, name);
      }
  });

  test('bounds are inclusive or exclusive exactly as declared', () => {
    const tolerance = schemas.BandRule.shape.tolerance; // > 0, ≤ 1
    assert.deepEqual(
      [0, Number.MIN_VALUE, 0.5, 1, 1 + Number.EPSILON].map((value) => accepts(tolerance, value)),
      [false, true, true, true, false],
    );
    assert.deepEqual(
      [-1, 0, 100, 101].map((value) => accepts(schemas.TaskPatch, { progress: value })),
      [false, true, true, false],
    );
  });

  test('strict input schemas reject unknown fields; response schemas strip them', () => {
    assert.equal(accepts(schemas.TaskPatch, { progress: 5, colour: 'red' }), false);
    const [retailer] = county.retailers;
    const parsed = z.safeParse(schemas.Retailer, { ...retailer, extra: 'stripped' });
    assert.ok(parsed.success);
    assert.equal('extra' in parsed.data, false);
  });

  test('a discriminated union rejects an unknown tag and a non-object', () => {
    for (const value of [{ kind: 'nope', target: 1 }, { target: 1 }, null, []])
      assert.equal(accepts(schemas.KpiRule, value), false, JSON.stringify(value));
  });

  test('no schema compiles code: Function is never called (a strict CSP would refuse it)', () => {
    const original = globalThis.Function;
    let calls = 0;
    (globalThis as { Function: unknown }).Function = function refused() {
      calls += 1;
      throw new EvalError('refused by CSP');
    };
    try {
      const fresh = schemas.page(schemas.Retailer);
      assert.ok(accepts(fresh, { items: county.retailers, nextCursor: null }));
      assert.equal(accepts(fresh, { items: [{ id: 1 }], nextCursor: null }), false);
    } finally {
      globalThis.Function = original;
    }
    assert.equal(calls, 0);
  });
});

describe('zod as a dependency', () => {
  test('no SDK module reads zod internals (z.core.util, _zod): they tie it to one zod patch and defeat tree-shaking', () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const modules = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('test'),
    );
    assert.ok(modules.length > 20, `found ${modules.length} modules`);
    const readers = modules.filter((file) => /\bz\.core\.util\b|\b_zod\b/.test(readFileSync(join(src, file), 'utf8')));
    assert.deepEqual(readers, []);
  });
});

describe('structured validation issues', () => {
  test('a wrong type gives code, expected and the kind received, never the value', () => {
    assert.throws(
      () => parseOrThrow(schemas.TaskPatch, { progress: 'much' }, 'PATCH body'),
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        const [issue] = error.issues;
        assert.equal(issue?.path, 'progress');
        assert.equal(issue?.code, 'invalid_type');
        assert.equal(issue?.expected, 'number');
        assert.equal(issue?.received, 'string');
        return true;
      },
    );
  });

  test('a bound gives its limit, what it bounds and whether it is included', () => {
    assert.throws(
      () => parseOrThrow(schemas.BandRule, { kind: 'band', target: 1, tolerance: 0 }, 'rule'),
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(error.issues[0]?.bound, { limit: 0, origin: 'number', inclusive: false });
        assert.equal(error.issues[0]?.code, 'too_small');
        return true;
      },
    );
  });

  test('unknown fields are listed by name', () => {
    assert.throws(
      () => parseOrThrow(schemas.TaskPatch, { colour: 'red' }, 'PATCH body'),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.issues[0]?.code === 'unrecognized_keys' &&
        error.issues[0].keys?.join() === 'colour',
    );
  });
});
