// GET /grids, GET /grids/{gridId}/items, POST /grids/{gridId}/items (Idempotency-Key).
import { createHash, randomBytes } from 'node:crypto';
import { gridItemTimeline } from '@plankit/sdk/domain';
import type { GridItem } from '@plankit/sdk/schemas';
import { jsonResponse, jsonTextResponse } from '../http/json.js';
import { etagOf } from '../http/preconditions.js';
import { ProblemError, PROBLEM_TYPES, notFound, ruleViolation } from '../http/problem.js';
import type { Handlers } from '../http/route.js';
import { gridCollection } from '../services/grid-figures.js';
import { canonicalJson } from '../services/canonical-json.js';
import { gridExists } from '../store/grids.js';
import { findIdempotentResult, pruneIdempotencyKeys, saveIdempotentResult } from '../store/idempotency.js';
import { insertItem, listItems, retailerInGrid } from '../store/items.js';
import { requireSetting } from '../store/settings.js';
import type { RouteDeps } from './deps.js';

/** Clocks differ a little between a reporting device and the server; more than this is a mistake. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export const gridHandlers = ({
  db,
  now,
  recordChange,
  changesCommitted,
}: RouteDeps): Pick<Handlers, 'listGrids' | 'listGridItems' | 'reportGridItem'> => ({
  // `metric` is validated so a typo is reported, though every figure is sent whichever metric is asked for.
  listGrids: () => jsonResponse(gridCollection(db, requireSetting(db, 'stageLimits'), now())),

  listGridItems: (_c, { params: { gridId }, query: { stage, overdue } }) => {
    if (!gridExists(db, gridId)) throw notFound(`no grid "${gridId}"`);
    let items = listItems(db, gridId, stage);
    if (overdue !== undefined) {
      const limits = requireSetting(db, 'stageLimits');
      const at = now();
      items = items.filter((item) => gridItemTimeline(item, limits, at).overdue === overdue);
    }
    return jsonResponse({ items });
  },

  reportGridItem: (c, { params: { gridId }, idempotencyKey: key, body: input }) => {
    const at = now();
    const collectedAt = input.collectedAt ?? at.toISOString();
    const route = `POST ${c.req.path}`;
    // The hash is of the validated input, so a retry that re-serialises the same JSON still matches.
    const requestHash = createHash('sha256').update(canonicalJson(input)).digest('hex');

    const outcome = db
      .transaction((): { status: number; body: string; replayed: boolean } => {
        if (key !== null) {
          pruneIdempotencyKeys(db, at);
          const earlier = findIdempotentResult(db, key);
          if (earlier !== undefined) {
            if (earlier.route !== route || earlier.requestHash !== requestHash) {
              throw new ProblemError({
                status: 422,
                type: PROBLEM_TYPES.idempotencyKeyReused,
                detail: `Idempotency-Key was already used for a different request (${earlier.route}); use a new key for a new item`,
              });
            }
            return { status: earlier.status, body: earlier.body, replayed: true };
          }
        }
        if (!gridExists(db, gridId)) throw notFound(`no grid "${gridId}"`);
        if (input.retailerId != null) {
          const retailerGrid = retailerInGrid(db, input.retailerId);
          if (retailerGrid === undefined) throw ruleViolation(`no retailer "${input.retailerId}"`);
          if (retailerGrid !== gridId)
            throw ruleViolation(`retailer "${input.retailerId}" belongs to grid "${retailerGrid}", not "${gridId}"`);
        }
        if (Date.parse(collectedAt) > at.getTime() + CLOCK_SKEW_MS)
          throw ruleViolation(`collectedAt ${collectedAt} is in the future`);
        const item: GridItem = {
          id: `gi-${randomBytes(8).toString('hex')}`,
          gridId,
          kind: input.kind,
          title: input.title,
          stage: 'collected',
          times: { collected: collectedAt },
          retailerId: input.retailerId ?? null,
          version: 1,
        };
        insertItem(db, item);
        recordChange({ planId: null, entity: 'item', entityId: item.id, version: item.version });
        const body = JSON.stringify(item);
        if (key !== null)
          saveIdempotentResult(db, { key, route, requestHash, status: 201, body, createdAt: at.toISOString() });
        return { status: 201, body, replayed: false };
      })
      .immediate();
    if (!outcome.replayed) changesCommitted();

    const version = (JSON.parse(outcome.body) as GridItem).version;
    return jsonTextResponse(outcome.body, outcome.status, {
      ETag: etagOf(version),
      ...(outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  },
});
