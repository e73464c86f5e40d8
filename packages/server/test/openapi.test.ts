// The OpenAPI document: 3.1, every path of the contract, resolvable references, and the committed copy up to date.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, serializeOpenApi } from '../src/openapi.js';
import { raw, startTestServer, type TestServer } from './helpers.js';

const COMMITTED = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

/** The contract's table, method and path (relative to /api/v1). */
const CONTRACT: Array<[string, string]> = [
  ['get', '/session'],
  ['get', '/plans'],
  ['get', '/plans/{planId}'],
  ['get', '/plans/{planId}/kpis'],
  ['get', '/plans/{planId}/kpis/{kpiId}'],
  ['put', '/plans/{planId}/kpis/{kpiId}/measurements/{period}'],
  ['get', '/plans/{planId}/tasks'],
  ['patch', '/tasks/{taskId}'],
  ['get', '/grids'],
  ['get', '/grids/{gridId}/items'],
  ['post', '/grids/{gridId}/items'],
  ['patch', '/items/{itemId}'],
  ['get', '/retailers'],
  ['get', '/retailers/tier-summary'],
  ['get', '/plans/{planId}/changes'],
  ['get', '/openapi.json'],
];

type Json = Record<string, unknown>;
let server: TestServer;
let served: Json;

before(async () => {
  server = await startTestServer();
  served = (await raw(server, '/api/v1/openapi.json', { token: null })).json as Json;
});
after(() => server.dispose());

test('the served document is OpenAPI 3.1 with bearer security', () => {
  assert.equal(served['openapi'], '3.1.0');
  assert.equal((served['info'] as Json)['title'], 'Plankit HTTP API');
  const schemes = (served['components'] as Json)['securitySchemes'] as Json;
  assert.deepEqual(schemes['bearerAuth'], {
    type: 'http',
    scheme: 'bearer',
    description: (schemes['bearerAuth'] as Json)['description'],
  });
  assert.deepEqual(served['security'], [{ bearerAuth: [] }]);
});

test('every path and method of the contract is described, with a unique operationId', () => {
  const paths = served['paths'] as Record<string, Json>;
  const ids = new Set<string>();
  for (const [method, path] of CONTRACT) {
    const operation = paths[path]?.[method] as Json | undefined;
    assert.ok(operation, `${method.toUpperCase()} ${path} is missing`);
    const id = operation['operationId'] as string;
    assert.ok(!ids.has(id), `duplicate operationId ${id}`);
    ids.add(id);
    const responses = operation['responses'] as Json;
    assert.ok(
      Object.keys(responses).some((status) => status.startsWith('2')),
      `${path} has no success response`,
    );
    if (path !== '/openapi.json') assert.ok(responses['401'], `${path} does not document 401`);
  }
  const operations = Object.values(paths).flatMap((item) => Object.keys(item));
  assert.equal(operations.length, CONTRACT.length, 'no path beyond the contract');
});

test('path parameters are declared for every {placeholder}', () => {
  const components = served['components'] as Json;
  const parameters = components['parameters'] as Record<string, Json>;
  for (const [path, item] of Object.entries(served['paths'] as Record<string, Json>)) {
    for (const operation of Object.values(item) as Json[]) {
      const declared = ((operation['parameters'] ?? []) as Json[]).map((parameter) => {
        const resolved =
          typeof parameter['$ref'] === 'string'
            ? parameters[(parameter['$ref'] as string).split('/').pop() as string]
            : parameter;
        return resolved?.['in'] === 'path' ? resolved['name'] : undefined;
      });
      for (const [, name] of path.matchAll(/\{(\w+)\}/g))
        assert.ok(declared.includes(name), `${path}: {${name}} is not declared`);
    }
  }
});

test('writes describe their problem responses; versioned writes 412 and 428', () => {
  const paths = served['paths'] as Record<string, Json>;
  const patch = paths['/tasks/{taskId}']?.['patch'] as Json;
  const responses = patch['responses'] as Json;
  for (const status of ['400', '403', '404', '412', '413', '415', '428'])
    assert.ok(responses[status], `PATCH /tasks lacks ${status}`);
  const post = (paths['/grids/{gridId}/items']?.['post'] as Json)['responses'] as Json;
  assert.ok(post['201'] && post['422']);
});

test('every $ref resolves inside the document', () => {
  const refs = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, nested] of Object.entries(value)) {
        if (key === '$ref' && typeof nested === 'string') refs.add(nested);
        else walk(nested);
      }
    }
  };
  walk(served);
  assert.ok(refs.size > 20);
  for (const ref of refs) {
    assert.match(ref, /^#\//);
    let target: unknown = served;
    for (const part of ref.slice(2).split('/')) target = (target as Json | undefined)?.[part];
    assert.ok(target !== undefined, `${ref} does not resolve`);
  }
});

test('request bodies are the SDK input schemas, strict about unknown fields', () => {
  const schemas = (served['components'] as Json)['schemas'] as Record<string, Json>;
  for (const name of ['TaskPatch', 'GridItemInput', 'GridItemPatch', 'MeasurementInput']) {
    assert.equal(schemas[name]?.['additionalProperties'], false, name);
  }
  assert.ok(!('$schema' in (schemas['Task'] as Json)));
});

test('docs/openapi.json is not stale (run `pnpm --filter @plankit/server openapi` to refresh it)', async () => {
  const generated = serializeOpenApi(await buildOpenApiDocument());
  assert.equal(
    JSON.stringify(served),
    JSON.stringify(JSON.parse(generated)),
    'the served document is the generated one',
  );
  let committed: string;
  try {
    committed = readFileSync(COMMITTED, 'utf8');
  } catch {
    assert.fail(`${COMMITTED} is missing: run pnpm --filter @plankit/server openapi`);
  }
  assert.ok(committed === generated, 'docs/openapi.json is stale: run pnpm --filter @plankit/server openapi');
});
