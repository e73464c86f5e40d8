// Fault matrix: a proxy between the client and the reference server delays, drops, fails and corrupts requests.
// For each fault: the SDK raises the right typed error or retries as API.md says (attempts counted at the proxy);
// no task move is lost or applied twice; and every registered element shows a recoverable error whose Retry
// works once the fault clears, with nothing thrown into the page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConflictError,
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  createClient,
  type PlankitClient,
  type Task,
} from '@plankit/sdk';
import { dropInBundle } from '../src/bundles.js';
import { openScenario } from '../src/browser.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../src/fault-proxy.js';
import { inspectCases, waitForStates, type ElementState } from '../src/inspect.js';
import { EDITOR_TOKEN, seedScope } from '../src/reference.js';
import { SuiteReport } from '../src/results.js';
import { setUpSuite } from '../src/stage.js';
import { SEED_SCOPE, TARGETS, connectedPage } from '../src/targets.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/** What the SDK must do about a fault: succeed, or raise `error`, after exactly `attempts` requests. */
interface Expectation {
  outcome: 'ok' | ErrorClass;
  attempts: number;
  /** At least this long (Retry-After honoured). */
  minMs?: number;
}

interface FaultCase {
  name: string;
  fault: Fault;
  /** The fault on every request until cleared. */
  persistent: Expectation;
  /** The fault on the first request only; null when that is the same as persistent (never retried). */
  transient: Expectation | null;
  /** Whether a write that met this fault may have reached the server (the proxy forwards it). */
  forwardsWrites: boolean;
  /** What an element shows while the fault persists. */
  element: ElementState;
}

const CLIENT_TIMEOUT_MS = 800;
const RETRIES = 2;

/**
 * A fault case; unless it says otherwise: never retried (transient: null), a write meeting it never reaches the
 * server, and an element shows an error.
 */
const faultCase = (item: Pick<FaultCase, 'name' | 'fault' | 'persistent'> & Partial<FaultCase>): FaultCase => ({
  transient: null,
  forwardsWrites: false,
  element: 'error',
  ...item,
});

const FAULTS: readonly FaultCase[] = [
  faultCase({
    name: 'delay 300 ms',
    fault: { kind: 'delay', ms: 300 },
    persistent: { outcome: 'ok', attempts: 1 },
    forwardsWrites: true,
    element: 'data',
  }),
  faultCase({
    name: `delay 1500 ms (over the test client's ${CLIENT_TIMEOUT_MS} ms timeout)`,
    fault: { kind: 'delay', ms: 1500 },
    persistent: { outcome: TimeoutError, attempts: 1 },
    element: 'data',
  }),
  faultCase({
    name: 'dropped before the server',
    fault: { kind: 'drop-before' },
    persistent: { outcome: NetworkError, attempts: 1 + RETRIES },
    transient: { outcome: 'ok', attempts: 2 },
  }),
  faultCase({
    name: 'dropped after the server answered',
    fault: { kind: 'drop-after' },
    persistent: { outcome: NetworkError, attempts: 1 + RETRIES },
    transient: { outcome: 'ok', attempts: 2 },
    forwardsWrites: true,
  }),
  faultCase({
    name: '500',
    fault: { kind: 'status', status: 500 },
    persistent: { outcome: ServerError, attempts: 1 + RETRIES },
    transient: { outcome: 'ok', attempts: 2 },
  }),
  faultCase({
    name: '503 with Retry-After: 1',
    fault: { kind: 'status', status: 503, headers: { 'retry-after': '1' } },
    persistent: { outcome: ServerError, attempts: 1 + RETRIES, minMs: 2000 },
    transient: { outcome: 'ok', attempts: 2, minMs: 1000 },
  }),
  faultCase({
    name: '429 with Retry-After: 1',
    fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    persistent: { outcome: RateLimitError, attempts: 1 + RETRIES, minMs: 2000 },
    transient: { outcome: 'ok', attempts: 2, minMs: 1000 },
  }),
  faultCase({
    name: '429 with Retry-After: 120 (longer than the client waits)',
    fault: { kind: 'status', status: 429, headers: { 'retry-after': '120' } },
    persistent: { outcome: RateLimitError, attempts: 1 },
  }),
  faultCase({
    name: 'malformed JSON',
    fault: { kind: 'malformed-json' },
    persistent: { outcome: MalformedResponseError, attempts: 1 },
    forwardsWrites: true,
  }),
  faultCase({
    name: 'schema-invalid JSON',
    fault: { kind: 'schema-invalid' },
    persistent: { outcome: ValidationError, attempts: 1 },
    forwardsWrites: true,
  }),
  // With getToken, a 401 is retried once after asking for a fresh token (API.md).
  faultCase({
    name: '401',
    fault: { kind: 'status', status: 401 },
    persistent: { outcome: UnauthorizedError, attempts: 2 },
    transient: { outcome: 'ok', attempts: 2 },
  }),
  faultCase({
    name: '403',
    fault: { kind: 'status', status: 403 },
    persistent: { outcome: ForbiddenError, attempts: 1 },
  }),
  faultCase({
    name: '409',
    fault: { kind: 'status', status: 409 },
    persistent: { outcome: ConflictError, attempts: 1 },
  }),
  faultCase({
    name: '412',
    fault: { kind: 'status', status: 412 },
    persistent: { outcome: PreconditionFailedError, attempts: 1 },
  }),
];

