// `client.grids`: the grids (a GeoJSON FeatureCollection), their information items, and reporting and advancing items.
import * as z from 'zod/mini';
import * as contract from '../../contract/routes.js';
import type {
  GridCollection,
  GridItem,
  GridItemInput,
  GridItemPatch,
  GridItemStage,
  GridMetric,
} from '../../schemas/index.js';
import { checkArgument } from '../arguments.js';
import { createIdempotencyKey } from '../idempotency-key.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';
import { ifMatch, type VersionedWriteOptions } from './versioned-write.js';

const listGrids = route(contract.listGrids);
const listItems = route(contract.listGridItems);
const postItem = route(contract.reportGridItem);
const patchItem = route(contract.advanceGridItem);
/** The contract's Idempotency-Key: 1–200 visible ASCII characters. */
const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{1,200}$/));

export interface GridListOptions extends RequestOptions {
  /** Ask for this figure; a backend may then leave the others out (the reference server sends all). */
  metric?: GridMetric | undefined;
}

export interface GridItemsOptions extends RequestOptions {
  stage?: GridItemStage | undefined;
  /** Only items past their stage's time limit. */
  overdue?: boolean | undefined;
}

export interface ReportItemOptions extends RequestOptions {
  /** Your own key; by default the client makes one per call and sends the same one on every retry. */
  idempotencyKey?: string | undefined;
}

export class GridsResource {
  constructor(private readonly send: Send) {}

  /** Every grid with its roles and figures. */
  async list(options: GridListOptions = {}): Promise<GridCollection> {
    const query = checkArgument(contract.listGrids.query, { metric: options.metric }, listGrids.subject, 'query');
    return this.send({ route: listGrids, params: {}, query, signal: options.signal });
  }

  /** A grid's information items, optionally only one stage or only the overdue ones. */
  async items(gridId: string, options: GridItemsOptions = {}): Promise<GridItem[]> {
    const { stage, overdue } = checkArgument(
      contract.listGridItems.query,
      { stage: options.stage, overdue: options.overdue },
      listItems.subject,
      'query',
    );
    const page = await this.send({
      route: listItems,
      params: { gridId },
      query: { stage, overdue: overdue ? 'true' : undefined },
      signal: options.signal,
    });
    return page.items;
  }

  /** Reports an item. Retried safely: the Idempotency-Key makes the server create it once. */
  async reportItem(gridId: string, input: GridItemInput, options: ReportItemOptions = {}): Promise<GridItem> {
    const body = checkArgument(contract.reportGridItem.body, input, postItem.subject, 'body');
    const key =
      options.idempotencyKey === undefined
        ? createIdempotencyKey()
        : checkArgument(IdempotencyKey, options.idempotencyKey, postItem.subject, 'options.idempotencyKey');
    return this.send({
      route: postItem,
      params: { gridId },
      body,
      headers: { 'Idempotency-Key': key },
      signal: options.signal,
    });
  }

  /** Moves an item to a later stage; a stale `version` raises PreconditionFailedError with the current item. */
  async advanceItem(itemId: string, patch: GridItemPatch, options: VersionedWriteOptions): Promise<GridItem> {
    const body = checkArgument(contract.advanceGridItem.body, patch, patchItem.subject, 'body');
    const headers = ifMatch(options, patchItem.subject);
    return this.send({ route: patchItem, params: { itemId }, body, headers, signal: options.signal });
  }
}
