// What the test pages need of the SDK beyond the drop-in bundle: the schemas, validation and the county generator.
// Bundled for the browser by src/bundles.ts and served as /sdk.js.
export { Retailer, ValidationError, createClient, parseOrThrow } from '@plankit/sdk';
export { generateCounty } from '@plankit/sdk/fixtures';
