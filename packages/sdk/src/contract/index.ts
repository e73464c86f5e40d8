// The HTTP contract's route table (@plankit/sdk/contract): for servers, documentation generators and tests.
export {
  defineRoute,
  subjectOf,
  type ContractHeader,
  type ContractRoute,
  type EventStream,
  type HttpMethod,
  type ParamNames,
  type ParamSchemas,
  type PathParams,
  type ProblemStatus,
  type RouteAccess,
} from './route.js';
export * from './routes.js';
export { OPERATION_DOCS, PATH_PARAM_DOCS, TAG_DOCS, type OperationDocs } from './docs.js';
