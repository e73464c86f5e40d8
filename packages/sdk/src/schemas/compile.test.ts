// The compiled fast path against zod itself: same verdict and same output for realistic, generated and mutated values.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as schemas from './index.js';
import { INVALID, safeParse, validatorOf } from './compile.js';
import { parseOrThrow, toValidationIssues, ValidationError } from '../errors/index.js';
import { evaluateKpi, summarizeTiers } from '../domain/index.js';
import { generateCounty, plan2020 } from '../fixtures/index.js';

type Schema = z.core.$ZodType;
type Json = Record<string, unknown>;

interface LooseDef {
  type: string;
  checks?: Array<{ _zod: { def: LooseCheck } }>;
  shape: Record<string, Schema>;
  element: Schema;
  items: Schema[];
  innerType: Schema;
  options: Schema[];
  keyType: Schema;
  valueType: Schema;
  values: unknown[];
}

interface LooseCheck {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

/** Every schema the package exports, by name, plus the page of retailers the client validates. */
const exported: Array<[string, Schema]> = [
  ...Object.entries(schemas as Record<string, unknown>).filter(
    (entry): entry is [string, Schema] => typeof entry[1] === 'object' && entry[1] !== null && '_zod' in entry[1],
  ),
  ['page(Retailer)', schemas.page(schemas.Retailer)],
];

const defOf = (schema: Schema) => schema._zod.def as unknown as LooseDef;
const checksOf = (schema: Schema): LooseCheck[] => [
  ...(schema._zod.traits.has('$ZodCheck') ? [schema._zod.def as unknown as LooseCheck] : []),
  ...(defOf(schema).checks ?? []).map((check) => check._zod.def),
];

/**
 * The fast path's verdict and output must be zod's: the same judgement (zod's own, with reportInput as the SDK
 * parses), the same output when valid, and a fresh object rather than the input.
 */
function agree(schema: Schema, value: unknown): boolean {
  const validate = validatorOf(schema);
  assert.ok(validate, 'the schema is compiled');
  const fast = validate(value);
  const zod = z.safeParse(schema, value, { reportInput: true });
  assert.equal(
    fast !== INVALID,
    zod.success,
    `fast path says ${fast === INVALID ? 'invalid' : 'valid'}, zod disagrees`,
  );
  if (zod.success) {
    assert.deepStrictEqual(fast, zod.data);
    if (typeof value === 'object' && value !== null && defOf(schema).type !== 'unknown') assert.notEqual(fast, value);
  }
  return zod.success;
}

/** Values built from a schema's definition: mostly valid, and near the edges (bounds, code points, optional keys). */
function arbitraryOf(schema: Schema): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = checksOf(schema);
  const bound = (name: 'minimum' | 'maximum', fallback: number) =>
    checks.reduce((found, check) => check[name] ?? found, fallback);
  const minLength = bound('minimum', 0);
  const maxLength = Math.min(bound('maximum', minLength + 4), minLength + 6);
  switch (def.type) {
    case 'string': {
      const pattern = checks.find((check) => check.pattern)?.pattern;
      if (pattern) return fc.stringMatching(pattern);
      // Surrogate halves too: two of them may pair into one code point, which zod counts as one character.
      const unit = fc.constantFrom('a', 'Z', ' ', 'é', '中', '😀', '\uD83D', '\uDE00');
      return fc.string({ unit, minLength, maxLength });
    }
    case 'number': {
      const lower = checks.find((check) => check.check === 'greater_than');
      const upper = checks.find((check) => check.check === 'less_than');
      if (checks.some((check) => check.check === 'number_format'))
        return fc.integer({ min: Math.max(lower?.value ?? -1e6, -1e6), max: Math.min(upper?.value ?? 1e6, 1e6) });
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        ...(lower ? { min: lower.value, minExcluded: !lower.inclusive } : {}),
        ...(upper ? { max: upper.value, maxExcluded: !upper.inclusive } : {}),
      });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(schema._zod.values ?? []));
    case 'literal':
      return fc.constantFrom(...def.values);
    case 'unknown':
      return fc.jsonValue();
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType), { nil: null, freq: 3 });
    case 'optional':
      return fc.option(arbitraryOf(def.innerType), { nil: undefined, freq: 4 });
    case 'array':
      return fc.array(arbitraryOf(def.element), { minLength, maxLength });
    case 'tuple':
      return fc.tuple(...def.items.map(arbitraryOf));
    case 'object': {
      const keys = Object.keys(def.shape);
      const fields = Object.fromEntries(keys.map((key) => [key, arbitraryOf(def.shape[key]!)]));
      const requiredKeys = keys.filter((key) => def.shape[key]!._zod.optin === undefined);
      return fc.record(fields, { requiredKeys });
    }
    case 'union':
      return fc.oneof(...def.options.map(arbitraryOf));
    case 'record':
      return fc.dictionary(arbitraryOf(def.keyType) as fc.Arbitrary<string>, arbitraryOf(def.valueType), {
        maxKeys: 4,
      });
  }
  throw new Error(`no arbitrary for ${def.type}`);
}