const report = new SuiteReport('faults');
let proxy: FaultProxy;
let client: PlankitClient;
let direct: PlankitClient;
let tasks: Task[];
let gridId: string;
const reportRows: string[] = [];
const reports = { attempted: 0, acknowledged: 0, surfaced: 0, repeated: 0, createdOnce: 0 };
const sdkRows: string[] = [];
const writeRows: string[] = [];
const elementRows: string[] = [];
let faultsInjected = 0;
const writes = { attempted: 0, acknowledged: 0, surfaced: 0, reconciled: 0, kept: 0 };

const suite = setUpSuite(report, {
  ready: async (reference) => {
    proxy = await startFaultProxy(reference.url);
    client = createClient({
      baseUrl: `${proxy.url}/api/v1`,
      getToken: () => EDITOR_TOKEN,
      timeout: CLIENT_TIMEOUT_MS,
      retry: { limit: RETRIES, delay: () => 25, maxRetryAfter: 5000 },
    });
    direct = createClient({ baseUrl: reference.api, getToken: () => EDITOR_TOKEN, retry: 0 });
    tasks = await direct.tasks.list(SEED_SCOPE.planId);
    gridId = seedScope(reference.dbPath).gridId;
  },
  files: async () => ({ '/plankit.js': (await dropInBundle()).file }),
  upstream: () => proxy.url,
  close: () => proxy?.close(),
  summarize,
});

const className = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

/** Run `call` under `times` of `fault`; compare the outcome and the attempts the proxy saw with `expected`. */
async function check(
  label: string,
  fault: Fault,
  times: number | 'always',
  match: { method: string; path: RegExp },
  expected: Expectation,
  call: () => Promise<unknown>,
): Promise<{ problems: string[]; error: unknown }> {
  proxy.clear();
  proxy.inject({ fault, times, ...match });
  faultsInjected += 1;
  const since = proxy.attempts.length;
  const started = Date.now();
  let error: unknown;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  const ms = Date.now() - started;
  // A forwarded request finishes at the server after the client gave up: let it, so counts are final.
  await new Promise((resolve) => setTimeout(resolve, 30));
  proxy.clear();
  const attempts = proxy.count({ ...match, since });
  const problems: string[] = [];
  const want = expected.outcome === 'ok' ? 'success' : expected.outcome.name;
  const got = error === undefined ? 'success' : className(error);
  if (expected.outcome === 'ok' ? error !== undefined : !(error instanceof expected.outcome))
    problems.push(
      `${label}: expected ${want}, got ${got}${error instanceof Error ? ` (${error.message.slice(0, 120)})` : ''}`,
    );
  if (attempts !== expected.attempts) problems.push(`${label}: ${attempts} attempts, expected ${expected.attempts}`);
  if (expected.minMs !== undefined && ms < expected.minMs)
    problems.push(`${label}: took ${ms} ms, Retry-After asked for at least ${expected.minMs} ms`);
  sdkRows.push(`| ${label} | ${got} | ${attempts} | ${ms} |`);
  return { problems, error };
}

