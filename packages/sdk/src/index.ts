// Public surface of @plankit/sdk. Subpaths: /schemas, /domain, /client, /contract (the route table), /fixtures.
export * from './schemas/index.js';
export * from './errors/index.js';
export * from './domain/index.js';
export * from './client/index.js';
