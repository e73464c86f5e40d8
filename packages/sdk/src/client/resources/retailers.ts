// `client.retailers`: retailers page by page or all of them through the cursors, and the per-tier summary.
import * as contract from '../../contract/routes.js';
import type { Retailer, RetailerQuery, TierSummary } from '../../schemas/index.js';
import { checkArgument } from '../arguments.js';
import { MalformedResponseError } from '../errors/index.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';

const listRetailers = route(contract.listRetailers);
const getTierSummary = route(contract.getTierSummary);

export interface RetailerPage {
  items: Retailer[];
  /** Pass it back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface TierSummaryRequestOptions extends RequestOptions {
  year?: number | undefined;
  /** Only this grid's retailers. */
  grid?: string | undefined;
}

export class RetailersResource {
  constructor(private readonly send: Send) {}

  /** One page of retailers (`limit` 1–500, default 100). */
  async list(query: RetailerQuery = {}, options: RequestOptions = {}): Promise<RetailerPage> {
    return this.send({
      route: listRetailers,
      params: {},
      query: checkArgument(contract.listRetailers.query, query, listRetailers.subject, 'query'),
      signal: options.signal,
    });
  }

  /** Every retailer matching `query`, page after page: `for await (const retailer of client.retailers.all())`. */
  async *all(query: RetailerQuery = {}, options: RequestOptions = {}): AsyncGenerator<Retailer, void, undefined> {
    const seen = new Set<string>();
    let cursor = query.cursor;
    for (;;) {
      const { items, nextCursor } = await this.list(cursor === undefined ? query : { ...query, cursor }, options);
      yield* items;
      if (nextCursor === null) return;
      // A server handing back a cursor it already gave would loop forever.
      if (seen.has(nextCursor)) throw new MalformedResponseError(listRetailers.subject, 'the server repeated a cursor');
      seen.add(nextCursor);
      cursor = nextCursor;
    }
  }

  /** Per-tier and per-band figures for a year (default: the latest), optionally for one grid. */
  async tierSummary(options: TierSummaryRequestOptions = {}): Promise<TierSummary> {
    const query = checkArgument(
      contract.getTierSummary.query,
      { year: options.year, grid: options.grid },
      getTierSummary.subject,
      'query',
    );
    return this.send({ route: getTierSummary, params: {}, query, signal: options.signal });
  }
}
