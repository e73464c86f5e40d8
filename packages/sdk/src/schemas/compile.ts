// A fast path for validation: each zod/mini schema's definition turned, once, into plain closures (no eval, so
// it runs under a strict CSP), with zod itself still the judge of anything the fast path rejects or cannot model.
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
/** Returns the value parsed as zod would build it, or INVALID. */
type Validator = (value: unknown) => unknown;

type Test = (value: never) => boolean;

/** The parts of a check's `_zod.def` the fast path reads. */
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

/** The parts of `schema._zod.def` the fast path reads; which are present depends on `type`. */
interface Def {
  type: string;
  checks?: Check[];
  coerce?: boolean;
  shape: Record<string, Schema>;
  catchall?: Schema;
  element: Schema;
  items: Schema[];
  rest: Schema | null;
  innerType: Schema;
  options: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  inclusive?: boolean;
  keyType: Schema;
  valueType: Schema;
  mode?: string;
}

/** What a validator returns for a value zod would reject. Exported, with validatorOf, for the tests. */
export const INVALID = Symbol('invalid');
const validators = new WeakMap<Schema, Validator | null>();
const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** A check as a predicate on a value already of the right type; undefined for one zod must run itself. */
function testOf(zodCheck: Check): Test | undefined {
  const check = zodCheck._zod.def as CheckDef;
  const { value = 0, minimum = 0, maximum = 0, pattern } = check;
  const length = z.core.util.codePointLength;
  switch (check.check) {
    case 'greater_than':
      return check.inclusive ? (input: number) => input >= value : (input: number) => input > value;
    case 'less_than':
      return check.inclusive ? (input: number) => input <= value : (input: number) => input < value;
    // zod counts a string's code points, not its UTF-16 units: counted only when the units leave it in doubt.
    case 'min_length':
      return (input: string) =>
        input.length >= 2 * minimum ||
        (input.length >= minimum && (typeof input !== 'string' || length(input) >= minimum));
    case 'max_length':
      return (input: string) => input.length <= maximum || (typeof input === 'string' && length(input) <= maximum);
    case 'number_format':
      if (check.format === 'safeint') return Number.isSafeInteger;
      break;
    case 'string_format':
      // Formats whose whole check is their pattern (zod's URL, IPv6, JWT… run code of their own).
      if (/^(regex|date|datetime|time)$/.test(check.format!) && pattern)
        return (input: string) => ((pattern.lastIndex = 0), pattern.test(input));
  }
  return undefined;
}

/**
 * The validator for `schema`, built on first use; null when the schema uses anything the fast path does not
 * model (defaults, transforms, refinements, recursion…), so zod alone parses it.
 */
export function validatorOf(schema: Schema): Validator | null {
  let validator = validators.get(schema);
  if (validator === undefined) {
    // Marked first: a schema that contains itself meets this null and is left to zod.
    validators.set(schema, null);
    try {
      validator = build(schema);
    } catch {
      validator = null;
    }
    validators.set(schema, validator);
  }
  return validator;
}

const ok = () => true;

function build(schema: Schema): Validator | null {
  const def = defOf(schema);
  const { values } = schema._zod;
  // A string or number format is its own first check.
  const checks = [...(schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : []), ...(def.checks ?? [])];
  let test: (value: unknown) => boolean = ok;
  if (def.coerce) return null;
  for (const check of checks) {
    const next = testOf(check) as typeof test | undefined;
    const previous = test;
    if (!next) return null;
    test = previous === ok ? next : (value) => previous(value) && next(value);
  }
  switch (def.type) {
    // zod runs checks after the type; those the fast path knows read a string, a number or an array's length.
    case 'string':
    case 'boolean':
      return (value) => (typeof value === def.type && test(value) ? value : INVALID);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) && test(value) ? value : INVALID);
    case 'array':
    case 'tuple': {
      // A tuple of fixed length only: optional items and rest elements are left to zod.
      const tuple = def.type === 'tuple';
      const items = tuple
        ? def.items.map((item) => (item._zod.optin ? null : validatorOf(item)))
        : [validatorOf(def.element)];
      return def.rest || items.includes(null)
        ? null
        : (value) => {
            if (!Array.isArray(value) || !test(value) || (tuple && value.length !== items.length)) return INVALID;
            const output = new Array<unknown>(value.length);
            for (let i = 0; i < value.length; i++)
              if ((output[i] = items[tuple ? i : 0]!(value[i])) === INVALID) return INVALID;
            return output;
          };
    }
  }
  // Checks on any other type (a refinement of an object, say) are zod's.
  if (test !== ok) return null;
  switch (def.type) {
    case 'unknown':
      return (value) => value;
    case 'enum':
    case 'literal':
      return values ? (value) => (values.has(value as never) ? value : INVALID) : null;
    case 'nullable':
    case 'optional': {
      const inner = validatorOf(def.innerType);
      const empty = def.type === 'nullable' ? null : undefined;
      return inner && ((value) => (value === empty ? value : inner(value)));
    }
    case 'object':
      return objectParser(def);
    case 'union':
      return unionParser(def);
    case 'record':
      return recordParser(def);
  }
  return null;
}

