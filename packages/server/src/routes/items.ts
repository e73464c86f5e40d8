// PATCH /items/{itemId}: advance a grid item's stage, guarded by If-Match.
import { jsonResponse } from '../http/json.js';
import { etagOf } from '../http/preconditions.js';
import { ProblemError, PROBLEM_TYPES, notFound, ruleViolation } from '../http/problem.js';
import type { Handlers } from '../http/route.js';
import { advanceItem } from '../store/items.js';
import type { RouteDeps } from './deps.js';
import { CLOCK_SKEW_MS } from './grids.js';

export const itemHandlers = ({
  db,
  now,
  recordChange,
  changesCommitted,
}: RouteDeps): Pick<Handlers, 'advanceGridItem'> => ({
  advanceGridItem: (_c, { params: { itemId }, version, body: patch }) => {
    const current = now();
    const at = patch.at ?? current.toISOString();
    if (Date.parse(at) > current.getTime() + CLOCK_SKEW_MS) throw ruleViolation(`at ${at} is in the future`);
    const result = advanceItem(db, itemId, version, patch.stage, at, recordChange);
    if (result.outcome === 'updated') changesCommitted();
    switch (result.outcome) {
      case 'updated':
        return jsonResponse(result.item, 200, { ETag: etagOf(result.item.version) });
      case 'not-found':
        throw notFound(`no item "${itemId}"`);
      case 'stale':
        throw new ProblemError({
          status: 412,
          type: PROBLEM_TYPES.preconditionFailed,
          detail: `item "${itemId}" is at version ${result.current.version}, not ${version}: reload it and retry`,
          current: result.current,
          headers: { ETag: etagOf(result.current.version) },
        });
      case 'not-forward':
        throw ruleViolation(
          `item "${itemId}" is already at stage ${result.current.stage}; a stage may only move forward (collected → routed → responded → handled → fedBack)`,
          result.current,
        );
      case 'before-previous':
        throw ruleViolation(
          `at ${at} is before the item reached ${result.current.stage} (${result.previousAt})`,
          result.current,
        );
    }
  },
});