/** Replacements of another type or just out of range; each is wrong somewhere in every schema. */
const oddities: unknown[] = [
  null,
  undefined,
  0,
  -0,
  -1,
  0.5,
  1.5,
  101,
  2 ** 53,
  -(2 ** 53),
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  'x',
  'Polygon',
  'atLeast',
  '2020-02-30',
  '2020-13',
  'UPPER',
  'a'.repeat(65),
  true,
  [],
  {},
  [1, 2],
  { type: 'Polygon' },
];

const mutationKinds = ['replace', 'delete', 'extra key', 'grow', 'shrink', 'nudge'] as const;
interface Mutation {
  kind: (typeof mutationKinds)[number];
  /** Which node of the value (pre-order), modulo their count. */
  at: number;
  /** Which key, element or replacement, modulo the choices. */
  pick: number;
}

/** Every node of a JSON-like value with its parent, pre-order. */
function nodesOf(value: unknown, parent?: { holder: Json | unknown[]; key: string | number }) {
  const nodes: Array<{ value: unknown; parent: typeof parent }> = [{ value, parent }];
  if (Array.isArray(value)) value.forEach((item, key) => nodes.push(...nodesOf(item, { holder: value, key })));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) nodes.push(...nodesOf(item, { holder: value as Json, key }));
  return nodes;
}

/** A copy of `value` with one thing wrong, or possibly still right (zod decides). */
function mutate(original: unknown, { kind, at, pick }: Mutation): unknown {
  const root = { value: structuredClone(original) };
  const nodes = nodesOf(root.value, { holder: root as unknown as Json, key: 'value' });
  const { value, parent } = nodes[at % nodes.length]!;
  const replace = (next: unknown) => {
    if (parent) (parent.holder as Json)[parent.key] = next;
  };
  const oddity = oddities[pick % oddities.length];
  switch (kind) {
    case 'replace':
      replace(oddity);
      break;
    case 'delete':
      if (Array.isArray(parent?.holder)) parent.holder.splice(Number(parent.key), 1);
      else if (parent && parent.holder !== (root as unknown)) delete (parent.holder as Json)[parent.key];
      else replace(undefined);
      break;
    case 'extra key':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const key = ['extra', '__proto__', 'constructor', 'type'][pick % 4]!;
        // An own `__proto__`, as JSON.parse makes it.
        Object.defineProperty(value, key, { value: oddity, enumerable: true, configurable: true, writable: true });
      } else replace(oddity);
      break;
    case 'grow':
      if (Array.isArray(value)) value.push(...Array.from({ length: 1 + (pick % 13) }, () => value[0] ?? oddity));
      else if (typeof value === 'string') replace(value + '😀x'.repeat(1 + (pick % 40)));
      else replace(oddity);
      break;
    case 'shrink':
      if (Array.isArray(value)) value.length = pick % Math.max(1, value.length);
      else if (typeof value === 'string') replace(value.slice(0, pick % Math.max(1, value.length)));
      else replace(oddity);
      break;
    case 'nudge':
      if (typeof value === 'number') replace(value + [1, -1, 1e-9, -1e-9, 0.5, 1e6, -1e6][pick % 7]!);
      else if (typeof value === 'string') replace(pick % 2 ? value.toUpperCase() : `${value}-`);
      else replace(oddity);
      break;
  }
  return root.value;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...mutationKinds),
  at: fc.nat(),
  pick: fc.nat(),
});

