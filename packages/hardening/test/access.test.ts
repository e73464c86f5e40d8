// Access: a viewer cannot write (403 on every write endpoint, through raw HTTP and the SDK, nothing changes);
// the UI is read-only for a viewer (the registry's write and read-only declarations, exercised per element);
// and tokens never appear in request URLs, DOM attributes or text, console messages, event and error messages,
// problem bodies, or the server's logs (with PLANKIT_TOKENS set: nowhere; demo tokens: only in the start banner).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, ForbiddenError, UnauthorizedError, type PlankitClient } from '@plankit/sdk';
import { dropInBundle } from '../src/bundles.js';
import { openScenario, type OpenedPage } from '../src/browser.js';
import { tableChecksums } from '@plankit/server/testing';
import { everything, focusTarget, interactionPoints, waitForStates } from '../src/inspect.js';
import { rawRequest } from '../src/raw-http.js';
import {
  EDITOR_TOKEN,
  VIEWER_TOKEN,
  seedScope,
  spawnServer,
  temporaryDir,
  type ServerProcess,
} from '../src/reference.js';
import { SuiteReport } from '../src/results.js';
import { setUpSuite } from '../src/stage.js';
import type { ScenarioSpec } from '../src/scenario.js';
import { SEED_SCOPE, TARGETS, connectedPage, type ConnectedScope, type ElementTarget } from '../src/targets.js';

const WRONG_TOKEN = 'hx-wrong-T4kq8ZbN2vLc6YxR0pWs9mJd';
const report = new SuiteReport('access');
let child: ServerProcess | undefined;
const childDir = temporaryDir('access');
let scope: ConnectedScope & { itemId: string };
const scanned = {
  urls: 0,
  attributes: 0,
  texts: 0,
  consoleMessages: 0,
  events: 0,
  errorMessages: 0,
  problemBodies: 0,
  logBytes: 0,
};
const viewerWrites: string[] = [];
const readOnlyChecks: string[] = [];
let leakCount = 0;
let demoTokensOnce = false;

const suite = setUpSuite(report, {
  ready: (reference) => {
    scope = seedScope(reference.dbPath);
  },
  files: async () => ({ '/plankit.js': (await dropInBundle()).file }),
  upstream: () => null,
  close: async () => {
    await child?.kill();
    rmSync(childDir, { recursive: true, force: true });
  },
  summarize: () => {
    report.figures['viewerWrites'] = viewerWrites;
    report.figures['readOnly'] = readOnlyChecks;
    report.figures['scanned'] = scanned;
    const total = Object.values(scanned).reduce((sum, value) => sum + value, 0);
    report.headline = `${viewerWrites.length} viewer writes refused; ${TARGETS.length} elements read-only for a viewer; ${total.toLocaleString('en')} strings scanned, ${leakCount === 0 ? 'no token found' : `${leakCount} leaks`}`;
    report.line(
      `Viewer writes (each answered 403 problem+json, every table’s checksum unchanged): ${viewerWrites.join('; ')}.`,
    );
    report.line('');
    report.line(`Read-only UI for a viewer: ${readOnlyChecks.join('; ')}.`);
    report.line('');
    report.line(
      `Token hygiene, with the server as a child process and \`PLANKIT_TOKENS\` set, pages signed in as editor, as viewer and with a revoked token (401: error state and \`pk-auth-required\`): scanned ${scanned.urls} request URLs (the browser’s and the page server’s), ${scanned.attributes.toLocaleString('en')} DOM attributes and ${scanned.texts.toLocaleString('en')} text nodes through every shadow root, ${scanned.consoleMessages} console messages, ${scanned.events} recorded events with their messages, ${scanned.errorMessages} SDK error messages and ${scanned.problemBodies} problem bodies, and ${scanned.logBytes.toLocaleString('en')} bytes of the server’s stdout and stderr: ${leakCount === 0 ? 'no token, nor its random part, anywhere' : `${leakCount} leaks, listed below`}. With demo tokens (no \`PLANKIT_TOKENS\`): ${demoTokensOnce ? 'each appears exactly once, in the start banner' : 'see the problems below'}.`,
    );
  },
});

const viewer = (): PlankitClient =>
  createClient({ baseUrl: suite.reference.api, getToken: () => VIEWER_TOKEN, retry: 0 });