function objectParser({ shape, catchall }: Def): Validator | null {
  // Unknown keys are stripped (z.object), rejected (z.strictObject: catchall never) or checked by a required
  // catchall (z.catchall), which skips a `__proto__` key as zod does. An optional catchall is zod's.
  let rest: Validator | 'reject' | null = null;
  if (catchall !== undefined) {
    rest = defOf(catchall).type === 'never' ? 'reject' : catchall._zod.optin ? null : validatorOf(catchall);
    if (rest === null) return null;
  }
  if (Object.getOwnPropertySymbols(shape).length) return null;
  const known = new Set(Object.keys(shape));
  const keys: string[] = [];
  const parsers: Validator[] = [];
  const omittable: boolean[] = [];
  for (const key of known) {
    // zod neither reads nor writes a `__proto__` key.
    if (key === '__proto__') continue;
    const field = shape[key]!;
    const { optin, optout } = field._zod;
    const parse = validatorOf(field);
    // An optional field may be absent; one that fills in a default is zod's.
    if (!parse || (optin && (optin !== 'optional' || optout !== 'optional'))) return null;
    keys.push(key);
    parsers.push(parse);
    omittable.push(!!optin);
  }
  return (value) => {
    if (!z.core.util.isObject(value)) return INVALID;
    const input = value as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = input[key];
      if (field === undefined && !(key in input)) {
        if (omittable[i]) continue;
        return INVALID;
      }
      if ((output[key] = parsers[i]!(field)) === INVALID) return INVALID;
    }
    if (rest !== null)
      for (const key in input) {
        if (known.has(key)) continue;
        if (rest === 'reject') return INVALID;
        if (key !== '__proto__' && (output[key] = rest(input[key])) === INVALID) return INVALID;
      }
    return output;
  };
}

function unionParser({ options: schemas, discriminator, unionFallback, inclusive }: Def): Validator | null {
  const options = schemas.map(validatorOf);
  if (options.includes(null)) return null;
  if (discriminator === undefined)
    // The first option that accepts the value wins; an exclusive union (z.xor) is zod's.
    return inclusive === false
      ? null
      : (value) => {
          for (const option of options) {
            const output = option!(value);
            if (output !== INVALID) return output;
          }
          return INVALID;
        };
  if (unionFallback) return null;
  // The option for each discriminator value; null where two options claim one, so zod reports (or throws).
  const byTag = new Map<unknown, Validator | null>();
  schemas.forEach((schema, i) => {
    for (const tag of schema._zod.propValues![discriminator]!) byTag.set(tag, byTag.has(tag) ? null : options[i]!);
  });
  return (value) => {
    if (!z.core.util.isObject(value)) return INVALID;
    const option = byTag.get((value as Record<string, unknown>)[discriminator]);
    return option ? option(value) : INVALID;
  };
}

function recordParser({ keyType, valueType, mode }: Def): Validator | null {
  const key = validatorOf(keyType);
  const item = validatorOf(valueType);
  // String keys only: enumerated keys (z.enum, literals), numeric keys and loose records are zod's.
  if (!key || !item || defOf(keyType).type !== 'string' || keyType._zod.values || mode === 'loose') return null;
  return (value) => {
    if (!z.core.util.isPlainObject(value)) return INVALID;
    const output: Record<string, unknown> = {};
    for (const name of Reflect.ownKeys(value)) {
      if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, name)) continue;
      // A symbol fails the string key schema, as in zod.
      if (key(name) === INVALID || (output[name as string] = item(value[name as string])) === INVALID) return INVALID;
    }
    return output;
  };
}

/**
 * `z.safeParse(schema, value, { reportInput: true })`, answered by the fast path whenever it accepts the value:
 * a value it rejects, or a schema it cannot model, goes to zod, whose result (issues and all) is returned.
 */
export function safeParse<S extends Schema>(schema: S, value: unknown): z.core.util.SafeParseResult<z.output<S>> {
  const validate = validatorOf(schema);
  const output = validate ? validate(value) : INVALID;
  return output !== INVALID
    ? { success: true, data: output as z.output<S> }
    : z.safeParse(schema, value, { reportInput: true });
}
