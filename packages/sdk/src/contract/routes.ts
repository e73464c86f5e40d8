// The route table of the HTTP contract (v1, base path /api/v1): one entry per operation. The SDK client builds
// its requests from these entries, the reference server registers and validates them, the OpenAPI document
// describes them and the contract tests walk them. Adding an operation is one entry here (and in ROUTES),
// then its handler in the server and its method in the client. The prose of the OpenAPI document (longer
// descriptions) is in the server's openapi-docs.ts, so it stays out of pages' bundles.
import * as z from 'zod/mini';
import {
  Change,
  ChangeQuery,
  ChangeReload,
  GridCollection,
  GridItem,
  GridItemInput,
  GridItemPatch,
  GridItemStage,
  GridMetric,
  Id,
  IsoDate,
  Kpi,
  MeasurementInput,
  page,
  Period,
  Plan,
  PlanSummary,
  Retailer,
  RetailerQuery,
  Task,
  TaskPatch,
  TaskQuery,
  TierSummary,
} from '../schemas/index.js';
import { defineRoute } from './route.js';

/** The query of a route that takes none: any parameter is a 400. */
export const NoQuery = z.strictObject({});
/** `?asOf=`: evaluate each KPI as of this date. */
export const KpiQuery = z.strictObject({ asOf: z.optional(IsoDate) });
export const GridsQuery = z.strictObject({ metric: z.optional(GridMetric) });
export const GridItemsQuery = z.strictObject({ stage: z.optional(GridItemStage), overdue: z.optional(z.boolean()) });
export const TierSummaryQuery = z.strictObject({ year: z.optional(Plan.shape.year), grid: z.optional(Id) });

export const PlanList = z.object({ items: z.array(PlanSummary) });
export const KpiList = z.object({ items: z.array(Kpi) });
export const TaskList = z.object({ items: z.array(Task) });
export const GridItemList = z.object({ items: z.array(GridItem) });
export const RetailerPage = page(Retailer);
/** The OpenAPI document: any JSON object. */
export const OpenApiDocument = z.looseObject({});

export const listPlans = defineRoute({
  operationId: 'listPlans',
  method: 'GET',
  path: '/plans',
  summary: 'Plans, newest year first',
  tag: 'plans',
  access: 'viewer',
  params: {},
  query: NoQuery,
  responses: { 200: PlanList },
  problems: [400],
});

export const getPlan = defineRoute({
  operationId: 'getPlan',
  method: 'GET',
  path: '/plans/{planId}',
  summary: 'One plan with its pillars and initiatives',
  tag: 'plans',
  access: 'viewer',
  params: { planId: Id },
  query: NoQuery,
  responses: { 200: Plan },
  problems: [400, 404],
});

export const listKpis = defineRoute({
  operationId: 'listKpis',
  method: 'GET',
  path: '/plans/{planId}/kpis',
  summary: "The plan's KPIs with their monthly measurements",
  tag: 'kpis',
  access: 'viewer',
  params: { planId: Id },
  query: KpiQuery,
  responses: { 200: KpiList },
  problems: [400, 404],
});

export const getKpi = defineRoute({
  operationId: 'getKpi',
  method: 'GET',
  path: '/plans/{planId}/kpis/{kpiId}',
  summary: 'One KPI',
  tag: 'kpis',
  access: 'viewer',
  params: { planId: Id, kpiId: Id },
  query: KpiQuery,
  responses: { 200: Kpi },
  problems: [400, 404],
});

export const recordMeasurement = defineRoute({
  operationId: 'recordMeasurement',
  method: 'PUT',
  path: '/plans/{planId}/kpis/{kpiId}/measurements/{period}',
  summary: "Record one month's value (idempotent by period)",
  tag: 'kpis',
  access: 'editor',
  params: { planId: Id, kpiId: Id, period: Period },
  query: NoQuery,
  body: MeasurementInput,
  responses: { 200: Kpi },
  problems: [400, 403, 404, 413, 415, 422],
});

export const listTasks = defineRoute({
  operationId: 'listTasks',
  method: 'GET',
  path: '/plans/{planId}/tasks',
  summary: "The plan's tasks, filtered",
  tag: 'tasks',
  access: 'viewer',
  params: { planId: Id },
  query: TaskQuery,
  responses: { 200: TaskList },
  problems: [400, 404],
});

