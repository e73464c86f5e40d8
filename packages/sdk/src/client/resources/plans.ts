// `client.plans`: the annual plans.
import * as z from 'zod/mini';
import { Id, Plan, PlanSummary } from '../../schemas/index.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';

const listPlans = route('GET', '/plans', {});
const getPlan = route('GET', '/plans/{planId}', { planId: Id });
const PlanList = z.object({ items: z.array(PlanSummary) });

export class PlansResource {
  constructor(private readonly send: Send) {}

  /** Every plan, newest year first, without pillars and requirements. */
  async list(options: RequestOptions = {}): Promise<PlanSummary[]> {
    const page = await this.send({ route: listPlans, params: {}, schema: PlanList, signal: options.signal });
    return page.items;
  }

  /** One plan with its pillars and initiatives. */
  async get(planId: string, options: RequestOptions = {}): Promise<Plan> {
    return this.send({ route: getPlan, params: { planId }, schema: Plan, signal: options.signal });
  }
}
