// The route table of the HTTP contract (v1, base path /api/v1): one entry per operation. The SDK client builds
// its requests from these entries, the reference server registers and validates them, the OpenAPI document
// describes them and the contract tests walk them. Adding an operation is one entry here (and in ROUTES); the
// compiler then asks for its prose in docs.ts, its handler in the server, and the client gets its method. The
// prose is kept apart so that pages, whose client imports these entries, do not download it.
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
  Session,
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

/** The role of the bearer token, so a client offers only the writes the server will accept. */
export const getSession = /* @__PURE__ */ defineRoute({
  operationId: 'getSession',
  method: 'GET',
  path: '/session',
  access: 'viewer',
  params: {},
  query: NoQuery,
  responses: { 200: Session },
  problems: [400],
});

export const listPlans = /* @__PURE__ */ defineRoute({
  operationId: 'listPlans',
  method: 'GET',
  path: '/plans',
  access: 'viewer',
  params: {},
  query: NoQuery,
  responses: { 200: PlanList },
  problems: [400],
});

export const getPlan = /* @__PURE__ */ defineRoute({
  operationId: 'getPlan',
  method: 'GET',
  path: '/plans/{planId}',
  access: 'viewer',
  params: { planId: Id },
  query: NoQuery,
  responses: { 200: Plan },
  problems: [400, 404],
});

export const listKpis = /* @__PURE__ */ defineRoute({
  operationId: 'listKpis',
  method: 'GET',
  path: '/plans/{planId}/kpis',
  access: 'viewer',
  params: { planId: Id },
  query: KpiQuery,
  responses: { 200: KpiList },
  problems: [400, 404],
});

export const getKpi = /* @__PURE__ */ defineRoute({
  operationId: 'getKpi',
  method: 'GET',
  path: '/plans/{planId}/kpis/{kpiId}',
  access: 'viewer',
  params: { planId: Id, kpiId: Id },
  query: KpiQuery,
  responses: { 200: Kpi },
  problems: [400, 404],
});

export const recordMeasurement = /* @__PURE__ */ defineRoute({
  operationId: 'recordMeasurement',
  method: 'PUT',
  path: '/plans/{planId}/kpis/{kpiId}/measurements/{period}',
  access: 'editor',
  params: { planId: Id, kpiId: Id, period: Period },
  query: NoQuery,
  body: MeasurementInput,
  responses: { 200: Kpi },
  problems: [400, 403, 404, 413, 415, 422],
});

export const listTasks = /* @__PURE__ */ defineRoute({
  operationId: 'listTasks',
  method: 'GET',
  path: '/plans/{planId}/tasks',
  access: 'viewer',
  params: { planId: Id },
  query: TaskQuery,
  responses: { 200: TaskList },
  problems: [400, 404],
});

export const updateTask = /* @__PURE__ */ defineRoute({
  operationId: 'updateTask',
  method: 'PATCH',
  path: '/tasks/{taskId}',
  access: 'editor',
  params: { taskId: Id },
  query: NoQuery,
  headers: ['If-Match'],
  body: TaskPatch,
  responses: { 200: Task },
  current: Task,
  problems: [400, 403, 404, 413, 415, 428],
});

export const listGrids = /* @__PURE__ */ defineRoute({
  operationId: 'listGrids',
  method: 'GET',
  path: '/grids',
  access: 'viewer',
  params: {},
  query: GridsQuery,
  responses: { 200: GridCollection },
  problems: [400],
});

export const listGridItems = /* @__PURE__ */ defineRoute({
  operationId: 'listGridItems',
  method: 'GET',
  path: '/grids/{gridId}/items',
  access: 'viewer',
  params: { gridId: Id },
  query: GridItemsQuery,
  responses: { 200: GridItemList },
  problems: [400, 404],
});

export const reportGridItem = /* @__PURE__ */ defineRoute({
  operationId: 'reportGridItem',
  method: 'POST',
  path: '/grids/{gridId}/items',
  access: 'editor',
  params: { gridId: Id },
  query: NoQuery,
  headers: ['Idempotency-Key'],
  body: GridItemInput,
  responses: { 201: GridItem },
  problems: [400, 403, 404, 413, 415, 422],
});

export const advanceGridItem = /* @__PURE__ */ defineRoute({
  operationId: 'advanceGridItem',
  method: 'PATCH',
  path: '/items/{itemId}',
  access: 'editor',
  params: { itemId: Id },
  query: NoQuery,
  headers: ['If-Match'],
  body: GridItemPatch,
  responses: { 200: GridItem },
  current: GridItem,
  problems: [400, 403, 404, 413, 415, 422, 428],
});

export const listRetailers = /* @__PURE__ */ defineRoute({
  operationId: 'listRetailers',
  method: 'GET',
  path: '/retailers',
  access: 'viewer',
  params: {},
  query: RetailerQuery,
  responses: { 200: RetailerPage },
  problems: [400],
});

export const getTierSummary = /* @__PURE__ */ defineRoute({
  operationId: 'getTierSummary',
  method: 'GET',
  path: '/retailers/tier-summary',
  access: 'viewer',
  params: {},
  query: TierSummaryQuery,
  responses: { 200: TierSummary },
  problems: [400, 404],
});

export const streamChanges = /* @__PURE__ */ defineRoute({
  operationId: 'streamChanges',
  method: 'GET',
  path: '/plans/{planId}/changes',
  access: 'viewer',
  params: { planId: Id },
  query: ChangeQuery,
  headers: ['Last-Event-ID'],
  responses: { 200: { eventStream: [Change, ChangeReload] } },
  problems: [400, 404],
});

export const getOpenApiDocument = /* @__PURE__ */ defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  access: 'public',
  params: {},
  query: NoQuery,
  responses: { 200: OpenApiDocument },
  problems: [],
});

/** Every operation of the contract, in the order the OpenAPI document lists them. */
export const ROUTES = [
  getSession,
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