const county = generateCounty({ seed: 'compile-test', grids: 6, retailers: 60, itemsPerGrid: 4 });
/** Realistic values of the schemas, as the fixtures, the generator and the domain functions make them. */
const realistic: Array<[Schema, unknown[]]> = [
  [schemas.Plan, [plan2020.plan]],
  [schemas.PlanSummary, [plan2020.plan]],
  [
    schemas.Kpi,
    [...plan2020.kpis, ...plan2020.kpis.map((kpi) => ({ ...kpi, evaluation: evaluateKpi(kpi, plan2020.asOf) }))],
  ],
  [schemas.KpiRule, plan2020.kpis.map((kpi) => kpi.rule)],
  [schemas.KpiEvaluation, plan2020.kpis.map((kpi) => evaluateKpi(kpi, plan2020.asOf))],
  [schemas.Task, plan2020.tasks],
  [schemas.TierScheme, [plan2020.tierScheme, county.scheme]],
  [schemas.TierSummary, [summarizeTiers(county.retailers, county.scheme, county.year)]],
  [schemas.GridStageLimits, [plan2020.stageLimits]],
  [schemas.GridCollection, [county.grids]],
  [schemas.Grid, county.grids.features],
  [schemas.GridGeometry, county.grids.features.map((grid) => grid.geometry)],
  [schemas.GridItem, county.items],
  [schemas.Retailer, county.retailers],
  [schemas.page(schemas.Retailer), [{ items: county.retailers, nextCursor: null }]],
];

