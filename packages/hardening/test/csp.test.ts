// Strict CSP with Trusted Types: every registered element renders (standalone and connected, so the SDK client
// runs under the policy too) and its interactions work, with zero violations and no console errors; the SDK
// validates 10,000 generated retailers in the page without eval. A control page proves the policy is enforced.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dropInBundle, sdkBundle } from '../src/bundles.js';
import { STRICT_CSP } from '../src/csp.js';
import { openScenario, pwnedFlag, type ConsoleEntry, type OpenedPage } from '../src/browser.js';
import { focusTarget, inspectCases, interactionPoints, waitForStates } from '../src/inspect.js';
import { EDITOR_TOKEN } from '../src/reference.js';
import { SuiteReport } from '../src/results.js';
import type { CaseSpec, HarnessRecord, ScenarioSpec } from '../src/scenario.js';
import { setUpSuite } from '../src/stage.js';
import { SEED_SCOPE, TARGETS } from '../src/targets.js';

const RETAILERS = 10_000;

interface PngOutcome {
  tag: string;
  png: boolean;
  error: string;
}
const report = new SuiteReport('csp');
const suite = setUpSuite(report, {
  files: async () => {
    const [bundle, sdk] = await Promise.all([dropInBundle(), sdkBundle()]);
    report.figures['bundle'] = bundle.origin;
    return { '/plankit.js': bundle.file, '/sdk.js': sdk.file };
  },
});

function cases(): CaseSpec[] {
  return TARGETS.flatMap((target): CaseSpec[] => {
    const standalone = target.standalone('CSP 严格模式');
    return [
      {
        id: `${target.tag}--connected`,
        width: target.width,
        provider: { attributes: { 'base-url': '/api/v1', locale: 'zh-CN' } },
        element: { tag: target.tag, attributes: target.connected(SEED_SCOPE), properties: {} },
      },
      {
        id: `${target.tag}--standalone`,
        width: target.width,
        provider: null,
        element: {
          tag: target.tag,
          attributes: standalone.attributes,
          properties: { [standalone.property]: standalone.value },
        },
      },
      {
        // The error view (icon, message, Retry) must be as clean under the policy as the data view. The API
        // base does not exist, so every element fails, also those whose data has no plan (the grid map's).
        id: `${target.tag}--error`,
        width: target.width,
        provider: { attributes: { 'base-url': '/api/v1/no-such-api', locale: 'zh-CN' } },
        element: {
          tag: target.tag,
          // Every record the scope names is missing, whichever a target loads (a plan's, a grid's).
          attributes: target.connected({
            ...SEED_SCOPE,
            planId: 'no-such-plan',
            kpiId: 'no-such-kpi',
            gridId: 'no-such-grid',
          }),
          properties: {},
        },
      },
    ];
  });
}

const expectedState = (caseId: string): string => (caseId.endsWith('--error') ? 'error' : 'data');

/**
 * Console errors, except Chromium's own line for the 404s the error cases ask for on purpose
 * ("Failed to load resource: … 404") of the missing plan or grid, which the page cannot prevent and which is not a fault.
 */
const consoleErrors = (opened: OpenedPage): ConsoleEntry[] =>
  opened.console.filter(
    (entry) =>
      entry.type === 'error' && !(entry.text.startsWith('Failed to load resource') && entry.url.includes('no-such-')),
  );

/** Console errors, uncaught errors and rejections, and CSP violations seen on a page. */
function trouble(opened: OpenedPage, record: HarnessRecord): string[] {
  return [
    ...record.violations.map(
      (violation) =>
        `CSP violation: ${violation.directive} blocked ${violation.blockedURI || violation.sample} (${violation.sourceFile})`,
    ),
    ...record.errors.map((error) => `uncaught error: ${error}`),
    ...record.rejections.map((reason) => `unhandled rejection: ${reason}`),
    ...opened.pageErrors.map((error) => `page error: ${error}`),
    ...consoleErrors(opened).map((entry) => `console error: ${entry.text} (${entry.url})`),
  ];
}