export const updateTask = defineRoute({
  operationId: 'updateTask',
  method: 'PATCH',
  path: '/tasks/{taskId}',
  summary: 'Change status, progress, assignees or due date',
  tag: 'tasks',
  access: 'editor',
  params: { taskId: Id },
  query: NoQuery,
  headers: ['If-Match'],
  body: TaskPatch,
  responses: { 200: Task },
  current: Task,
  problems: [400, 403, 404, 413, 415, 428],
});

export const listGrids = defineRoute({
  operationId: 'listGrids',
  method: 'GET',
  path: '/grids',
  summary: 'The grids as a GeoJSON FeatureCollection with roles and figures',
  tag: 'grids',
  access: 'viewer',
  params: {},
  query: GridsQuery,
  responses: { 200: GridCollection },
  problems: [400],
});

export const listGridItems = defineRoute({
  operationId: 'listGridItems',
  method: 'GET',
  path: '/grids/{gridId}/items',
  summary: "A grid's information items",
  tag: 'grids',
  access: 'viewer',
  params: { gridId: Id },
  query: GridItemsQuery,
  responses: { 200: GridItemList },
  problems: [400, 404],
});

export const reportGridItem = defineRoute({
  operationId: 'reportGridItem',
  method: 'POST',
  path: '/grids/{gridId}/items',
  summary: 'Report an item (stage `collected`)',
  tag: 'grids',
  access: 'editor',
  params: { gridId: Id },
  query: NoQuery,
  headers: ['Idempotency-Key'],
  body: GridItemInput,
  responses: { 201: GridItem },
  problems: [400, 403, 404, 413, 415, 422],
});

export const advanceGridItem = defineRoute({
  operationId: 'advanceGridItem',
  method: 'PATCH',
  path: '/items/{itemId}',
  summary: "Advance an item's stage (forward only)",
  tag: 'grids',
  access: 'editor',
  params: { itemId: Id },
  query: NoQuery,
  headers: ['If-Match'],
  body: GridItemPatch,
  responses: { 200: GridItem },
  current: GridItem,
  problems: [400, 403, 404, 413, 415, 422, 428],
});

export const listRetailers = defineRoute({
  operationId: 'listRetailers',
  method: 'GET',
  path: '/retailers',
  summary: 'Retailers, one page at a time',
  tag: 'retailers',
  access: 'viewer',
  params: {},
  query: RetailerQuery,
  responses: { 200: RetailerPage },
  problems: [400],
});

export const getTierSummary = defineRoute({
  operationId: 'getTierSummary',
  method: 'GET',
  path: '/retailers/tier-summary',
  summary: 'Per-tier and per-band figures for a year',
  tag: 'retailers',
  access: 'viewer',
  params: {},
  query: TierSummaryQuery,
  responses: { 200: TierSummary },
  problems: [400, 404],
});

export const streamChanges = defineRoute({
  operationId: 'streamChanges',
  method: 'GET',
  path: '/plans/{planId}/changes',
  summary: 'Server-sent events, one per committed change',
  tag: 'changes',
  access: 'viewer',
  params: { planId: Id },
  query: ChangeQuery,
  headers: ['Last-Event-ID'],
  responses: { 200: { eventStream: [Change, ChangeReload] } },
  problems: [400, 404],
});

export const getOpenApiDocument = defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  summary: 'This document',
  tag: 'meta',
  access: 'public',
  params: {},
  query: NoQuery,
  responses: { 200: OpenApiDocument },
  problems: [],
});

/** Every operation of the contract, in the order the OpenAPI document lists them. */
export const ROUTES = [
  listPlans,
  getPlan,
  listKpis,
  getKpi,
  recordMeasurement,
  listTasks,
  updateTask,
  listGrids,
  listGridItems,
  reportGridItem,
  advanceGridItem,
  listRetailers,
  getTierSummary,
  streamChanges,
  getOpenApiDocument,
] as const;

export type ContractRoutes = typeof ROUTES;
export type OperationId = ContractRoutes[number]['operationId'];
