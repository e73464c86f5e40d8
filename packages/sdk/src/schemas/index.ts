// The schemas: the one source of truth for types, runtime validation and the OpenAPI document.
export * from './common.js';
export * from './vocabulary.js';
export * from './plan.js';
export * from './kpi.js';
export * from './task.js';
export * from './grid.js';
export * from './retailer.js';
export * from './problem.js';
export * from './change.js';
export * from './session.js';