describe('a viewer cannot write', { timeout: 60_000 }, () => {
  test('every write endpoint answers 403 problem+json to a viewer, through HTTP and the SDK, and nothing changes', async () => {
    const problems: string[] = [];
    const before = tableChecksums(suite.reference.dbPath);
    const tasks = await viewer().tasks.list(scope.planId);
    const task = tasks.find((candidate) => candidate.id === scope.taskId);
    const item = (await viewer().grids.items(scope.gridId))[0];
    const writes: Array<{
      name: string;
      method: string;
      path: string;
      headers: Record<string, string>;
      body: unknown;
    }> = [
      {
        name: 'PUT measurement',
        method: 'PUT',
        path: `/api/v1/plans/${scope.planId}/kpis/${scope.kpiId}/measurements/2020-10`,
        headers: {},
        body: { value: 1 },
      },
      {
        name: 'PATCH task',
        method: 'PATCH',
        path: `/api/v1/tasks/${scope.taskId}`,
        headers: { 'if-match': `"${task?.version ?? 1}"` },
        body: { status: 'done' },
      },
      {
        name: 'POST grid item',
        method: 'POST',
        path: `/api/v1/grids/${scope.gridId}/items`,
        headers: { 'idempotency-key': 'viewer-attempt-1' },
        body: { kind: 'counterfeit', title: 'viewer' },
      },
      {
        name: 'PATCH grid item',
        method: 'PATCH',
        path: `/api/v1/items/${item?.id ?? scope.itemId}`,
        headers: { 'if-match': `"${item?.version ?? 1}"` },
        body: { stage: 'fedBack' },
      },
    ];
    for (const write of writes) {
      const result = await rawRequest(suite.reference.url, write.path, {
        method: write.method,
        headers: { authorization: `Bearer ${VIEWER_TOKEN}`, 'content-type': 'application/json', ...write.headers },
        body: JSON.stringify(write.body),
      });
      const problem = String(result.headers['content-type'] ?? '').startsWith('application/problem+json');
      if (result.status !== 403 || !problem)
        problems.push(`HTTP ${write.name}: ${result.status} ${result.text.slice(0, 100)}`);
      else viewerWrites.push(`HTTP ${write.name}`);
    }
    const sdkWrites: Array<[string, () => Promise<unknown>]> = [
      ['recordMeasurement', () => viewer().kpis.recordMeasurement(scope.planId, scope.kpiId, '2020-10', 1)],
      ['tasks.update', () => viewer().tasks.update(scope.taskId, { status: 'done' }, { version: task?.version ?? 1 })],
      ['grids.reportItem', () => viewer().grids.reportItem(scope.gridId, { kind: 'counterfeit', title: 'viewer' })],
      [
        'grids.advanceItem',
        () =>
          viewer().grids.advanceItem(item?.id ?? scope.itemId, { stage: 'fedBack' }, { version: item?.version ?? 1 }),
      ],
    ];
    for (const [name, call] of sdkWrites) {
      try {
        await call();
        problems.push(`SDK ${name}: a viewer's write succeeded`);
      } catch (error) {
        if (error instanceof ForbiddenError) viewerWrites.push(`SDK ${name}`);
        else
          problems.push(`SDK ${name}: ${error instanceof Error ? error.name : String(error)}, expected ForbiddenError`);
      }
    }
    const after = tableChecksums(suite.reference.dbPath);
    for (const [table, digest] of Object.entries(before))
      if (after[table] !== digest) problems.push(`table ${table} changed`);
    assert.deepEqual(report.problem(...problems), []);
  });
});

/** Render `target` connected as `role`, perform its interactions and, when asked, its writes; the API requests it made. */
async function session(
  target: ElementTarget,
  role: 'editor' | 'viewer',
  options: { readOnlyAttribute?: string; performWrites: boolean; scripts: string[] },
): Promise<{ writes: string[]; events: number; state: string }> {
  const attributes = {
    ...target.connected(SEED_SCOPE),
    ...(options.readOnlyAttribute === undefined ? {} : { [options.readOnlyAttribute]: '' }),
  };
  const spec: ScenarioSpec = {
    id: `access-${target.tag}-${role}${options.readOnlyAttribute === undefined ? '' : '-readonly'}`,
    title: `${target.tag} as ${role}`,
    lang: 'en',
    scripts: options.scripts,
    csp: null,
    session: true,
    events: target.interactions.map((interaction) => interaction.event),
    cases: [
      {
        id: target.tag,
        width: target.width,
        provider: { attributes: { 'base-url': '/api/v1' } },
        element: { tag: target.tag, attributes, properties: {} },
      },
    ],
    tasks: [],
  };
  suite.pages.setUpstream(suite.reference.url);
  const opened = await openScenario(
    suite.browser,
    suite.pages.addScenario(spec, role === 'editor' ? EDITOR_TOKEN : VIEWER_TOKEN),
  );
  try {
    const { page } = opened;
    const [state = 'none'] = await waitForStates(page, [{ caseId: target.tag, tag: target.tag }], 15_000, ['data']);
    for (const interaction of target.interactions) {
      const request = { caseId: target.tag, tag: target.tag, target: interaction.target };
      const [point] = await interactionPoints(page, [request]);
      if (point !== null && point !== undefined) await page.mouse.click(point.x, point.y);
      for (const key of interaction.keys)
        if (await focusTarget(page, request)) await page.keyboard.press(key === ' ' ? 'Space' : key);
    }
    if (options.performWrites) {
      for (const write of target.writes)
        await write.perform(page, page.locator(`[data-case="${target.tag}"]`), SEED_SCOPE);
    }
    // Writes go out asynchronously (a fetch or two): give them time to be seen.
    await page.waitForTimeout(400);
    const writes = opened.requests
      .filter((request) => request.method !== 'GET' && new URL(request.url).pathname.startsWith('/api/'))
      .map((request) => `${request.method} ${new URL(request.url).pathname}`);
    return { writes, events: (await opened.harness()).events.length, state };
  } finally {
    await opened.close();
  }
}

