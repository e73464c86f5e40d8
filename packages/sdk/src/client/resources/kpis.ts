// `client.kpis`: a plan's KPIs with their monthly measurements, and recording one month's value.
import * as z from 'zod/mini';
import { Id, IsoDate, Kpi, MeasurementInput, Period } from '../../schemas/index.js';
import { checkArgument } from '../arguments.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';

const listKpis = route('GET', '/plans/{planId}/kpis', { planId: Id });
const getKpi = route('GET', '/plans/{planId}/kpis/{kpiId}', { planId: Id, kpiId: Id });
const putMeasurement = route('PUT', '/plans/{planId}/kpis/{kpiId}/measurements/{period}', {
  planId: Id,
  kpiId: Id,
  period: Period,
});
const KpiList = z.object({ items: z.array(Kpi) });
const AsOf = z.optional(IsoDate);

export interface KpiOptions extends RequestOptions {
  /** `YYYY-MM-DD`: the server adds each KPI's `evaluation` as of this date. */
  asOf?: string | undefined;
}

export class KpisResource {
  constructor(private readonly send: Send) {}

  /** The plan's KPIs, each with its measurements (and `evaluation` when `asOf` is given). */
  async list(planId: string, options: KpiOptions = {}): Promise<Kpi[]> {
    const asOf = checkArgument(AsOf, options.asOf, listKpis.subject, 'query.asOf');
    const page = await this.send({
      route: listKpis,
      params: { planId },
      query: { asOf },
      schema: KpiList,
      signal: options.signal,
    });
    return page.items;
  }

  /** One KPI (with `evaluation` when `asOf` is given). */
  async get(planId: string, kpiId: string, options: KpiOptions = {}): Promise<Kpi> {
    const asOf = checkArgument(AsOf, options.asOf, getKpi.subject, 'query.asOf');
    return this.send({
      route: getKpi,
      params: { planId, kpiId },
      query: { asOf },
      schema: Kpi,
      signal: options.signal,
    });
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
      body: checkArgument(MeasurementInput, { value }, putMeasurement.subject, 'body'),
      schema: Kpi,
      signal: options.signal,
    });
  }
}
