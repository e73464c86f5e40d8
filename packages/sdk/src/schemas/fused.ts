// Bounds checked once per array of numbers instead of once per number. The SDK's largest bodies are mostly
// numbers in arrays (10,000 retailers carry 24 monthly amounts and a position each; a grid's rings hold
// hundreds of positions), and zod/mini pays a check run for every checked item. One zod check over the whole
// array raises the very issues the per-item `z.gte`/`z.lte` would, so zod/mini stays the only validator and
// nothing observable changes: schemas/fused.test.ts compares each fused schema with its per-item declaration
// (values accepted, output, issues with their paths and order, JSON Schema).
import * as z from 'zod/mini';

/** Inclusive bounds of a number: what `z.gte(minimum)` and `z.lte(maximum)` declare. */
export type Bounds = { readonly minimum?: number; readonly maximum?: number };

type Issue = z.core.ParsePayload['issues'][number];

/**
 * An item of an array or tuple whose bounds `itemsWithin` checks: a plain `z.number()`, with no check of its own
 * to run, whose `bounds` are registered as its JSON Schema (`minimum`, `maximum`), so the OpenAPI document reads
 * as if the item declared them.
 */
export const boundedItem = (bounds: Bounds) => z.number().register(z.globalRegistry, bounds);

/**
 * One check over the numbers of an array (or tuple): each finite number outside its bounds — `bounds` for every
 * item, or `bounds[index]` per position — raises the issue `z.gte`/`z.lte` on the item would (`too_small` or
 * `too_big`, origin `number`, inclusive) at `[index]`, placed before the issues of later items. Items that are not
 * finite numbers already carry their type issue and are skipped, as their own checks would be. It runs after an
 * item's type issue (`when`), as the other items' checks would, but not on an array cut short by its length limit
 * (an explicit abort). Valid arrays allocate nothing.
 */
export function itemsWithin(bounds: Bounds | Bounds[]) {
  const check = z.check<readonly unknown[]>(
    ({ value, issues }) => {
      for (let index = 0; index < value.length; index += 1) {
        const input = value[index];
        const { minimum = -Infinity, maximum = Infinity } = (Array.isArray(bounds) ? bounds[index] : bounds) ?? {};
        if (typeof input !== 'number' || !Number.isFinite(input) || (input >= minimum && input <= maximum)) continue;
        const small = input < minimum;
        let at = issues.length;
        while (at > 0 && isLaterItem(issues[at - 1], index)) at -= 1;
        // The fields and their order are those of zod's own bound issues (checks.ts of zod/v4/core).
        issues.splice(
          at,
          0,
          small
            ? {
                origin: 'number',
                code: 'too_small',
                minimum,
                input,
                inclusive: true,
                inst: check,
                continue: true,
                path: [index],
              }
            : {
                origin: 'number',
                code: 'too_big',
                maximum,
                input,
                inclusive: true,
                inst: check,
                continue: true,
                path: [index],
              },
        );
      }
    },
    { when: ({ value }) => Array.isArray(value) },
  );
  return check;
}

/** An issue of an item after `index` (raised while the items were parsed, before the check ran). */
function isLaterItem(issue: Issue | undefined, index: number): boolean {
  const item = issue?.path?.[0];
  return typeof item === 'number' && item > index;
}
