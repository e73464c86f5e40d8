// The page script of every test page: reads its scenario, builds each case (element, data, provider with a
// token from the page session), records the events the suites wait for, and runs the page's own tasks.
// It runs under the page's CSP, so it uses DOM and CSSOM only: no inline code, no markup strings.
import type { CaseSpec, HarnessRecord, PageTask, RecordedEvent, ScenarioSpec, TaskOutcome } from '../src/scenario.js';
import type * as Sdk from './sdk-entry.js';

type SdkModule = typeof Sdk;

const record = (window as unknown as { __harness: HarnessRecord }).__harness;
const WAIT_FOR_DEFINITIONS_MS = 10_000;

/** An event detail in a form JSON can carry: errors as their name, message and status. */
function reduce(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    const status = (value as { status?: unknown }).status;
    return { name: value.name, message: value.message, ...(typeof status === 'number' ? { status } : {}) };
  }
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '[deep]';
  if (Array.isArray(value)) return value.map((item) => reduce(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reduce(item, depth + 1)]));
}

function caseOf(event: Event): string | null {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.dataset['case'] !== undefined) return node.dataset['case'];
  }
  return null;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms),
    ),
  ]);
}

function buildCase(spec: CaseSpec, token: string | null): HTMLElement {
  const box = document.createElement('div');
  box.className = 'case';
  box.dataset['case'] = spec.id;
  box.style.width = `${spec.width}px`;
  const element = document.createElement(spec.element.tag);
  for (const [name, value] of Object.entries(spec.element.attributes)) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(spec.element.properties)) Reflect.set(element, name, value);
  if (spec.provider === null) {
    box.append(element);
  } else {
    const provider = document.createElement('pk-provider');
    for (const [name, value] of Object.entries(spec.provider.attributes)) provider.setAttribute(name, value);
    Reflect.set(provider, 'getToken', () => token);
    provider.append(element);
    box.append(provider);
  }
  return box;
}

async function runTask(task: PageTask): Promise<TaskOutcome> {
  switch (task.kind) {
    case 'validate-retailers': {
      const started = performance.now();
      try {
        const sdkUrl = '/sdk.js';
        const sdk = (await import(sdkUrl)) as SdkModule;
        const county = sdk.generateCounty({ seed: task.seed, grids: 40, retailers: task.count });
        let count = 0;
        for (const retailer of county.retailers) {
          sdk.parseOrThrow(sdk.Retailer, retailer, 'retailer');
          count += 1;
        }
        // Validation must really run: a retailer with tier 0 has to be refused, with the path named.
        const first = county.retailers[0];
        let refused = false;
        try {
          sdk.parseOrThrow(sdk.Retailer, { ...first, tier: 0 }, 'retailer');
        } catch (error) {
          refused = error instanceof sdk.ValidationError && error.path === 'tier';
        }
        const ok = count === task.count && refused;
        return {
          kind: task.kind,
          ok,
          count,
          ms: performance.now() - started,
          error: refused ? null : 'an invalid retailer was accepted',
        };
      } catch (error) {
        return { kind: task.kind, ok: false, count: 0, ms: performance.now() - started, error: String(error) };
      }
    }
    case 'probe-csp': {
      const started = performance.now();
      const probes: Record<string, boolean> = {};
      const blocked = (attempt: () => void): boolean => {
        try {
          attempt();
          return false;
        } catch {
          return true;
        }
      };
      // String-to-code: script-src without 'unsafe-eval'.
      const evaluate = globalThis.eval;
      probes['eval'] = blocked(() => evaluate('window.__pwned = "csp-eval"'));
      probes['Function'] = blocked(() => new Function('window.__pwned = "csp-function"')());
      // Markup from a string: require-trusted-types-for 'script'.
      const sink = document.createElement('div');
      probes['innerHTML'] = blocked(() => {
        sink.innerHTML = '<img src=x onerror="window.__pwned=\'csp-inner-html\'">';
      });
      // An inline style attribute from markup-like code: style-src without 'unsafe-inline' (applied, never thrown).
      sink.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(sink);
      probes['style-attribute'] = getComputedStyle(sink).color !== 'rgb(255, 0, 0)';
      sink.remove();
      const count = Object.values(probes).filter(Boolean).length;
      return {
        kind: task.kind,
        ok: count === Object.keys(probes).length,
        count,
        ms: performance.now() - started,
        error: null,
        probes,
      };
    }
  }
}

async function main(): Promise<void> {
  const id = document.documentElement.dataset['scenario'] ?? '';
  const response = await fetch(`/scenario/${encodeURIComponent(id)}.json`);
  const scenario = (await response.json()) as ScenarioSpec;

  for (const type of scenario.events) {
    document.addEventListener(type, (event) => {
      const recorded: RecordedEvent = { type, caseId: caseOf(event), detail: reduce((event as CustomEvent).detail) };
      record.events.push(recorded);
    });
  }

  const tags = new Set(
    scenario.cases.flatMap((spec) => [spec.element.tag, ...(spec.provider === null ? [] : ['pk-provider'])]),
  );
  await within(
    Promise.all([...tags].map((tag) => customElements.whenDefined(tag))),
    WAIT_FOR_DEFINITIONS_MS,
    'defining the elements',
  );

  let token: string | null = null;
  if (scenario.session) {
    const session = await fetch(`/session/${encodeURIComponent(id)}`, { method: 'POST' });
    token = ((await session.json()) as { token: string | null }).token;
  }

  const root = document.getElementById('root');
  if (root === null) throw new Error('the page has no #root');
  for (const spec of scenario.cases) root.append(buildCase(spec, token));

  for (const task of scenario.tasks) record.tasks.push(await runTask(task));
}

main().then(
  () => {
    record.ready = true;
  },
  (error: unknown) => {
    record.failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    record.ready = true;
  },
);