/**
 * The registry's promise about writes, checked in the browser: an element without writes sends only reads (a
 * viewer can still use it); an element with writes sends them for an editor, never with its read-only attribute,
 * and never for a viewer when it declares itself read-only for one.
 */
async function checkReadOnly(target: ElementTarget, scripts: string[]): Promise<string[]> {
  const problems: string[] = [];
  if (target.readOnly === null && target.writes.length > 0)
    problems.push(`${target.tag} writes but declares no read-only mode`);
  const asViewer = await session(target, 'viewer', { performWrites: true, scripts });
  if (asViewer.state !== 'data') problems.push(`${target.tag}: a viewer sees ${asViewer.state}, not the data`);
  if (target.interactions.length > 0 && asViewer.events === 0)
    problems.push(`${target.tag}: a viewer's picks fired no events`);
  if (target.writes.length === 0 || target.readOnly === null) {
    if (asViewer.writes.length > 0)
      problems.push(`${target.tag}: sent ${asViewer.writes.join(', ')} without any write interaction`);
    readOnlyChecks.push(
      `\`<${target.tag}>\` has no writes and sent only reads for a viewer (whose ${asViewer.events} picks still worked)`,
    );
    return problems;
  }
  const readOnly = target.readOnly;
  const asEditor = await session(target, 'editor', { performWrites: true, scripts });
  const withAttribute = await session(target, 'editor', {
    performWrites: true,
    readOnlyAttribute: readOnly.attribute,
    scripts,
  });
  for (const write of target.writes) {
    const sent = (list: string[]) =>
      list.some(
        (line) =>
          line.startsWith(`${write.request.method} `) &&
          write.request.path.test(line.slice(write.request.method.length + 1)),
      );
    if (!sent(asEditor.writes))
      problems.push(`${target.tag}: an editor's ${write.kind} sent no ${write.request.method}`);
    if (readOnly.viewerIsReadOnly && sent(asViewer.writes))
      problems.push(`${target.tag}: a viewer's ${write.kind} was sent`);
    if (sent(withAttribute.writes)) problems.push(`${target.tag}: ${write.kind} was sent with ${readOnly.attribute}`);
  }
  readOnlyChecks.push(
    `\`<${target.tag}>\` (${target.summary}) sent its ${target.writes.map((write) => write.kind).join(', ')} for an editor (${asEditor.writes.length} ${asEditor.writes.length === 1 ? 'request' : 'requests'}), none with \`${readOnly.attribute}\`${readOnly.viewerIsReadOnly ? ' or for a viewer' : ''}`,
  );
  return problems;
}

/** A stand-in writer (pages/fake-writer.ts), so the checks for writing elements run before any real one exists. */
const STAND_IN_WRITER: ElementTarget = {
  tag: 'hx-task-mover',
  summary: 'a stand-in for a writing element: its card PATCHes a task unless readonly',
  width: 300,
  standalone: () => ({ property: 'task', value: SEED_SCOPE.taskId, attributes: {} }),
  acceptsStandalone: () => true,
  connected: (scope) => ({ task: scope.taskId }),
  interactions: [],
  writes: [
    {
      kind: 'task move',
      request: { method: 'PATCH', path: /^\/api\/v1\/tasks\/[^/]+$/ },
      perform: async (_page, box) => {
        await box.locator('[part~="card"]').first().click({ timeout: 5000 });
      },
    },
  ],
  readOnly: { attribute: 'readonly', viewerIsReadOnly: false },
};

