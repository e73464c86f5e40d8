// Concurrent writers: optimistic concurrency lets exactly one of two moves win; idempotent POSTs create once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PreconditionFailedError } from '@plankit/sdk';
import type { GridItem, Task } from '@plankit/sdk/schemas';
import { EDITOR_TOKEN, PLAN_ID, clientFor, queryFile, raw, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.dispose());

test('two clients moving the same task from the same version: exactly one wins', async () => {
  const alice = clientFor(server, EDITOR_TOKEN);
  const bob = clientFor(server, EDITOR_TOKEN);
  const [task] = await alice.tasks.list(PLAN_ID, { status: 'todo' });
  assert.ok(task, 'the seed has a task to do');
  const results = await Promise.allSettled([
    alice.tasks.update(task.id, { status: 'doing' }, { version: task.version }),
    bob.tasks.update(task.id, { status: 'blocked' }, { version: task.version }),
  ]);
  const won = results.filter((result): result is PromiseFulfilledResult<Task> => result.status === 'fulfilled');
  const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  assert.equal(won.length, 1);
  assert.equal(lost.length, 1);
  assert.ok(lost[0]?.reason instanceof PreconditionFailedError);
  const final = (await alice.tasks.list(PLAN_ID)).find((candidate) => candidate.id === task.id);
  assert.equal(final?.version, task.version + 1);
  assert.equal(final?.status, won[0]?.value.status);
  assert.ok(final?.status === 'doing' || final?.status === 'blocked');
  assert.deepEqual((lost[0]?.reason as PreconditionFailedError).current, final);
});

test('twenty concurrent PATCHes from one version: one 200, nineteen 412, version up by one', async () => {
  const client = clientFor(server, EDITOR_TOKEN);
  const [task] = await client.tasks.list(PLAN_ID, { status: 'todo' });
  assert.ok(task);
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      raw(server, `/api/v1/tasks/${task.id}`, {
        method: 'PATCH',
        headers: { 'If-Match': `"${task.version}"` },
        body: { progress: index + 1 },
      }),
    ),
  );
  const statuses = responses.map((response) => response.status).sort();
  assert.deepEqual(statuses, [200, ...Array<number>(19).fill(412)]);
  const [row] = queryFile<{ version: number; progress: number }>(
    server.dbPath,
    'SELECT version, progress FROM tasks WHERE id = ?',
    task.id,
  );
  assert.equal(row?.version, task.version + 1);
  const winner = responses.find((response) => response.status === 200)?.json as Task;
  assert.equal(row?.progress, winner.progress);
});

test('a POST retried with the same Idempotency-Key creates one item', async () => {
  const gridId = queryFile<{ id: string }>(server.dbPath, 'SELECT id FROM grids ORDER BY position LIMIT 1')[0]
    ?.id as string;
  const count = () => queryFile<{ n: number }>(server.dbPath, 'SELECT COUNT(*) AS n FROM grid_items')[0]?.n ?? 0;
  const before = count();
  const body = { kind: 'illegal-sale', title: '无证经营' };
  const responses = await Promise.all(
    Array.from({ length: 8 }, () =>
      raw(server, `/api/v1/grids/${gridId}/items`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'retry-me-7f3a' },
        body,
      }),
    ),
  );
  assert.ok(responses.every((response) => response.status === 201));
  const ids = new Set(responses.map((response) => (response.json as GridItem).id));
  assert.equal(ids.size, 1);
  assert.equal(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true').length, 7);
  assert.equal(count(), before + 1);
});

test('the client retrying reportItem with its own key creates one item', async () => {
  const client = clientFor(server, EDITOR_TOKEN);
  const gridId = queryFile<{ id: string }>(server.dbPath, 'SELECT id FROM grids ORDER BY position LIMIT 1 OFFSET 1')[0]
    ?.id as string;
  const input = { kind: 'safety-hazard', title: '电动车违规充电' } as const;
  const first = await client.grids.reportItem(gridId, input, { idempotencyKey: 'client-key-42' });
  const second = await client.grids.reportItem(gridId, input, { idempotencyKey: 'client-key-42' });
  assert.deepEqual(second, first);
  const rows = queryFile<{ n: number }>(
    server.dbPath,
    "SELECT COUNT(*) AS n FROM grid_items WHERE title = '电动车违规充电'",
  );
  assert.equal(rows[0]?.n, 1);
});