describe('the SDK against each fault', { timeout: 120_000 }, () => {
  const read = { method: 'GET', path: /\/kpis/ };
  for (const item of FAULTS) {
    test(`reads, ${item.name}: ${describeExpectation(item.persistent)}${item.transient === null ? '' : `; once: ${describeExpectation(item.transient)}`}`, async () => {
      const problems: string[] = [];
      const call = () => client.kpis.list(SEED_SCOPE.planId, { asOf: SEED_SCOPE.asOf });
      problems.push(
        ...(await check(`GET kpis, ${item.name}, every time`, item.fault, 'always', read, item.persistent, call))
          .problems,
      );
      if (item.transient !== null)
        problems.push(
          ...(await check(`GET kpis, ${item.name}, once`, item.fault, 1, read, item.transient, call)).problems,
        );
      assert.deepEqual(report.problem(...problems), []);
    });
  }

  let nextTask = 0;
  for (const item of FAULTS) {
    test(`a task move through ${item.name} is applied exactly once`, async () => {
      const task = tasks[nextTask++ % tasks.length] as Task;
      const problems: string[] = [];
      const path = new RegExp(`^/api/v1/tasks/${task.id}$`);
      const before = await direct.tasks
        .list(SEED_SCOPE.planId)
        .then((list) => list.find((candidate) => candidate.id === task.id) as Task);
      const marker = `fault-${item.fault.kind}-${nextTask}`;
      const patch = { status: before.status === 'done' ? ('doing' as const) : ('done' as const), assignees: [marker] };
      const since = proxy.attempts.length;
      writes.attempted += 1;
      // The write meets the fault on every attempt, or on the first only when retrying can get past it.
      const times = item.transient === null ? 'always' : 1;
      const expected = item.transient ?? item.persistent;
      const writeExpectation: Expectation =
        item.fault.kind === 'drop-after' ? { outcome: PreconditionFailedError, attempts: 2 } : expected;
      const { problems: found, error } = await check(
        `PATCH task, ${item.name}${times === 1 ? ', once' : ''}`,
        item.fault,
        times,
        { method: 'PATCH', path },
        writeExpectation,
        () => client.tasks.update(task.id, patch, { version: before.version }),
      );
      problems.push(...found);
      if (error === undefined) writes.acknowledged += 1;
      else writes.surfaced += 1;
      // A 412 after a lost answer carries the task as it is now: the caller can see its move is already there.
      if (item.fault.kind === 'drop-after' && error instanceof PreconditionFailedError) {
        const current = error.current as Task | undefined;
        if (current?.version !== before.version + 1 || current.assignees[0] !== marker)
          problems.push(`${item.name}: the 412's current does not show the move that was applied`);
      }
      // What an application does after an error: read the task again, and move it only if the move is not there yet.
      const reread = await client.tasks
        .list(SEED_SCOPE.planId)
        .then((list) => list.find((candidate) => candidate.id === task.id) as Task);
      if (reread.assignees[0] !== marker) {
        writes.reconciled += 1;
        await client.tasks.update(task.id, patch, { version: reread.version });
      }
      const final = await direct.tasks
        .list(SEED_SCOPE.planId)
        .then((list) => list.find((candidate) => candidate.id === task.id) as Task);
      const applied = proxy.attempts
        .slice(since)
        .filter((attempt) => attempt.method === 'PATCH' && path.test(attempt.path) && attempt.upstream === 200).length;
      if (final.version !== before.version + 1)
        problems.push(`${item.name}: the task went from version ${before.version} to ${final.version}, not one step`);
      if (final.assignees[0] !== marker || final.status !== patch.status)
        problems.push(`${item.name}: the move is not in the final state`);
      if (applied !== 1) problems.push(`${item.name}: the server applied the move ${applied} times`);
      if (problems.length === 0) writes.kept += 1;
      writeRows.push(
        `| ${item.name} | ${error === undefined ? 'acknowledged' : className(error)} | ${reread.assignees[0] === marker ? 'no' : 'yes'} | ${applied} | ${before.version} → ${final.version} |`,
      );
      assert.deepEqual(report.problem(...problems), []);
    });
  }
});

