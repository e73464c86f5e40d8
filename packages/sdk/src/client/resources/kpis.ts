// `client.kpis`: a plan's KPIs with their monthly measurements, and recording one month's value.
import * as contract from '../../contract/routes.js';
import type { Kpi } from '../../schemas/index.js';
import { checkArgument } from '../arguments.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';

const listKpis = route(contract.listKpis);
const getKpi = route(contract.getKpi);
const putMeasurement = route(contract.recordMeasurement);

export interface KpiOptions extends RequestOptions {
  /** `YYYY-MM-DD`: the server adds each KPI's `evaluation` as of this date. */
  asOf?: string | undefined;
}

export class KpisResource {
  constructor(private readonly send: Send) {}

  /** The plan's KPIs, each with its measurements (and `evaluation` when `asOf` is given). */
  async list(planId: string, options: KpiOptions = {}): Promise<Kpi[]> {
    const query = checkArgument(contract.listKpis.query, { asOf: options.asOf }, listKpis.subject, 'query');
    const page = await this.send({ route: listKpis, params: { planId }, query, signal: options.signal });
    return page.items;
  }

  /** One KPI (with `evaluation` when `asOf` is given). */
  async get(planId: string, kpiId: string, options: KpiOptions = {}): Promise<Kpi> {
    const query = checkArgument(contract.getKpi.query, { asOf: options.asOf }, getKpi.subject, 'query');
    return this.send({ route: getKpi, params: { planId, kpiId }, query, signal: options.signal });
  }

  /**
   * Records the value of one month (`period`, `YYYY-MM`) and returns the updated KPI. Idempotent by
   * period, so it is retried like a read.
   */
  async recordMeasurement(
    planId: string,
    kpiId: string,
    period: string,
    value: number,
    options: RequestOptions = {},
  ): Promise<Kpi> {
    return this.send({
      route: putMeasurement,
      params: { planId, kpiId, period },
      body: checkArgument(contract.recordMeasurement.body, { value }, putMeasurement.subject, 'body'),
      signal: options.signal,
    });
  }
}
