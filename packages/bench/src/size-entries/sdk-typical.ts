// A typical consumer's import of the SDK: the client, one domain rule and the schemas of the resources it
// shows, re-exported so no bundler can drop them. Weighed bundled by Vite (Rolldown) and by esbuild.
export { createClient, evaluateKpi, Plan, Kpi, Task, GridItem, Retailer, TierSummary } from '@plankit/sdk';
