// PATCH /tasks/{taskId} with an owner: a card moved to another department's column on the board.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { ValidationError, type Task } from '@plankit/sdk';
import { EDITOR_TOKEN, PLAN_ID, clientFor, problemOf, raw, startTestServer, type TestServer } from './helpers.js';

describe('PATCH /tasks/{taskId} owner', () => {
  let server: TestServer;
  let tasks: Task[];

  before(async () => {
    server = await startTestServer();
    tasks = await clientFor(server, EDITOR_TOKEN).tasks.list(PLAN_ID);
  });
  after(() => server.dispose());

  /** PATCH a task from its version, as a client that skips the SDK's checks would. */
  const patch = (task: Task, body: unknown) =>
    raw(server, `/api/v1/tasks/${task.id}`, { method: 'PATCH', headers: { 'If-Match': `"${task.version}"` }, body });

  /** The `skip`-th seeded task whose owner is not `owner` (each test takes its own `skip`, so none sees another's write). */
  const taskNotOwnedBy = (owner: string, skip: number): Task => {
    const task = tasks.filter((candidate) => candidate.owner !== owner && candidate.owner !== 'logistics')[skip];
    assert.ok(task, `a task not owned by ${owner}`);
    return task;
  };

  test('moves the task to another department, raises its version and records the change', async () => {
    const task = taskNotOwnedBy('logistics', 0);
    const updated = await clientFor(server, EDITOR_TOKEN).tasks.update(
      task.id,
      { owner: 'logistics' },
      { version: task.version },
    );
    assert.equal(updated.owner, 'logistics');
    assert.equal(updated.version, task.version + 1);
    assert.equal(updated.status, task.status, 'the other fields stay');
    const [listed] = await clientFor(server, EDITOR_TOKEN).tasks.list(PLAN_ID, {
      owner: 'logistics',
      q: task.title.zh,
    });
    assert.equal(listed?.id, task.id);
    const db = new BetterSqlite3(server.dbPath, { readonly: true });
    try {
      const change = db
        .prepare<[string], { entity: string; version: number }>(
          'SELECT entity, version FROM changes WHERE entity_id = ? ORDER BY seq DESC LIMIT 1',
        )
        .get(task.id);
      assert.deepEqual({ ...change }, { entity: 'task', version: task.version + 1 });
    } finally {
      db.close();
    }
  });

  test('takes a plan’s own department code (an open vocabulary)', async () => {
    const task = taskNotOwnedBy('county-bureau', 1);
    const response = await patch(task, { owner: 'county-bureau' });
    assert.equal(response.status, 200, response.text);
    assert.equal((response.json as Task).owner, 'county-bureau');
  });

  test('keeps the version when the owner is the one the task has', async () => {
    const task = taskNotOwnedBy('logistics', 2);
    const response = await patch(task, { owner: task.owner });
    assert.equal(response.status, 200, response.text);
    assert.equal((response.json as Task).version, task.version);
  });

  test('refuses a malformed department code with 400 naming body.owner', async () => {
    const task = taskNotOwnedBy('logistics', 3);
    const response = await patch(task, { owner: 'Not A Code!' });
    assert.equal(response.status, 400, response.text);
    assert.ok(problemOf(response).errors?.some((error) => error.path === 'body.owner'));
  });

  test('refuses a pillar in the patch (a task’s pillar is its initiative’s)', async () => {
    const task = taskNotOwnedBy('logistics', 4);
    const response = await patch(task, { pillarId: 'p2' });
    assert.equal(response.status, 400, response.text);
    assert.ok(problemOf(response).errors?.some((error) => error.path === 'body.pillarId'));
  });

  test('the SDK client refuses a malformed owner before sending', async () => {
    const task = taskNotOwnedBy('logistics', 5);
    await assert.rejects(
      clientFor(server, EDITOR_TOKEN).tasks.update(task.id, { owner: '' }, { version: task.version }),
      ValidationError,
    );
  });
});
