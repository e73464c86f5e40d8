// The route table says what API.md says: every placeholder has a schema, queries are strict, writes need an
// editor and are safe to retry, and every operation has its prose.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { OPERATION_DOCS, PATH_PARAM_DOCS, TAG_DOCS, type OperationDocs } from './docs.js';
import type { ContractRoute } from './route.js';
import { ROUTES, updateTask } from './routes.js';

const routes: readonly ContractRoute[] = ROUTES;
const placeholders = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);

describe('the route table', () => {
  test('names each operation once and each method and path once', () => {
    assert.equal(new Set(routes.map((route) => route.operationId)).size, routes.length);
    assert.equal(new Set(routes.map((route) => `${route.method} ${route.path}`)).size, routes.length);
  });

  test('has a schema for every placeholder of a path, and none beside them', () => {
    for (const route of routes)
      assert.deepEqual(Object.keys(route.params).sort(), placeholders(route.path).sort(), route.operationId);
  });

  test('refuses an unknown query parameter on every route', () => {
    for (const route of routes)
      assert.equal(z.safeParse(route.query, { colour: 'red' }).success, false, route.operationId);
  });

  test('lets only an editor write, and every write names its body and the problems of a body', () => {
    for (const route of routes) {
      const writes = route.method !== 'GET';
      assert.equal(route.access === 'editor', writes, route.operationId);
      if (!writes) continue;
      assert.ok(route.body, `${route.operationId} has no body`);
      for (const status of [400, 403, 413, 415] as const)
        assert.ok(route.problems.includes(status), `${route.operationId} lacks ${status}`);
    }
  });

  test('makes every write safe to retry: PUT by its path, PATCH by If-Match (428, 412 with current), POST by Idempotency-Key', () => {
    for (const route of routes) {
      if (route.method === 'PATCH') {
        assert.ok(route.headers?.includes('If-Match'), route.operationId);
        assert.ok(route.problems.includes(428) && route.current !== undefined, route.operationId);
      }
      if (route.method === 'POST') assert.ok(route.headers?.includes('Idempotency-Key'), route.operationId);
    }
  });

  test('gives each entry its exact schemas', () => {
    assert.equal(updateTask.path, '/tasks/{taskId}');
    assert.deepEqual(z.parse(updateTask.body, { progress: 40 }), { progress: 40 });
    assert.equal(z.safeParse(updateTask.body, { version: 3 }).success, false);
  });
});

describe('the route table’s prose', () => {
  test('has a summary and a known tag for every operation, and nothing for operations that do not exist', () => {
    const ids = routes.map((route) => route.operationId).sort();
    assert.deepEqual(Object.keys(OPERATION_DOCS).sort(), ids);
    for (const [id, docs] of Object.entries(OPERATION_DOCS)) {
      assert.ok(docs.summary.length > 0, id);
      assert.ok(docs.tag in TAG_DOCS, `${id}: tag ${docs.tag} is not in TAG_DOCS`);
    }
  });

  test('describes every path parameter and only query parameters the route takes', () => {
    for (const route of routes) {
      for (const name of placeholders(route.path)) assert.ok(name !== undefined && name in PATH_PARAM_DOCS, name);
      const docs: OperationDocs = OPERATION_DOCS[route.operationId as keyof typeof OPERATION_DOCS];
      for (const name of Object.keys(docs.query ?? {}))
        assert.ok(name in route.query._zod.def.shape, `${route.operationId}: ?${name} is not in its query`);
    }
  });
});
