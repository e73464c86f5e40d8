// The annual plan: four pillars (四个方面), each with initiatives (一是/二是/三是).
import * as z from 'zod/mini';
import { Id, LocalizedText, LongText } from './common.js';
import { GridStageLimits } from './grid.js';
import { Vocabulary } from './vocabulary.js';

export const Initiative = z.object({
  id: Id,
  pillarId: Id,
  /** 1-based position inside its pillar (一是 = 1). */
  order: z.int().check(z.gte(1)),
  name: LocalizedText,
  summary: LongText,
});
export type Initiative = z.infer<typeof Initiative>;

export const Pillar = z.object({
  id: Id,
  order: z.int().check(z.gte(1)),
  /** Short name, e.g. 重党建、严规矩. */
  name: LocalizedText,
  /** The pillar's heading sentence. */
  theme: LocalizedText,
  /** The paragraph that opens the pillar in the plan's text, before its initiatives. */
  intro: z.optional(LongText),
  initiatives: z.array(Initiative),
});
export type Pillar = z.infer<typeof Pillar>;

export const Plan = z.object({
  id: Id,
  year: z.int().check(z.gte(2000), z.lte(2100)),
  org: LocalizedText,
  title: LocalizedText,
  positioning: LocalizedText,
  requirements: LongText,
  pillars: z.array(Pillar),
  /** Ids of the plan's KPIs, in the seed's order. */
  kpiIds: z.array(Id),
  /** Labels for the plan's own codes: departments, KPI categories, units, grid item kinds. */
  vocabulary: z.optional(Vocabulary),
  /** The plan's grid stage time limits, replacing the deployment's when present. */
  stageLimits: z.optional(GridStageLimits),
});
export type Plan = z.infer<typeof Plan>;

/** A plan in a list (`GET /plans`): without pillars and requirements. */
export const PlanSummary = z.object({
  id: Id,
  year: Plan.shape.year,
  org: LocalizedText,
  title: LocalizedText,
});
export type PlanSummary = z.infer<typeof PlanSummary>;
