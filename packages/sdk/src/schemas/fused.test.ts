// A fused schema (bounds checked once per array, see fused.ts) behaves exactly as its per-item declaration: the
// same values accepted, the same output, the same issues (code, bound, path, order, message, input) and the same
// JSON Schema.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { Position, Retailer } from './index.js';

/** What a parse hands back, with every field of every issue (the input too). */
const outcome = (schema: z.core.$ZodType, value: unknown) => {
  const result = z.safeParse(schema, value, { reportInput: true });
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

const jsonSchema = (schema: z.core.$ZodType, io: 'input' | 'output') => JSON.stringify(z.toJSONSchema(schema, { io }));

const fused: Array<{ name: string; schema: z.core.$ZodType; declared: z.core.$ZodType; values: unknown[] }> = [
  {
    name: 'Position',
    schema: Position,
    declared: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
    values: [
      [117.4, 31.9],
      [-180, -90],
      [180, 90],
      [180.5, 0],
      [-181, 91],
      [0, -90.01],
      ['117', 95],
      [200, '31'],
      [200, null],
      [Number.NaN, 100],
      [Number.POSITIVE_INFINITY, -100],
      [1],
      [],
      [181, 2, 3],
      [1, 2, 3],
      { 0: 1, 1: 2 },
      'nowhere',
      null,
      undefined,
    ],
  },
  {
    name: 'Retailer.ordersThisYear',
    schema: Retailer.shape.ordersThisYear,
    declared: z.array(z.number().check(z.gte(0))).check(z.maxLength(12)),
    values: [
      [],
      [0, 1, 2.5],
      [-1],
      [5, -0.01, 'x', -3, null, 7, -Number.MAX_VALUE],
      ['a', -1],
      [-1, 'a'],
      [Number.NaN, -1, Number.NEGATIVE_INFINITY],
      Array.from({ length: 12 }, (_, index) => -index),
      Array.from({ length: 13 }, (_, index) => -index),
      Array.from({ length: 13 }, () => 'x'),
      { length: 2 },
      'many',
      null,
    ],
  },
];

describe('fused schemas', () => {
  for (const { name, schema, declared, values } of fused) {
    test(`${name} accepts, returns and refuses exactly as its per-item declaration`, () => {
      for (const value of values)
        assert.deepEqual(outcome(schema, value), outcome(declared, value), `${name}: ${String(JSON.stringify(value))}`);
    });

    test(`${name} has its per-item declaration's JSON Schema`, () => {
      for (const io of ['input', 'output'] as const) assert.equal(jsonSchema(schema, io), jsonSchema(declared, io));
    });
  }

  test('Position inside a retailer reports its failing coordinate by path', () => {
    const result = z.safeParse(Retailer.shape.location, [181, -91]);
    assert.deepEqual(
      result.error?.issues.map((issue) => [issue.path.join('.'), issue.code]),
      [
        ['0', 'too_big'],
        ['1', 'too_small'],
      ],
    );
  });
});
