// Crash: the real server CLI as a child process on a database file, three writers streaming measurement PUTs
// and task PATCHes, kill -9 at a random moment, restart on the same file. Every acknowledged write must be
// there, the database must pass PRAGMA integrity_check, and the server must serve normally. Several rounds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createClient, type PlankitClient, type Task } from '@plankit/sdk';
import { EDITOR_TOKEN, VIEWER_TOKEN, spawnServer, temporaryDir, type ServerProcess } from '../src/reference.js';
import { SuiteReport } from '../src/results.js';
import { HOOK_TIMEOUT_MS } from '../src/stage.js';
import { SEED_SCOPE } from '../src/targets.js';

const ROUNDS = 3;
const WRITERS = 3;
const KPI_ID = 'sales-volume';
const KILL_AFTER_MS = { min: 250, max: 1500 };

const report = new SuiteReport('crash');
const dir = temporaryDir('crash');
const dbPath = join(dir, 'plankit.db');
const env = {
  PLANKIT_DB: dbPath,
  PLANKIT_TOKENS: `${EDITOR_TOKEN}:editor,${VIEWER_TOKEN}:viewer`,
  PLANKIT_GRIDS: '12',
  PLANKIT_RETAILERS: '200',
  PLANKIT_RATE_LIMIT: '0',
};
let server: ServerProcess | undefined;
const rounds: Array<{
  killAfterMs: number;
  attempted: number;
  acknowledged: number;
  inFlightApplied: number;
  integrity: string;
  restartMs: number;
}> = [];

before(
  async () => {
    server = await spawnServer(env);
  },
  { timeout: HOOK_TIMEOUT_MS },
);

after(
  async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
    const acknowledged = rounds.reduce((sum, round) => sum + round.acknowledged, 0);
    const attempted = rounds.reduce((sum, round) => sum + round.attempted, 0);
    report.figures['rounds'] = rounds;
    report.figures['acknowledged'] = acknowledged;
    report.figures['attempted'] = attempted;
    report.headline = `${rounds.length} kill -9 rounds, ${acknowledged.toLocaleString('en')} acknowledged writes checked after restart, integrity_check ${rounds.every((round) => round.integrity === 'ok') ? 'ok' : 'FAILED'}`;
    report.line(
      `The server ran as a child process (\`node --import tsx packages/server/src/main.ts\`, \`PLANKIT_DB\` a file in the system temp directory, \`PLANKIT_TOKENS\` set). ${WRITERS} writers, one request at a time each, alternated \`PUT …/measurements/{period}\` (each writer its own month, the value counting up) and \`PATCH /tasks/{taskId}\` (each writer its own task, If-Match, a new marker each time) until the server was killed with SIGKILL at a random moment; then the file was checked and the server restarted on it.`,
    );
    report.line('');
    report.line(
      '| round | killed after | writes sent | acknowledged | unacknowledged write found applied | integrity_check | restart |',
    );
    report.line('| --- | --- | --- | --- | --- | --- | --- |');
    rounds.forEach((round, index) =>
      report.line(
        `| ${index + 1} | ${round.killAfterMs} ms | ${round.attempted} | ${round.acknowledged} | ${round.inFlightApplied} | ${round.integrity} | ${round.restartMs} ms |`,
      ),
    );
    report.line('');
    report.line(
      'Verified after each restart: the task’s version is its version before the round plus the number of acknowledged PATCHes (plus one when the write in flight at the kill landed), its marker is the last acknowledged one (or the one in flight); the month’s value is the last acknowledged one (or the one in flight); the server answers reads and accepts a new write.',
    );
    await report.save();
  },
  { timeout: HOOK_TIMEOUT_MS },
);

interface Writer {
  taskId: string;
  period: string;
  version: number;
  attempted: number;
  acknowledged: number;
  patchesAcknowledged: number;
  /** The last acknowledged values. */
  value: number | null;
  marker: string | null;
  /** What was sent when the server died (it may or may not have been applied). */
  inFlight: { kind: 'put'; value: number } | { kind: 'patch'; marker: string } | null;
}

async function stream(client: PlankitClient, writer: Writer, index: number, stop: { stopped: boolean }): Promise<void> {
  for (let sequence = 0; !stop.stopped; sequence++) {
    writer.attempted += 1;
    try {
      if (sequence % 2 === 0) {
        const value = Date.now() * 10 + index;
        writer.inFlight = { kind: 'put', value };
        await client.kpis.recordMeasurement(SEED_SCOPE.planId, KPI_ID, writer.period, value);
        writer.value = value;
      } else {
        const marker = `w${index}-${sequence}-${Date.now()}`;
        writer.inFlight = { kind: 'patch', marker };
        const updated = await client.tasks.update(writer.taskId, { assignees: [marker] }, { version: writer.version });
        writer.version = updated.version;
        writer.marker = marker;
        writer.patchesAcknowledged += 1;
      }
      writer.acknowledged += 1;
      writer.inFlight = null;
    } catch {
      // The server is gone: what was in flight stays recorded as unknown.
      return;
    }
  }
}