describe('compiled validation', () => {
  test('every exported schema is compiled, so no SDK validation is left on the slow path', () => {
    for (const [name, schema] of exported) assert.ok(validatorOf(schema), name);
  });

  test('realistic values: same verdict and output as zod', () => {
    for (const [schema, values] of realistic)
      for (const value of values) assert.ok(agree(schema, JSON.parse(JSON.stringify(value))));
  });

  test('realistic values with one thing wrong: invalid exactly when zod says so', () => {
    for (const [schema, values] of realistic) {
      fc.assert(
        fc.property(fc.constantFrom(...values), mutationArbitrary, (value, mutation) => {
          agree(schema, mutate(value, mutation));
        }),
        { numRuns: 250 },
      );
    }
  });

  for (const [name, schema] of exported) {
    test(`${name}: generated values and their mutations agree with zod`, () => {
      const values = arbitraryOf(schema);
      fc.assert(
        fc.property(values, (value) => {
          agree(schema, value);
        }),
        { numRuns: 120 },
      );
      fc.assert(
        fc.property(values, mutationArbitrary, (value, mutation) => {
          agree(schema, mutate(value, mutation));
        }),
        { numRuns: 120 },
      );
    });
  }

  test('string lengths count code points, as zod does', () => {
    const name = schemas.Retailer.shape.name; // 1 to 200 characters
    for (const value of ['\uD83D', '😀', '😀'.repeat(200), '😀'.repeat(201), `${'😀'.repeat(199)}ab`, 'a'.repeat(201)])
      agree(name, value);
    const long = schemas.LongText.shape.zh; // at most 20,000
    for (const value of ['😀'.repeat(20_000), `${'😀'.repeat(20_000)}x`, '\uDE00\uD83D'.repeat(10_000)])
      agree(long, value);
    // No exported schema has a minimum above 1, where code points and units part ways.
    const threeOrMore = z.string().check(z.minLength(3), z.maxLength(4));
    for (const value of ['abc', '😀😀', '😀😀a', '😀😀😀😀', '😀😀😀😀😀', '\uD83D\uD83Dx', 'abcde'])
      agree(threeOrMore, value);
  });

  test('bounds are inclusive or exclusive exactly as declared', () => {
    const tolerance = schemas.BandRule.shape.tolerance; // > 0, ≤ 1
    for (const value of [0, -0, Number.MIN_VALUE, 1, 1 + Number.EPSILON, 0.5]) agree(tolerance, value);
    const tier = schemas.Retailer.shape.tier; // whole number 1…100
    for (const value of [0, 1, 100, 101, 1.5, 2 ** 53, 99.999999]) agree(tier, value);
    const count = schemas.TierFigures.shape.count;
    for (const value of [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -1]) agree(count, value);
  });

  test('objects: inherited keys, own __proto__, symbols, undefined values and unknown keys as zod treats them', () => {
    const [retailer] = county.retailers;
    const { id, ...rest } = structuredClone(retailer!);
    agree(schemas.Retailer, Object.assign(Object.create({ id }) as object, rest));
    agree(schemas.Retailer, { ...rest, id, [Symbol('extra')]: 1, extra: 'stripped' });
    agree(schemas.Retailer, JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify({ ...rest, id }).slice(1)}`));
    agree(schemas.TaskPatch, JSON.parse('{"__proto__": 1}'));
    agree(schemas.TaskPatch, { progress: undefined });
    agree(schemas.TaskPatch, Object.create({ colour: 'red' }) as object);
    // An inherited key is present to zod, even when its value is undefined.
    agree(schemas.TaskPatch, Object.create({ due: undefined }) as object);
    agree(schemas.GridPerson, Object.assign(Object.create({ phone: undefined }) as object, { name: 'Li' }));
    // zod neither reads nor writes a `__proto__` key of a shape.
    const withProtoKey = z.object({ ['__proto__']: z.string(), count: z.number() });
    for (const value of [{ count: 1 }, JSON.parse('{"__proto__": 5, "count": 1}')]) agree(withProtoKey, value);
    agree(schemas.TaskPatch, { progress: 5, colour: 'red' });
    agree(schemas.GridPerson, { name: 'Li', phone: undefined });
    agree(schemas.Problem, { type: 'about:blank', title: 'x', status: 412, current: undefined });
    const current = { any: ['thing'] };
    const problem = { type: 'about:blank', title: 'x', status: 412, current };
    agree(schemas.Problem, problem);
    // z.unknown() hands back the value itself, not a copy.
    assert.equal((validatorOf(schemas.Problem)!(problem) as typeof problem).current, current);
  });

  test('records: plain objects only, string keys only, enumerable keys only', () => {
    const params = z.record(z.string(), z.number());
    class Params {
      threshold = 5;
    }
    const hidden = Object.defineProperty({ a: 1 }, 'b', { value: 'not a number', enumerable: false });
    for (const value of [
      {},
      { a: 1 },
      { a: '1' },
      new Params(),
      Object.create(null) as object,
      hidden,
      { [Symbol('s')]: 1 },
      [],
    ])
      agree(params, value);
  });

  test('catchall objects: declared keys by their schema, every other key by the catchall, as zod does', () => {
    const params = defOf(schemas.Kpi.shape.params).innerType;
    assert.ok(validatorOf(params));
    for (const value of [
      {},
      { thresholdWan: 5 },
      { thresholdWan: 5, minCases: 3 },
      { minCases: 3 },
      { minCases: '3' },
      { thresholdWan: '5' },
      { minCases: undefined },
      Object.create({ inherited: 1 }) as object,
      Object.create({ inherited: 'x' }) as object,
      JSON.parse('{"__proto__": 1, "minCases": 2}'),
      JSON.parse('{"__proto__": "x"}'),
      { [Symbol('s')]: 'x' },
      [],
      null,
    ])
      agree(params, value);
    const kept = validatorOf(params)!({ thresholdWan: 5, minCases: 3 });
    assert.deepEqual(kept, { thresholdWan: 5, minCases: 3 });
    // An optional catchall is left to zod.
    assert.equal(validatorOf(z.catchall(z.object({}), z.optional(z.number()))), null);
  });

  test('arrays: holes, lengths and non-arrays', () => {
    const amounts = schemas.Retailer.shape.ordersThisYear; // up to 12 amounts ≥ 0
    const withHole: unknown[] = [1];
    withHole[2] = 2;
    for (const value of [
      [],
      [0],
      Array.from({ length: 12 }, () => 1),
      Array.from({ length: 13 }, () => 1),
      withHole,
      { length: 0 },
    ])
      agree(amounts, value);
    for (const value of [[0, 0], [0], [0, 0, 0], [-180, 90], [180.1, 0], [0, Number.NaN]])
      agree(schemas.Position, value);
  });

  test('discriminated unions pick the option by its tag, and reject unknown tags and non-objects', () => {
    for (const value of [
      { kind: 'atLeast', target: 5 },
      { kind: 'band', target: 5, tolerance: 0 },
      { kind: 'rankOutsideTop', n: 5, target: 1 },
      { kind: 'atMost' },
      { kind: 'unknown', target: 1 },
      { target: 1 },
      null,
      [],
    ])
      agree(schemas.KpiRule, value);
    // Two options that may both omit the tag: zod matches neither when it is absent.
    const omittable = z.discriminatedUnion('kind', [
      z.object({ kind: z.optional(z.literal('a')), a: z.number() }),
      z.object({ kind: z.optional(z.literal('b')), b: z.number() }),
    ]);
    for (const value of [{ a: 1 }, { b: 1 }, { kind: 'a', a: 1 }, { kind: 'b', b: 1 }, { kind: 'b', a: 1 }])
      agree(omittable, value);
    // A tag claimed twice: zod throws when it parses, and so does the SDK (the fast path hands it to zod).
    const clash = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a') }),
      z.object({ kind: z.literal('a'), b: z.number() }),
    ]);
    assert.throws(() => z.safeParse(clash, { kind: 'a' }), /Duplicate discriminator value/);
    assert.throws(() => safeParse(clash, { kind: 'a' }), /Duplicate discriminator value/);
    agree(schemas.GridGeometry, { type: 'MultiPolygon', coordinates: [] });
    agree(schemas.GridGeometry, {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
  });

  test('a schema the fast path cannot model is left to zod whole', () => {
    const unsupported: Array<[Schema, unknown]> = [
      [
        z.pipe(
          z.string(),
          z.transform((value) => value.length),
        ),
        'four',
      ],
      [z._default(z.string(), 'fallback'), undefined],
      [z.object({ name: z._default(z.string(), 'fallback') }), {}],
      [z.string().check(z.refine((value) => value.startsWith('a'))), 'abc'],
      [z.string().check(z.trim()), '  padded  '],
      [z.xor([z.string(), z.string().check(z.minLength(1))]), 'a'],
      [z.iso.time(), '10:00:00'],
      [z.url(), 'https://example.com'],
    ];
    for (const [schema, value] of unsupported.slice(0, 6)) {
      assert.equal(validatorOf(schema), null);
      assert.deepStrictEqual(safeParse(schema, value), z.safeParse(schema, value, { reportInput: true }));
    }
    // Pattern-only formats are compiled; formats with code of their own (URL) are not.
    assert.ok(validatorOf(unsupported[6]![0]));
    assert.equal(validatorOf(unsupported[7]![0]), null);
  });

  test('a plain union takes the first option that accepts the value', () => {
    const union = z.union([z.object({ a: z.number() }), z.object({ a: z.number(), b: z.string() })]);
    for (const value of [{ a: 1, b: 'x' }, { a: 1 }, { b: 'x' }, 'a']) agree(union, value);
  });

  test('parseOrThrow reports the same issues as zod for a value the fast path rejects', () => {
    fc.assert(
      fc.property(fc.constantFrom(...county.retailers), mutationArbitrary, (retailer, mutation) => {
        const value = mutate(retailer, mutation);
        const zod = z.safeParse(schemas.Retailer, value, { reportInput: true });
        if (zod.success) return;
        assert.throws(
          () => parseOrThrow(schemas.Retailer, value, 'GET /retailers'),
          (error: unknown) =>
            error instanceof ValidationError &&
            assert.deepStrictEqual(error.issues, toValidationIssues(zod.error.issues)) === undefined,
        );
      }),
      { numRuns: 200 },
    );
  });
});
