// Page: pk-grid-map with the county's grids as its `.grids` GeoJSON, coloured by retailer count, one grid selected
// (the hand-written same-content map draws its outline too) with its items, so its panel shows the pipeline.
// `validated=on-arrival`: the grids pass the SDK's validateGridCollection before the measurement (untimed), as data
// checked where it arrives; the map does not check a collection that passed. Without it the map checks them, timed.
// Either way the page makes sure of it, and that the toolbar, legend and panel show what the hand-written page
// built with widget-parts.ts shows.
import { validateGridCollection } from '@plankit/sdk/domain';
import { check } from '../../lib/page-harness.js';
import { asOfOf } from './county.js';
import { exposeGridMapBench } from './pk-grid-map.js';
import { selectedGridOf } from './same-content.js';
import { drawWidgetParts, partTexts, shownParts } from './widget-parts.js';

/**
 * Whether `validateGridCollection` takes `grids` as already checked: it returns without reading the collection
 * (its `type`, read first otherwise, is made to throw here, so the probe neither checks nor marks anything).
 */
function passedValidation(grids: object): boolean {
  const type = Object.getOwnPropertyDescriptor(grids, 'type');
  check(type !== undefined, 'the collection has its own type');
  const probe = new Error('probe');
  let read = false;
  Object.defineProperty(grids, 'type', {
    configurable: true,
    get() {
      read = true;
      throw probe;
    },
  });
  try {
    validateGridCollection(grids);
  } catch (error) {
    if (error !== probe) throw error;
  } finally {
    Object.defineProperty(grids, 'type', type);
  }
  return !read;
}

exposeGridMapBench((county, params) => {
  const { grids, items } = county;
  const validated = params.get('validated');
  check(validated === null || validated === 'on-arrival', `validated=${String(validated)} is on-arrival or absent`);
  if (validated !== null) validateGridCollection(grids);
  check(
    passedValidation(grids) === (validated !== null),
    validated === null ? 'the grids reach the map unchecked' : 'the grids were validated on arrival',
  );
  const selectedId = selectedGridOf(grids);
  const asOf = asOfOf(county);
  return {
    configure: (map) => {
      map.setAttribute('as-of', asOf);
      map.grids = grids;
      map.items = items;
      map.selected = selectedId;
    },
    drawn: { shape: 'path', count: grids.features.length, what: 'grids' },
    verify: (root) => {
      const shown = partTexts(root);
      const expected = partTexts(
        drawWidgetParts(document.createElementNS('http://www.w3.org/2000/svg', 'svg'), {
          grids,
          items,
          selectedId,
          asOf,
        }),
      );
      for (const part of shownParts)
        check(
          shown[part] === expected[part],
          `pk-grid-map's ${part} shows what the hand-written one does: ${String(shown[part])} / ${String(expected[part])}`,
        );
    },
  };
});