describe('a grid item report (POST with Idempotency-Key) against each fault', { timeout: 120_000 }, () => {
  let serial = 0;
  for (const item of FAULTS) {
    test(`a report through ${item.name} creates exactly one item`, async () => {
      serial += 1;
      const problems: string[] = [];
      const marker = `report-${item.fault.kind}-${serial}`;
      const key = `hardening-${marker}`;
      const path = new RegExp(`^/api/v1/grids/${gridId}/items$`);
      const times = item.transient === null ? 'always' : 1;
      // A lost answer is retried with the same key, and the server replays the first result.
      const expected = item.transient ?? item.persistent;
      reports.attempted += 1;
      const { problems: found, error } = await check(
        `POST grid item, ${item.name}${times === 1 ? ', once' : ''}`,
        item.fault,
        times,
        { method: 'POST', path },
        expected,
        () => client.grids.reportItem(gridId, { kind: 'counterfeit', title: marker }, { idempotencyKey: key }),
      );
      problems.push(...found);
      if (error === undefined) reports.acknowledged += 1;
      else {
        reports.surfaced += 1;
        // What an application does after an error: send the same report again, with the same key.
        reports.repeated += 1;
        await client.grids.reportItem(gridId, { kind: 'counterfeit', title: marker }, { idempotencyKey: key });
      }
      const created = (await direct.grids.items(gridId)).filter((candidate) => candidate.title === marker).length;
      if (created !== 1) problems.push(`${item.name}: ${created} items were created for one report`);
      else reports.createdOnce += 1;
      reportRows.push(
        `| ${item.name} | ${error === undefined ? 'acknowledged' : className(error)} | ${error === undefined ? 'no' : 'yes'} | ${created} |`,
      );
      assert.deepEqual(report.problem(...problems), []);
    });
  }
});

