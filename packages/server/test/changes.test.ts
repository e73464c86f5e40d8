// The change stream over real HTTP: every committed write is announced once, in order, resumably; nothing else is.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { Change, ChangeReload } from '@plankit/sdk/schemas';
import type { ChangeStreamEvent } from '@plankit/sdk';
import {
  EDITOR_TOKEN,
  PLAN_ID,
  VIEWER_TOKEN,
  clientFor,
  problemOf,
  raw,
  startTestServer,
  tempDir,
  type TestServer,
} from './helpers.js';

interface StreamEvent {
  event: string | undefined;
  id: string | undefined;
  data: string;
}

/** An open change stream: its events as they arrive, comments counted, and a way to wait for more. */
interface OpenStream {
  status: number;
  headers: Headers;
  events: StreamEvent[];
  comments: number;
  /** Resolves once `count` events of `kind` have arrived (rejects after `ms`). */
  waitFor(kind: string, count: number, ms?: number): Promise<StreamEvent[]>;
  /** Resolves when the server ends the response. */
  ended: Promise<void>;
  close(): void;
}

async function openStream(
  server: TestServer,
  options: { token?: string; lastEventId?: string; query?: string; planId?: string } = {},
): Promise<OpenStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { Authorization: `Bearer ${options.token ?? VIEWER_TOKEN}` };
  if (options.lastEventId !== undefined) headers['Last-Event-ID'] = options.lastEventId;
  const response = await fetch(`${server.api}/plans/${options.planId ?? PLAN_ID}/changes${options.query ?? ''}`, {
    headers,
    signal: controller.signal,
  });
  const events: StreamEvent[] = [];
  let comments = 0;
  const listeners = new Set<() => void>();
  let ended: Promise<void> = Promise.resolve();
  if (response.ok && response.body !== null) {
    const reader = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream({ onComment: () => void comments++ }))
      .getReader();
    ended = (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          events.push({ event: value.event, id: value.id, data: value.data });
          for (const listener of listeners) listener();
        }
      } catch {
        // aborted by close()
      }
    })();
  }
  return {
    status: response.status,
    headers: response.headers,
    events,
    get comments() {
      return comments;
    },
    ended,
    close: () => controller.abort(),
    waitFor(kind, count, ms = 5000) {
      const matching = () => events.filter((event) => event.event === kind);
      return new Promise((resolve, reject) => {
        const check = () => {
          if (matching().length >= count) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve(matching());
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`${matching().length} of ${count} "${kind}" events after ${ms} ms`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
  };
}

/** Opens a change stream, hands it to `use`, and closes it whatever happens. */
async function withStream<T>(
  server: TestServer,
  options: Parameters<typeof openStream>[1],
  use: (stream: OpenStream) => Promise<T>,
): Promise<T> {
  const stream = await openStream(server, options);
  try {
    return await use(stream);
  } finally {
    stream.close();
  }
}

const changesOf = (events: StreamEvent[]): Change[] =>
  events.map((event) => Change.parse(JSON.parse(event.data)) as Change);

async function moveTask(server: TestServer, taskId: string, status: string): Promise<number> {
  return patchTask(server, taskId, { status });
}

/** Moves `taskId` to `status` with a stream open, and returns the change event that stream saw. */
async function moveAndSee(server: TestServer, taskId: string, status: string): Promise<StreamEvent | undefined> {
  return withStream(server, {}, async (stream) => {
    await stream.waitFor('ready', 1);
    await moveTask(server, taskId, status);
    const [event] = await stream.waitFor('change', 1);
    return event;
  });
}

/** PATCH a task at its current version; the version after the write. */
async function patchTask(server: TestServer, taskId: string, patch: Record<string, unknown>): Promise<number> {
  const current = await raw(server, `/api/v1/plans/${PLAN_ID}/tasks`);
  const task = (current.json as { items: Array<{ id: string; version: number }> }).items.find(
    (item) => item.id === taskId,
  );
  assert.ok(task, `task ${taskId} exists`);
  const response = await raw(server, `/api/v1/tasks/${taskId}`, {
    method: 'PATCH',
    headers: { 'If-Match': `"${task.version}"` },
    body: patch,
  });
  assert.equal(response.status, 200, response.text);
  const version = (response.json as { version: number }).version;
  // A patch that changes nothing is no change: a test that means to write one must really write.
  assert.ok(version > task.version, `the patch of ${taskId} changed nothing`);
  return version;
}

async function firstTaskIds(server: TestServer, count: number): Promise<string[]> {
  const response = await raw(server, `/api/v1/plans/${PLAN_ID}/tasks`);
  return (response.json as { items: Array<{ id: string }> }).items.slice(0, count).map((task) => task.id);
}

describe('GET /plans/{planId}/changes', () => {
  let server: TestServer;
  let taskIds: string[];

  before(async () => {
    server = await startTestServer({ changes: { heartbeatMs: 200, pollMs: 100, streamsPerToken: 3 } });
    taskIds = await firstTaskIds(server, 4);
  });
  after(async () => server.dispose());

  test('is a text/event-stream that opens with a ready event carrying the stream’s position', async () => {
    await withStream(server, {}, async (stream) => {
      assert.equal(stream.status, 200);
      assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
      const [ready] = await stream.waitFor('ready', 1);
      assert.match(ready?.id ?? '', /^\d+$/);
    });
  });

  test('announces a task move with its new version, the plan and a sequence id', async () => {
    await withStream(server, {}, async (stream) => {
      await stream.waitFor('ready', 1);
      const version = await moveTask(server, taskIds[0] as string, 'doing');
      const [event] = await stream.waitFor('change', 1);
      const [change] = changesOf([event as StreamEvent]);
      assert.deepEqual(
        { planId: change?.planId, entity: change?.entity, entityId: change?.entityId, version: change?.version },
        { planId: PLAN_ID, entity: 'task', entityId: taskIds[0], version },
      );
      assert.equal(event?.id, String(change?.seq));
    });
  });

  test('announces a measurement once, and not again when the same value is written twice', async () => {
    await withStream(server, {}, async (stream) => {
      await stream.waitFor('ready', 1);
      const path = `/api/v1/plans/${PLAN_ID}/kpis/network-cases/measurements/2020-11`;
      for (let i = 0; i < 2; i++) {
        const response = await raw(server, path, { method: 'PUT', body: { value: 7 } });
        assert.equal(response.status, 200, response.text);
      }
      await moveTask(server, taskIds[1] as string, 'blocked');
      const changes = changesOf(await stream.waitFor('change', 2));
      assert.deepEqual(
        changes.map((change) => `${change.entity}:${change.entityId}:${change.period ?? ''}`),
        ['measurement:network-cases:2020-11', `task:${taskIds[1]}:`],
      );
    });
  });

  test('announces nothing for a write that fails (a stale version is a 412 and no change)', async () => {
    await withStream(server, {}, async (stream) => {
      await stream.waitFor('ready', 1);
      const stale = await raw(server, `/api/v1/tasks/${taskIds[2]}`, {
        method: 'PATCH',
        headers: { 'If-Match': '"999"' },
        body: { status: 'done' },
      });
      assert.equal(stale.status, 412);
      const version = await moveTask(server, taskIds[2] as string, 'done');
      const changes = changesOf(await stream.waitFor('change', 1));
      assert.deepEqual(
        changes.map((change) => change.version),
        [version],
      );
    });
  });

  test('announces a reported grid item to every plan (grids are county-wide)', async () => {
    await withStream(server, {}, async (stream) => {
      await stream.waitFor('ready', 1);
      const grids = await raw(server, '/api/v1/grids');
      const gridId = (grids.json as { features: Array<{ id: string }> }).features[0]?.id as string;
      const created = await raw(server, `/api/v1/grids/${gridId}/items`, {
        method: 'POST',
        body: { kind: 'illegal-sale', title: '无证经营线索' },
      });
      assert.equal(created.status, 201, created.text);
      const [change] = changesOf(await stream.waitFor('change', 1));
      assert.deepEqual(
        [change?.entity, change?.entityId, change?.planId],
        ['item', (created.json as { id: string }).id, null],
      );
    });
  });

  test('resumes after Last-Event-ID with every change since, in order, each once', async () => {
    const seen = await moveAndSee(server, taskIds[3] as string, 'doing');
    // Written while no stream is open: the resumed stream must still deliver them.
    await moveTask(server, taskIds[3] as string, 'blocked');
    await moveTask(server, taskIds[3] as string, 'done');
    await withStream(server, { lastEventId: seen?.id as string }, async (resumed) => {
      const changes = changesOf(await resumed.waitFor('change', 2));
      const seqs = changes.map((change) => change.seq);
      assert.deepEqual(
        seqs,
        [...seqs].sort((a, b) => a - b),
      );
      assert.ok((seqs[0] as number) > Number(seen?.id));
      assert.deepEqual(
        changes.map((change) => change.entityId),
        [taskIds[3], taskIds[3]],
      );
    });
  });

  test('resumes from ?since= as from Last-Event-ID', async () => {
    const event = await moveAndSee(server, taskIds[0] as string, 'todo');
    const since = Number(event?.id) - 1;
    await withStream(server, { query: `?since=${since}` }, async (resumed) => {
      const [change] = changesOf(await resumed.waitFor('change', 1));
      assert.equal(change?.seq, Number(event?.id));
    });
  });

  test('says "reload" to a client that asks for a position the log never reached', async () => {
    await withStream(server, { lastEventId: '999999' }, async (stream) => {
      const [event] = await stream.waitFor('reload', 1);
      const reload = ChangeReload.parse(JSON.parse(event?.data ?? '')) as ChangeReload;
      assert.equal(reload.reason, 'unknown-seq');
      assert.equal(event?.id, String(reload.resumeFrom));
    });
  });

  test('sends a heartbeat comment while nothing changes', async () => {
    await withStream(server, {}, async (stream) => {
      await stream.waitFor('ready', 1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.ok(stream.comments >= 1, `${stream.comments} heartbeats`);
    });
  });

  test('needs a bearer token in the header, as every route does', async () => {
    const response = await raw(server, `/api/v1/plans/${PLAN_ID}/changes`, { token: null });
    assert.equal(response.status, 401);
  });

  test('refuses an unknown plan, a malformed Last-Event-ID and an unknown query parameter', async () => {
    const unknownPlan = await raw(server, '/api/v1/plans/no-such-plan/changes');
    const badId = await raw(server, `/api/v1/plans/${PLAN_ID}/changes`, { headers: { 'Last-Event-ID': 'abc' } });
    const badQuery = await raw(server, `/api/v1/plans/${PLAN_ID}/changes?from=3`);
    assert.deepEqual([unknownPlan.status, badId.status, badQuery.status], [404, 400, 400]);
    assert.equal(problemOf(badId).errors?.[0]?.path, 'headers.last-event-id');
  });

  test('bounds the streams one token may hold open (429 with Retry-After)', async () => {
    const held = await Promise.all([1, 2, 3].map(() => openStream(server, { token: EDITOR_TOKEN })));
    try {
      await Promise.all(held.map((stream) => stream.waitFor('ready', 1)));
      const refused = await raw(server, `/api/v1/plans/${PLAN_ID}/changes`, { token: EDITOR_TOKEN });
      assert.equal(refused.status, 429);
      assert.ok(refused.headers.get('retry-after'));
    } finally {
      for (const stream of held) stream.close();
    }
  });
});

describe('the change log', () => {
  test('tells a client that fell behind what the log keeps to reload, never skipping silently', async () => {
    const server = await startTestServer({ changes: { logSize: 3, heartbeatMs: 1000, pollMs: 100 } });
    try {
      const [taskId] = await firstTaskIds(server, 1);
      const statuses = ['doing', 'blocked', 'done', 'todo', 'doing', 'blocked'];
      for (const status of statuses) await moveTask(server, taskId as string, status);
      await withStream(server, { lastEventId: '1' }, async (stream) => {
        const [event] = await stream.waitFor('reload', 1);
        const reload = ChangeReload.parse(JSON.parse(event?.data ?? '')) as ChangeReload;
        assert.deepEqual(reload, { reason: 'behind-log', resumeFrom: statuses.length });
      });
    } finally {
      await server.dispose();
    }
  });

  test('ends open streams when the server closes, so closing does not wait for them', async () => {
    const server = await startTestServer({ changes: { heartbeatMs: 60_000, pollMs: 60_000 } });
    const stream = await openStream(server);
    await stream.waitFor('ready', 1);
    const started = Date.now();
    await server.dispose();
    await stream.ended;
    // DRAIN_MS (5 s) is what close() would wait for a connection that never ends.
    assert.ok(Date.now() - started < 4000, `closed in ${Date.now() - started} ms`);
  });

  test('delivers every change to every subscriber exactly once, in order, under concurrent writers', async () => {
    const server = await startTestServer({ changes: { heartbeatMs: 5000, pollMs: 200, streamsPerToken: 20 } });
    try {
      const ids = await firstTaskIds(server, 5);
      const streams = await Promise.all(Array.from({ length: 10 }, () => openStream(server)));
      await Promise.all(streams.map((stream) => stream.waitFor('ready', 1)));
      const before = await raw(server, `/api/v1/plans/${PLAN_ID}/tasks`);
      const progress = new Map(
        (before.json as { items: Array<{ id: string; progress: number }> }).items.map((task) => [
          task.id,
          task.progress,
        ]),
      );
      const rounds = [1, 2, 3, 4];
      // Five writers at once, each changing its own task's progress four times (never to its value before): 20 changes.
      await Promise.all(
        ids.map(async (id) => {
          for (const round of rounds)
            await patchTask(server, id, { progress: ((progress.get(id) ?? 0) + round) % 101 });
        }),
      );
      const expected = ids.length * rounds.length;
      for (const stream of streams) {
        const seqs = changesOf(await stream.waitFor('change', expected)).map((change) => change.seq);
        assert.equal(seqs.length, expected);
        assert.equal(new Set(seqs).size, expected);
        assert.deepEqual(
          seqs,
          [...seqs].sort((a, b) => a - b),
        );
        stream.close();
      }
    } finally {
      await server.dispose();
    }
  });
});

describe('the SDK’s client.changes() against the reference server', () => {
  test('yields another client’s move, and after a server restart resumes without missing a change', async () => {
    const dir = tempDir();
    const dbPath = `${dir}/plankit.db`;
    const changes = { heartbeatMs: 1000, pollMs: 100 };
    let server = await startTestServer({ dbPath, changes });
    const port = server.port;
    const controller = new AbortController();
    const received: ChangeStreamEvent[] = [];
    const statuses: string[] = [];
    let notify = () => undefined as void;
    const consumer = (async () => {
      const events = clientFor(server, VIEWER_TOKEN).changes(PLAN_ID, {
        signal: controller.signal,
        reconnectDelay: () => 150,
        onStatus: (status) => statuses.push(status),
      });
      for await (const event of events) {
        received.push(event);
        notify();
      }
    })();
    const until = (count: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${received.length} of ${count} events`)), 8000);
        notify = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        };
        notify();
      });
    try {
      const [first, second] = await firstTaskIds(server, 2);
      while (!statuses.includes('open')) await new Promise((resolve) => setTimeout(resolve, 20));
      await patchTask(server, first as string, { progress: 41 });
      await until(1);
      // Restart on the same file and port; write once the new server is up, before the client is back.
      await server.close();
      server = await startTestServer({ dbPath, port, changes });
      // fetch's pool may still hold a socket to the old server on this port: the first request can fail on it.
      for (let attempt = 0; ; attempt++) {
        try {
          await raw(server, '/api/v1/plans');
          break;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
      await patchTask(server, second as string, { progress: 42 });
      await patchTask(server, first as string, { progress: 43 });
      await until(3);
      const seen = received.map((event) => (event.type === 'change' ? event.change.entityId : event.type));
      assert.deepEqual(seen, [first, second, first]);
      const seqs = received.map((event) => (event.type === 'change' ? event.change.seq : 0));
      assert.deepEqual(
        seqs,
        [...seqs].sort((a, b) => a - b),
      );
      assert.ok(statuses.includes('reconnecting'), statuses.join(', '));
    } finally {
      controller.abort();
      await consumer;
      await server.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a viewer’s client receives changes: reading them needs no editor role', async () => {
    const server = await startTestServer();
    const controller = new AbortController();
    try {
      let opened: () => void = () => undefined;
      const open = new Promise<void>((resolve) => (opened = resolve));
      const events = clientFor(server, VIEWER_TOKEN).changes(PLAN_ID, {
        signal: controller.signal,
        onStatus: (status) => status === 'open' && opened(),
      });
      const [taskId] = await firstTaskIds(server, 1);
      const next = events.next();
      await open;
      await patchTask(server, taskId as string, { progress: 12 });
      const { value } = await next;
      assert.equal(value?.type === 'change' ? value.change.entityId : undefined, taskId);
    } finally {
      controller.abort();
      await server.dispose();
    }
  });

  test('throws NotFoundError for a plan that does not exist, without reconnecting forever', async () => {
    const server = await startTestServer();
    try {
      const events = clientFor(server, VIEWER_TOKEN).changes('no-such-plan');
      await assert.rejects(events.next(), (error: Error) => error.name === 'NotFoundError');
    } finally {
      await server.dispose();
    }
  });
});