describe('the UI is read-only for a viewer', { timeout: 60_000 }, () => {
  for (const target of TARGETS) {
    test(`<${target.tag}>: ${target.writes.length === 0 ? 'has no writes: a viewer can use it, and it sends nothing but reads' : 'sends its writes for an editor, none for a viewer or when read-only'}`, async () => {
      assert.deepEqual(report.problem(...(await checkReadOnly(target, ['/plankit.js']))), []);
    });
  }

  test('the same checks catch a writing element: a stand-in writes for an editor and not when read-only', async () => {
    assert.deepEqual(
      report.problem(...(await checkReadOnly(STAND_IN_WRITER, ['/plankit.js', '/pages/fake-writer.js']))),
      [],
    );
  });
});

/** Every place a token could leak, as text; and where each piece came from. */
function leaks(haystacks: Array<[where: string, text: string]>, tokens: readonly string[]): string[] {
  const found: string[] = [];
  for (const token of tokens) {
    // The whole token and its random part, so a truncated or re-prefixed copy is caught too.
    const needles = [token, token.slice(10)];
    for (const [where, text] of haystacks)
      if (needles.some((needle) => text.includes(needle)))
        found.push(`a token appears in ${where}: ${text.slice(0, 120)}`);
  }
  return found;
}

async function pageStrings(opened: OpenedPage): Promise<Array<[string, string]>> {
  const { attributes, texts } = await everything(opened.page);
  const record = await opened.harness();
  scanned.attributes += attributes.length;
  scanned.texts += texts.length;
  scanned.consoleMessages += opened.console.length;
  scanned.events += record.events.length;
  scanned.urls += opened.requests.length;
  return [
    ...opened.requests.map((request): [string, string] => ['a request URL', request.url]),
    ...attributes.map((attribute): [string, string] => ['a DOM attribute', attribute]),
    ...texts.map((text): [string, string] => ['DOM text', text]),
    ...opened.console.map((entry): [string, string] => [`a console ${entry.type}`, entry.text]),
    ...record.events.map((event): [string, string] => [`a ${event.type} event`, JSON.stringify(event.detail)]),
    ...record.errors.map((error): [string, string] => ['an uncaught error', error]),
    ...record.rejections.map((reason): [string, string] => ['an unhandled rejection', reason]),
  ];
}