const clientFor = (url: string): PlankitClient =>
  createClient({ baseUrl: `${url}/api/v1`, getToken: () => EDITOR_TOKEN, retry: 0, timeout: 5000 });

describe(`kill -9 during a stream of writes, ${ROUNDS} rounds on one file`, { timeout: 90_000 }, () => {
  for (let round = 1; round <= ROUNDS; round++) {
    test(`round ${round}: every acknowledged write survives, the file is intact, the server serves again`, async () => {
      const problems: string[] = [];
      const running = server as ServerProcess;
      let client = clientFor(running.url);
      const tasks = await client.tasks.list(SEED_SCOPE.planId);
      const writers: Writer[] = Array.from({ length: WRITERS }, (_, index) => {
        const task = tasks[index] as Task;
        return {
          taskId: task.id,
          period: `2020-${String(10 + index)}`,
          version: task.version,
          attempted: 0,
          acknowledged: 0,
          patchesAcknowledged: 0,
          value: null,
          marker: null,
          inFlight: null,
        };
      });
      const startVersions = writers.map((writer) => writer.version);
      const stop = { stopped: false };
      const streams = writers.map((writer, index) => stream(clientFor(running.url), writer, index, stop));
      const killAfterMs = randomInt(KILL_AFTER_MS.min, KILL_AFTER_MS.max);
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      await running.kill();
      stop.stopped = true;
      await Promise.race([Promise.all(streams), new Promise((resolve) => setTimeout(resolve, 10_000))]);

      // The file as the crash left it: opening it replays the write-ahead log.
      const db = new BetterSqlite3(dbPath);
      let integrity: string;
      try {
        integrity = String(db.pragma('integrity_check', { simple: true }));
      } finally {
        db.close();
      }
      if (integrity !== 'ok') problems.push(`round ${round}: PRAGMA integrity_check says ${integrity}`);

      const restartStarted = Date.now();
      server = await spawnServer(env);
      const restartMs = Date.now() - restartStarted;
      client = clientFor(server.url);
      const after = new Map((await client.tasks.list(SEED_SCOPE.planId)).map((task) => [task.id, task]));
      const kpi = await client.kpis.get(SEED_SCOPE.planId, KPI_ID);
      let inFlightApplied = 0;
      writers.forEach((writer, index) => {
        const task = after.get(writer.taskId);
        const acknowledgedVersion = (startVersions[index] ?? 0) + writer.patchesAcknowledged;
        const pendingPatch = writer.inFlight?.kind === 'patch' ? writer.inFlight.marker : null;
        if (task === undefined) problems.push(`round ${round}: task ${writer.taskId} is gone`);
        else if (task.version === acknowledgedVersion) {
          if (writer.marker !== null && task.assignees[0] !== writer.marker)
            problems.push(`round ${round}: ${writer.taskId} lost its last acknowledged move ${writer.marker}`);
        } else if (
          pendingPatch !== null &&
          task.version === acknowledgedVersion + 1 &&
          task.assignees[0] === pendingPatch
        ) {
          inFlightApplied += 1;
        } else {
          problems.push(
            `round ${round}: ${writer.taskId} is at version ${task.version} (${task.assignees[0] ?? 'no marker'}), ${writer.patchesAcknowledged} PATCHes were acknowledged from version ${startVersions[index]}`,
          );
        }
        const stored = kpi.measurements.find((measurement) => measurement.period === writer.period)?.value;
        const pendingValue = writer.inFlight?.kind === 'put' ? writer.inFlight.value : null;
        if (writer.value !== null && stored !== writer.value) {
          if (pendingValue !== null && stored === pendingValue) inFlightApplied += 1;
          else
            problems.push(
              `round ${round}: ${writer.period} holds ${String(stored)}, the last acknowledged value was ${writer.value}`,
            );
        }
      });

      // Serves normally: reads, and a write with the version it now has.
      const plans = await client.plans.list();
      if (!plans.some((plan) => plan.id === SEED_SCOPE.planId))
        problems.push(`round ${round}: the plan is missing after restart`);
      const probeTask = after.get(writers[0]?.taskId ?? '');
      if (probeTask !== undefined) {
        const moved = await client.tasks.update(
          probeTask.id,
          { assignees: [`after-restart-${round}`] },
          { version: probeTask.version },
        );
        if (moved.version !== probeTask.version + 1)
          problems.push(`round ${round}: a write after restart did not apply`);
      }

      const acknowledged = writers.reduce((sum, writer) => sum + writer.acknowledged, 0);
      const attempted = writers.reduce((sum, writer) => sum + writer.attempted, 0);
      if (acknowledged === 0)
        problems.push(`round ${round}: no write was acknowledged before the kill, so nothing was tested`);
      rounds.push({ killAfterMs, attempted, acknowledged, inFlightApplied, integrity, restartMs });
      assert.deepEqual(report.problem(...problems), []);
    });
  }
});
