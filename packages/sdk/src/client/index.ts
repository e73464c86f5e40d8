// The typed HTTP client of the Plankit contract (@plankit/sdk/client, also part of the main entry).
export { createClient, type ClientOptions, type PlankitClient } from './create-client.js';
export { TOKEN_REFRESH_MARGIN, type GetToken, type TokenValue } from './auth.js';
export type { RequestOptions, RetryOptions } from './transport.js';
export { createIdempotencyKey } from './idempotency-key.js';
export { PlansResource } from './resources/plans.js';
export { KpisResource, type KpiOptions } from './resources/kpis.js';
export { TasksResource } from './resources/tasks.js';
export type { VersionedWriteOptions } from './resources/versioned-write.js';
export {
  GridsResource,
  type GridListOptions,
  type GridItemsOptions,
  type ReportItemOptions,
} from './resources/grids.js';
export { RetailersResource, type RetailerPage, type TierSummaryRequestOptions } from './resources/retailers.js';
export type { ChangeStreamEvent, ChangeStreamOptions, ChangeStreamStatus } from './resources/changes.js';
export * from './errors/index.js';
// The shared errors, so a client-only import can catch argument and response validation failures too.
export { PlankitError, ValidationError, type ValidationIssue } from '../errors/index.js';