describe('tokens never leak', { timeout: 60_000 }, () => {
  test('with PLANKIT_TOKENS: not in URLs, DOM, console, events, error messages, problem bodies or the server log', async () => {
    child = await spawnServer({
      PLANKIT_DB: join(childDir, 'plankit.db'),
      PLANKIT_TOKENS: `${EDITOR_TOKEN}:editor,${VIEWER_TOKEN}:viewer`,
      PLANKIT_GRIDS: '12',
      PLANKIT_RETAILERS: '200',
    });
    suite.pages.setUpstream(child.url);
    const haystacks: Array<[string, string]> = [];
    const problems: string[] = [];
    for (const [role, token] of [
      ['editor', EDITOR_TOKEN],
      ['viewer', VIEWER_TOKEN],
      ['revoked', WRONG_TOKEN],
    ] as const) {
      const spec = connectedPage(`tokens-${role}`, `signed in as ${role}`, [
        'pk-error',
        'pk-auth-required',
        ...TARGETS.flatMap((target) => target.interactions.map((interaction) => interaction.event)),
      ]);
      const opened = await openScenario(suite.browser, suite.pages.addScenario(spec, token));
      try {
        const refs = TARGETS.map((target) => ({ caseId: target.tag, tag: target.tag }));
        const states = await waitForStates(opened.page, refs, 15_000, [role === 'revoked' ? 'error' : 'data']);
        if (states.some((state) => state !== (role === 'revoked' ? 'error' : 'data')))
          problems.push(`signed in as ${role}: the elements show ${states.join(', ')}`);
        for (const target of TARGETS) {
          for (const interaction of target.interactions) {
            const request = { caseId: target.tag, tag: target.tag, target: interaction.target };
            const [point] = await interactionPoints(opened.page, [request]);
            if (point !== null && point !== undefined) await opened.page.mouse.click(point.x, point.y);
          }
        }
        if (role === 'revoked') {
          const record = await opened.harness();
          if (!record.events.some((event) => event.type === 'pk-auth-required'))
            problems.push('a revoked token did not raise pk-auth-required');
          for (const target of TARGETS)
            await opened.page.locator(`[data-case="${target.tag}"] [part~="retry"]`).first().click({ timeout: 5000 });
          await waitForStates(opened.page, refs, 15_000, ['error']);
        }
        haystacks.push(...(await pageStrings(opened)));
      } finally {
        await opened.close();
      }
    }
    haystacks.push(
      ...suite.pages.requests.map((request): [string, string] => ['a URL the page server saw', request.url]),
    );
    scanned.urls += suite.pages.requests.length;

    // Error messages and problem bodies the SDK hands to callers.
    const base = `${child.url}/api/v1`;
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['revoked token', () => createClient({ baseUrl: base, getToken: () => WRONG_TOKEN, retry: 0 }).plans.list()],
      [
        'viewer write',
        () =>
          createClient({ baseUrl: base, getToken: () => VIEWER_TOKEN, retry: 0 }).tasks.update(
            SEED_SCOPE.taskId,
            { status: 'done' },
            { version: 1 },
          ),
      ],
      [
        'malformed Authorization',
        () =>
          createClient({ baseUrl: base, headers: { authorization: `Token ${EDITOR_TOKEN}` }, retry: 0 }).plans.list(),
      ],
      [
        'token with a stray space',
        () => createClient({ baseUrl: base, getToken: () => `${EDITOR_TOKEN} x`, retry: 0 }).plans.list(),
      ],
    ];
    for (const [name, call] of calls) {
      try {
        await call();
        problems.push(`${name}: the call succeeded`);
      } catch (error) {
        if (!(error instanceof Error)) continue;
        scanned.errorMessages += 1;
        haystacks.push([
          `the SDK's ${error.name} (${name})`,
          `${error.message} ${String(error.stack)} ${JSON.stringify(error)}`,
        ]);
        if (error instanceof UnauthorizedError || error instanceof ForbiddenError) {
          scanned.problemBodies += 1;
          haystacks.push([`the problem body (${name})`, JSON.stringify(error.problem)]);
        }
      }
    }
    for (const [name, token] of [
      ['raw 401', WRONG_TOKEN],
      ['raw 403', VIEWER_TOKEN],
    ] as const) {
      const result = await rawRequest(child.url, `/api/v1/tasks/${SEED_SCOPE.taskId}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '"1"' },
        body: '{"status":"done"}',
      });
      scanned.problemBodies += 1;
      haystacks.push([`the ${name} response`, `${JSON.stringify(result.headers)} ${result.text}`]);
    }

    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = `${child.stdout()}\n${child.stderr()}`;
    scanned.logBytes += Buffer.byteLength(log);
    haystacks.push(...log.split('\n').map((line): [string, string] => ['the server log', line]));
    if (!/GET \/api\/v1\/plans/.test(log))
      problems.push('the server logged no requests, so the log scan proves nothing');
    const found = leaks(haystacks, [EDITOR_TOKEN, VIEWER_TOKEN, WRONG_TOKEN]);
    leakCount += found.length;
    assert.deepEqual(report.problem(...problems, ...found), []);
  });

  test('demo tokens are printed once, in the start banner, and nowhere after', async () => {
    const demoDir = temporaryDir('demo');
    const demo = await spawnServer({
      PLANKIT_DB: join(demoDir, 'plankit.db'),
      PLANKIT_GRIDS: '12',
      PLANKIT_RETAILERS: '200',
    });
    const problems: string[] = [];
    try {
      const banner = new Map(
        [...demo.stdout().matchAll(/^\s+(viewer|editor)\s+(\S+)$/gm)].map((match) => [match[1], match[2] ?? '']),
      );
      const viewerToken = banner.get('viewer') ?? '';
      const editorToken = banner.get('editor') ?? '';
      const tokens = [viewerToken, editorToken];
      if (viewerToken === '' || editorToken === '')
        problems.push('expected a viewer and an editor demo token in the banner');
      const base = `${demo.url}/api/v1`;
      await createClient({ baseUrl: base, getToken: () => editorToken, retry: 0 }).plans.list();
      await createClient({ baseUrl: base, getToken: () => viewerToken, retry: 0 })
        .tasks.update(SEED_SCOPE.taskId, { status: 'done' }, { version: 1 })
        .catch(() => undefined);
      await createClient({ baseUrl: base, getToken: () => `${editorToken}x`, retry: 0 })
        .plans.list()
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const log = `${demo.stdout()}\n${demo.stderr()}`;
      scanned.logBytes += Buffer.byteLength(log);
      demoTokensOnce = tokens.every((token) => token !== '' && log.split(token).length - 1 === 1);
      for (const token of tokens) {
        const count = log.split(token).length - 1;
        if (count !== 1) problems.push(`a demo token appears ${count} times in the log, expected once (the banner)`);
      }
    } finally {
      await demo.kill();
      rmSync(demoDir, { recursive: true, force: true });
    }
    assert.deepEqual(report.problem(...problems), []);
  });
});