describe('a page with a strict CSP and Trusted Types', { timeout: 90_000 }, () => {
  test('the policy is enforced: eval, new Function, innerHTML strings and style attributes are all blocked', async () => {
    const spec: ScenarioSpec = {
      id: 'csp-control',
      title: 'CSP control',
      lang: 'en',
      scripts: [],
      csp: STRICT_CSP,
      session: false,
      events: [],
      cases: [],
      tasks: [{ kind: 'probe-csp' }],
    };
    const opened = await openScenario(suite.browser, suite.pages.addScenario(spec));
    try {
      const record = await opened.harness();
      const probe = record.tasks[0];
      report.figures['controlProbes'] = probe?.probes ?? {};
      report.figures['controlViolations'] = record.violations.length;
      const problems = report.problem(
        ...Object.entries(probe?.probes ?? { 'probe-csp': false })
          .filter(([, blocked]) => !blocked)
          .map(([name]) => `control page: ${name} was not blocked, so the policy is not in force`),
        ...(record.violations.length === 0
          ? ['control page: the blocked probes raised no securitypolicyviolation event']
          : []),
        ...((await pwnedFlag(opened.page)) === null ? [] : ['control page: a probe ran']),
      );
      assert.deepEqual(problems, []);
    } finally {
      await opened.close();
    }
  });

  test(`every element renders and works, connected and standalone, and the SDK validates ${RETAILERS.toLocaleString('en')} retailers: no violation, no error`, async () => {
    const spec: ScenarioSpec = {
      id: 'csp-strict',
      title: 'Plankit under a strict CSP',
      lang: 'zh-CN',
      scripts: ['/plankit.js'],
      csp: STRICT_CSP,
      session: true,
      events: [
        ...new Set(TARGETS.flatMap((target) => target.interactions.map((interaction) => interaction.event))),
        'pk-error',
      ],
      cases: cases(),
      tasks: [{ kind: 'validate-retailers', count: RETAILERS, seed: 2020 }],
    };
    const opened = await openScenario(suite.browser, suite.pages.addScenario(spec, EDITOR_TOKEN), 60_000);
    const found: string[] = [];
    try {
      const { page } = opened;
      const refs = spec.cases.map((spec) => ({ caseId: spec.id, tag: spec.element.tag }));
      const states = await waitForStates(page, refs, 20_000, ['data', 'error', 'notice']);
      states.forEach((state, index) => {
        const caseId = refs[index]?.caseId ?? '';
        if (state !== expectedState(caseId)) found.push(`${caseId}: shows ${state}, expected ${expectedState(caseId)}`);
      });
      // Retry from the error view: loads again (and fails again: the API base does not exist) under the same policy.
      for (const ref of refs.filter((ref) => ref.caseId.endsWith('--error'))) {
        await page.locator(`[data-case="${ref.caseId}"] [part~="retry"]`).first().click({ timeout: 5000 });
      }
      const afterRetry = await waitForStates(page, refs, 20_000, ['data', 'error', 'notice']);
      afterRetry.forEach((state, index) => {
        const caseId = refs[index]?.caseId ?? '';
        if (state !== expectedState(caseId)) found.push(`${caseId}: after Retry shows ${state}`);
      });
      const inspected = await inspectCases(page, { cases: refs.map((ref) => ({ ...ref, expectedText: null })) });
      for (const inspection of inspected)
        for (const overflow of inspection.overflow) found.push(`${inspection.caseId}: ${overflow}`);

      let picks = 0;
      for (const target of TARGETS) {
        for (const interaction of target.interactions) {
          for (const mode of ['connected', 'standalone']) {
            const request = { caseId: `${target.tag}--${mode}`, tag: target.tag, target: interaction.target };
            const before = (await opened.harness()).events.filter((event) => event.type === interaction.event).length;
            const [point] = await interactionPoints(page, [request]);
            if (point !== null && point !== undefined) await page.mouse.click(point.x, point.y);
            let expected = 1;
            for (const key of interaction.keys) {
              if (await focusTarget(page, request)) {
                await page.keyboard.press(key === ' ' ? 'Space' : key);
                expected += 1;
              } else found.push(`${request.caseId}: its ${interaction.target ?? 'element'} cannot take focus`);
            }
            await page.waitForTimeout(50);
            const after = (await opened.harness()).events.filter((event) => event.type === interaction.event).length;
            picks += after - before;
            if (after - before !== expected)
              found.push(`${request.caseId}: ${after - before} ${interaction.event} events for ${expected} picks`);
          }
        }
      }

      const record = await opened.harness();
      const validation = record.tasks.find((task) => task.kind === 'validate-retailers');
      if (validation?.ok !== true)
        found.push(`SDK validation in the page failed: ${validation?.error ?? 'did not run'}`);
      found.push(...trouble(opened, record));
      const apiRequests = opened.requests.filter((request) => new URL(request.url).pathname.startsWith('/api/')).length;

      report.figures['cases'] = refs.length;
      report.figures['picks'] = picks;
      report.figures['violations'] = record.violations.length;
      report.figures['consoleErrors'] = consoleErrors(opened).length;
      report.figures['retailersValidated'] = validation?.count ?? 0;
      report.figures['validationMs'] = Math.round(validation?.ms ?? 0);
      report.figures['apiRequests'] = apiRequests;
      report.headline = `${refs.length} renders, ${picks} picks, ${(validation?.count ?? 0).toLocaleString('en')} retailers validated; ${record.violations.length} violations`;
      report.line(`Policy (sent as a response header): \`${STRICT_CSP}\`.`);
      report.line('');
      report.line(
        `- Control page: ${Object.entries(report.figures['controlProbes'] as Record<string, boolean>)
          .map(([name, blocked]) => `${name} ${blocked ? 'blocked' : 'NOT blocked'}`)
          .join(
            ', ',
          )} (${String(report.figures['controlViolations'])} violation events), so the policy really is in force.`,
      );
      report.line(
        `- ${TARGETS.map((target) => `\`<${target.tag}>\``).join(', ')}, each connected to the reference server through \`<pk-provider>\` (${apiRequests} API requests made by the SDK client under the policy) and standalone: ${inspected.filter((inspection) => inspection.state === 'data').length} of ${refs.length - TARGETS.length} rendered their data, and ${inspected.filter((inspection) => inspection.state === 'error').length} of ${TARGETS.length} pointed at a missing plan showed the error view, whose Retry loaded again; ${picks} picks by click and keyboard fired their events.`,
      );
      report.line(
        `- The SDK validated ${(validation?.count ?? 0).toLocaleString('en')} generated retailers in the page in ${Math.round(validation?.ms ?? 0)} ms (zod/mini, no eval), and refused a retailer with tier 0 at path \`tier\`.`,
      );
      report.line(
        `- ${record.violations.length} \`securitypolicyviolation\` events (listened for by the page’s own first module script), ${record.errors.length + opened.pageErrors.length} uncaught errors, ${record.rejections.length} unhandled rejections, ${consoleErrors(opened).length} console errors (Chromium’s own “Failed to load resource” line for the deliberate 404s aside).`,
      );
      assert.deepEqual(report.problem(...found), []);
    } finally {
      await opened.close();
    }
  });
  /** Each standalone widget's `export({ format: 'png' })` in the page: a PNG, or why not. */
  async function exportPngs(policy: string, id: string): Promise<{ opened: OpenedPage; outcomes: PngOutcome[] }> {
    const spec: ScenarioSpec = {
      id,
      title: 'PNG export under a strict CSP',
      lang: 'zh-CN',
      scripts: ['/plankit.js'],
      csp: policy,
      session: false,
      events: [],
      cases: cases().filter((spec) => spec.id.endsWith('--standalone')),
      tasks: [],
    };
    const opened = await openScenario(suite.browser, suite.pages.addScenario(spec), 60_000);
    const refs = spec.cases.map((spec) => ({ caseId: spec.id, tag: spec.element.tag }));
    await waitForStates(opened.page, refs, 20_000, ['data']);
    const outcomes = await opened.page.evaluate(async (refs) => {
      const signature = [0x89, 0x50, 0x4e, 0x47];
      return Promise.all(
        refs.map(async ({ caseId, tag }) => {
          const element = document.querySelector(`[data-case="${caseId}"] ${tag}`) as
            (Element & { export?: (options: { format: string }) => Promise<Blob> }) | null;
          try {
            const blob = await element?.export?.({ format: 'png' });
            if (blob === undefined) return { tag, png: false, error: 'no export()' };
            const head = [...new Uint8Array(await blob.slice(0, 4).arrayBuffer())];
            return { tag, png: blob.type === 'image/png' && head.every((byte, i) => byte === signature[i]), error: '' };
          } catch (error) {
            return { tag, png: false, error: `${(error as Error).name}: ${(error as Error).message}` };
          }
        }),
      );
    }, refs);
    return { opened, outcomes };
  }

  /** Widgets that offer no PNG refuse the format by name (the board: CSV only). */
  const offersNoPng = (outcome: PngOutcome): boolean =>
    /^TypeError: .*format must be (.*), received/.exec(outcome.error)?.[1]?.includes('"png"') === false;

  test("PNG export works under the embedding guide's policy (img-src 'self' data:), with no violation", async () => {
    const { opened, outcomes } = await exportPngs(`${STRICT_CSP}; img-src 'self' data:`, 'csp-png');
    try {
      const record = await opened.harness();
      const found = outcomes
        .filter((outcome) => !outcome.png && !offersNoPng(outcome))
        .map((outcome) => `<${outcome.tag}>: no PNG (${outcome.error})`);
      found.push(...trouble(opened, record));
      const exported = outcomes.filter((outcome) => outcome.png).map((outcome) => outcome.tag);
      if (exported.length < 4) found.push(`only ${exported.join(', ')} exported a PNG`);
      report.figures['pngExports'] = exported.length;
      report.line(
        `- PNG export under the embedding guide's policy (the suite's plus \`img-src 'self' data:\`): ${exported.map((tag) => `\`<${tag}>\``).join(', ')} each gave a PNG, with ${record.violations.length} violations.`,
      );
      assert.deepEqual(report.problem(...found), []);
    } finally {
      await opened.close();
    }
  });

  test('PNG export under a policy that allows no data: images fails with a reason, never an uncaught error', async () => {
    const { opened, outcomes } = await exportPngs(STRICT_CSP, 'csp-png-refused');
    try {
      const record = await opened.harness();
      const found = outcomes
        .filter((outcome) => !offersNoPng(outcome) && !outcome.error.includes("img-src 'self' data:"))
        .map((outcome) => `<${outcome.tag}>: ${outcome.png ? 'a PNG despite the policy' : outcome.error}`);
      found.push(
        ...record.errors.map((error) => `uncaught error: ${error}`),
        ...record.rejections.map((reason) => `unhandled rejection: ${reason}`),
        ...opened.pageErrors.map((error) => `page error: ${error}`),
      );
      report.line(
        `- Under the suite's policy alone (no \`img-src\`, so \`default-src 'self'\` refuses \`data:\` images), PNG export is refused with a reason naming the directive it needs; SVG export needs nothing.`,
      );
      assert.deepEqual(report.problem(...found), []);
    } finally {
      await opened.close();
    }
  });
});
