// GET /retailers (filters, cursor pages) and GET /retailers/tier-summary.
import { summarizeTiers } from '@plankit/sdk/domain';
import { decodeCursor, encodeCursor, filterKeyOf } from '../http/cursor.js';
import { jsonResponse } from '../http/json.js';
import { notFound } from '../http/problem.js';
import type { Handlers } from '../http/route.js';
import { allRetailers, pageRetailers, type RetailerFilter } from '../store/retailers.js';
import { requireSetting } from '../store/settings.js';
import { gridName } from '../store/grids.js';
import type { RouteDeps } from './deps.js';

export const DEFAULT_PAGE_SIZE = 100;

export const retailerHandlers = ({ db }: RouteDeps): Pick<Handlers, 'listRetailers' | 'getTierSummary'> => ({
  listRetailers: (_c, { query }) => {
    const filter: RetailerFilter = {};
    if (query.tier !== undefined) filter.tier = query.tier;
    if (query.grid !== undefined) filter.gridId = query.grid;
    if (query.q !== undefined) filter.q = query.q;
    if (query.band !== undefined) {
      const band = requireSetting(db, 'county').scheme.bands.find((candidate) => candidate.id === query.band);
      // A band the scheme does not define holds no tiers, so no retailers.
      filter.tierRange = band === undefined ? { from: 1, to: 0 } : { from: band.from, to: band.to };
    }
    const filterKey = filterKeyOf({ tier: query.tier, band: query.band, grid: query.grid, q: query.q });
    const afterId = query.cursor === undefined ? null : decodeCursor(query.cursor, filterKey);
    const page = pageRetailers(db, filter, afterId, query.limit ?? DEFAULT_PAGE_SIZE);
    const last = page.items.at(-1);
    return jsonResponse({
      items: page.items,
      nextCursor: page.hasMore && last !== undefined ? encodeCursor(last.id, filterKey) : null,
    });
  },

  getTierSummary: (_c, { query }) => {
    const county = requireSetting(db, 'county');
    const year = query.year ?? county.year;
    const gridId = query.grid;
    // Order amounts are held for the data's year and the one before it, compared month by month.
    if (year !== county.year)
      throw notFound(
        `no order data for ${year}: the retailers' data covers ${county.year} (compared with ${county.year - 1})`,
      );
    const name = gridId === undefined ? undefined : gridName(db, gridId);
    if (gridId !== undefined && name === undefined) throw notFound(`no grid "${gridId}"`);
    const retailers = allRetailers(db, gridId === undefined ? {} : { gridId });
    const summary = summarizeTiers(retailers, county.scheme, year, { months: county.months });
    // The grid's name goes with its figures, so a widget can say whose they are.
    return jsonResponse(
      gridId === undefined || name === undefined ? summary : { ...summary, grid: { id: gridId, name } },
    );
  },
});
