// `client.plans`: the annual plans.
import * as contract from '../../contract/routes.js';
import type { Plan, PlanSummary } from '../../schemas/index.js';
import { route } from '../path.js';
import type { RequestOptions, Send } from '../transport.js';

const listPlans = route(contract.listPlans);
const getPlan = route(contract.getPlan);

export class PlansResource {
  constructor(private readonly send: Send) {}

  /** Every plan, newest year first, without pillars and requirements. */
  async list(options: RequestOptions = {}): Promise<PlanSummary[]> {
    const page = await this.send({ route: listPlans, params: {}, signal: options.signal });
    return page.items;
  }

  /** One plan with its pillars and initiatives. */
  async get(planId: string, options: RequestOptions = {}): Promise<Plan> {
    return this.send({ route: getPlan, params: { planId }, signal: options.signal });
  }
}
