// PATCH /items/{itemId}: advance a grid item's stage, guarded by If-Match.
import type { Hono } from 'hono';
import { GridItemPatch, Id } from '@plankit/sdk/schemas';
import type { AppEnv } from '../env.js';
import { requireEditor } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import { jsonResponse } from '../http/json.js';
import { etagOf, requiredVersion } from '../http/preconditions.js';
import { ProblemError, PROBLEM_TYPES, notFound, ruleViolation } from '../http/problem.js';
import { readQuery, rejectUnknownQuery, validate } from '../http/validation.js';
import { advanceItem } from '../store/items.js';
import { API_BASE, type RouteDeps } from './deps.js';
import { CLOCK_SKEW_MS } from './grids.js';

export function registerItemRoutes(app: Hono<AppEnv>, { db, now, recordChange, changesCommitted }: RouteDeps): void {
  app.patch(`${API_BASE}/items/:itemId`, requireEditor, async (c) => {
    const itemId = validate(Id, c.req.param('itemId'), 'params.itemId');
    const version = requiredVersion(c.req.header('if-match'));
    rejectUnknownQuery(readQuery(c.req.url, {}), []);
    const patch = validate(GridItemPatch, (await readJsonBody(c.req.raw)).value, 'body');
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
  });
}