describe('every element against each fault', { timeout: 120_000 }, () => {
  for (const item of FAULTS) {
    test(`${item.name}: ${item.element === 'data' ? 'loading, then the data' : 'a recoverable error, and Retry loads the data once it clears'}`, async () => {
      const problems: string[] = [];
      proxy.clear();
      proxy.inject({ fault: item.fault, times: 'always', path: /^\/api\/v1\// });
      faultsInjected += 1;
      const since = proxy.attempts.length;
      const id = `faults-${item.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      const spec = connectedPage(id, `Plankit through ${item.name}`, ['pk-error', 'pk-auth-required']);
      const opened = await openScenario(suite.browser, suite.pages.addScenario(spec, EDITOR_TOKEN));
      try {
        const { page } = opened;
        const refs = TARGETS.map((target) => ({ caseId: target.tag, tag: target.tag }));
        const states = await waitForStates(page, refs, 15_000, [item.element]);
        const faultAttempts = proxy.count({ since });
        const inspected = await inspectCases(page, { cases: refs.map((ref) => ({ ...ref, expectedText: null })) });
        states.forEach((state, index) => {
          if (state !== item.element)
            problems.push(`${refs[index]?.caseId}, ${item.name}: shows ${state}, expected ${item.element}`);
        });
        if (item.element === 'error') {
          for (const inspection of inspected) {
            if (inspection.alertText === '')
              problems.push(`${inspection.caseId}, ${item.name}: the error state has no visible text`);
            if (!inspection.hasRetry)
              problems.push(`${inspection.caseId}, ${item.name}: the error state has no Retry button`);
          }
          proxy.clear();
          for (const ref of refs)
            await page.locator(`[data-case="${ref.caseId}"] [part~="retry"]`).first().click({ timeout: 5000 });
          const recovered = await waitForStates(page, refs, 15_000, ['data']);
          recovered.forEach((state, index) => {
            if (state !== 'data')
              problems.push(`${refs[index]?.caseId}, ${item.name}: after Retry shows ${state}, not the data`);
          });
        }
        const record = await opened.harness();
        problems.push(
          ...record.errors.map((error) => `${item.name}: uncaught error in the page: ${error}`),
          ...record.rejections.map((reason) => `${item.name}: unhandled rejection in the page: ${reason}`),
          ...opened.pageErrors.map((error) => `${item.name}: page error: ${error}`),
        );
        // The error view's sentence (its lines are the title, the sentence and the Retry button).
        const alerts = inspected.map(
          (inspection) =>
            inspection.alertText
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)[1] ?? '',
        );
        elementRows.push(
          `| ${item.name} | ${states.join(', ')} | ${faultAttempts} | ${item.element === 'error' ? 'yes' : 'n/a'} | ${alerts[0]?.replace(/\|/g, '/').slice(0, 80) ?? ''} |`,
        );
      } finally {
        proxy.clear();
        await opened.close();
      }
      assert.deepEqual(report.problem(...problems), []);
    });
  }
});

function describeExpectation(expected: Expectation): string {
  const outcome = expected.outcome === 'ok' ? 'succeeds' : `raises ${expected.outcome.name}`;
  return `${outcome} after ${expected.attempts} attempt${expected.attempts === 1 ? '' : 's'}`;
}

function summarize(): void {
  report.figures['faults'] = FAULTS.map((item) => item.name);
  report.figures['faultsInjected'] = faultsInjected;
  report.figures['proxyAttempts'] = proxy?.attempts.length ?? 0;
  report.figures['writes'] = writes;
  report.figures['reports'] = reports;
  report.figures['elements'] = TARGETS.map((target) => target.tag);
  report.headline = `${FAULTS.length} faults, ${faultsInjected} injections, ${proxy?.attempts.length ?? 0} requests through the proxy; ${writes.kept}/${writes.attempted} moves applied exactly once`;
  report.line(
    `Client: \`createClient\` with \`timeout: ${CLIENT_TIMEOUT_MS}\`, \`retry: { limit: ${RETRIES}, delay: () => 25, maxRetryAfter: 5000 }\` and a \`getToken\` callback; the proxy counts every attempt. Elements: ${TARGETS.map((target) => `\`<${target.tag}>\``).join(', ')} under \`<pk-provider>\` with its default client (10 s timeout, 2 retries).`,
  );
  report.line('');
  report.line('SDK, `GET /plans/{planId}/kpis` and `PATCH /tasks/{taskId}` (If-Match):');
  report.line('');
  report.line('| request and fault | outcome | attempts | ms |');
  report.line('| --- | --- | --- | --- |');
  for (const row of sdkRows) report.line(row);
  report.line('');
  report.line(
    `Task moves: ${writes.attempted} attempted, ${writes.acknowledged} acknowledged, ${writes.surfaced} surfaced an error to the caller, ${writes.reconciled} re-applied after re-reading, ${writes.kept} applied exactly once (final version = initial + 1, the move’s fields in place, one 2xx from the server behind the proxy).`,
  );
  report.line('');
  report.line('| fault | client saw | re-applied | server applied | version |');
  report.line('| --- | --- | --- | --- | --- |');
  for (const row of writeRows) report.line(row);
  report.line('');
  report.line(
    `Grid item reports (\`POST /grids/{gridId}/items\`, one Idempotency-Key per report): ${reports.attempted} attempted, ${reports.acknowledged} acknowledged, ${reports.surfaced} surfaced an error and were sent again with the same key, ${reports.createdOnce} created exactly one item.`,
  );
  report.line('');
  report.line('| fault | client saw | sent again | items created |');
  report.line('| --- | --- | --- | --- |');
  for (const row of reportRows) report.line(row);
  report.line('');
  report.line('Elements, with the fault on every API request until Retry:');
  report.line('');
  report.line('| fault | states | requests while faulty | Retry recovered | message |');
  report.line('| --- | --- | --- | --- | --- |');
  for (const row of elementRows) report.line(row);
}
