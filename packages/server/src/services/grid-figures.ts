// A grid's figures computed from live rows, so a reported or advanced item shows on the map at once.
import type { Database } from 'better-sqlite3';
import { gridItemTimeline } from '@plankit/sdk/domain';
import type { Grid, GridCollection, GridFigures, GridItem, GridStageLimits } from '@plankit/sdk/schemas';
import { listGridRecords, retailerCountsByGrid } from '../store/grids.js';
import { listAllItems } from '../store/items.js';

const HOUR_MS = 3_600_000;

/** Open items, overdue items (by the stage time limits as of `now`) and mean response hours of one grid. */
export function itemFigures(items: readonly GridItem[], limits: GridStageLimits, now: Date) {
  let openItems = 0;
  let overdueItems = 0;
  let responseHours = 0;
  let responded = 0;
  for (const item of items) {
    if (item.stage !== 'fedBack') openItems++;
    if (gridItemTimeline(item, limits, now).overdue) overdueItems++;
    if (item.times.responded !== undefined) {
      responseHours += (Date.parse(item.times.responded) - Date.parse(item.times.collected)) / HOUR_MS;
      responded++;
    }
  }
  return {
    openItems,
    overdueItems,
    // Rounded to 0.1 h: more precision would only be noise on a map legend.
    avgResponseHours: responded === 0 ? null : Math.round((responseHours / responded) * 10) / 10,
  };
}

/** Every grid with all five figures (the reference server always sends them all, whatever `?metric=`). */
export function gridCollection(db: Database, limits: GridStageLimits, now: Date): GridCollection {
  const retailers = retailerCountsByGrid(db);
  const itemsByGrid = new Map<string, GridItem[]>();
  for (const item of listAllItems(db)) {
    const list = itemsByGrid.get(item.gridId) ?? [];
    list.push(item);
    itemsByGrid.set(item.gridId, list);
  }
  const features = listGridRecords(db).map(({ grid, inspections }): Grid => {
    const figures: GridFigures = {
      retailers: retailers.get(grid.id) ?? 0,
      ...itemFigures(itemsByGrid.get(grid.id) ?? [], limits, now),
      inspections,
    };
    return { ...grid, properties: { ...grid.properties, figures } };
  });
  return { type: 'FeatureCollection', features };
}
