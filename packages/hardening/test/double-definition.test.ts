// Double definition: two copies of Plankit on one page — the drop-in bundle twice (two URLs, so both run), the
// bundle with the npm build (its own lit), in both orders, and the npm provider with the bundle's elements
// (context across copies). Every registered element must still render and work, with at most a console.warn.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dropInBundle, npmBuild } from '../src/bundles.js';
import { openScenario } from '../src/browser.js';
import { focusTarget, interactionPoints, runInPage, waitForStates } from '../src/inspect.js';
import { EDITOR_TOKEN } from '../src/reference.js';
import { SuiteReport } from '../src/results.js';
import { setUpSuite } from '../src/stage.js';
import type { CaseSpec, ScenarioSpec } from '../src/scenario.js';
import { TARGETS, TARGET_TAGS, connectedCase } from '../src/targets.js';
import { STRICT_CSP } from '../src/csp.js';

interface Layout {
  id: string;
  title: string;
  scripts: string[];
  csp: string | null;
  /** Copies of lit the page must end up with (proof that every copy really ran). */
  litCopies: number;
  /**
   * Errors this layout is known to raise and that the report documents instead of failing on: Trusted Types
   * refuses a second policy named `lit-html` unless the page allows duplicates, so the second copy of lit throws
   * while loading and the first copy keeps every element working.
   */
  expectedErrors?: RegExp;
}

/** A layout of two copies that each load (both run lit), without a CSP unless `more` says otherwise. */
const layout = (id: string, title: string, scripts: string[], more: Partial<Layout> = {}): Layout => ({
  id,
  title,
  scripts,
  csp: null,
  litCopies: 2,
  ...more,
});

const LAYOUTS: readonly Layout[] = [
  layout('bundle-twice', 'the drop-in bundle twice, from two URLs', ['/plankit.js', '/copy/plankit.js']),
  layout('npm-then-bundle', 'the npm build (own lit), then the drop-in bundle', ['/npm/all.js', '/plankit.js']),
  layout('bundle-then-npm', 'the drop-in bundle, then the npm build', ['/plankit.js', '/npm/all.js']),
  layout('npm-provider-bundle-elements', 'the npm build’s pk-provider only, then the bundle (context across copies)', [
    '/npm/pk-provider.js',
    '/plankit.js',
  ]),
  layout(
    'bundle-twice-strict-csp',
    "the drop-in bundle twice under the strict CSP, with `trusted-types lit-html 'allow-duplicates'`",
    ['/plankit.js', '/copy/plankit.js'],
    { csp: `${STRICT_CSP} 'allow-duplicates'` },
  ),
  layout(
    'bundle-twice-strict-csp-no-duplicates',
    'the drop-in bundle twice under the strict CSP as is (no `allow-duplicates`)',
    ['/plankit.js', '/copy/plankit.js'],
    { csp: STRICT_CSP, litCopies: 1, expectedErrors: /lit-html|trusted-types|TrustedTypePolicy/i },
  ),
];

const report = new SuiteReport('double-definition');
const rows: string[] = [];

const suite = setUpSuite(report, {
  files: async () => {
    const [bundle, npm, npmProvider] = await Promise.all([
      dropInBundle(),
      npmBuild('all'),
      npmBuild('provider/pk-provider'),
    ]);
    report.figures['bundle'] = bundle.origin;
    report.figures['npmBuild'] = npm.origin;
    return {
      '/plankit.js': bundle.file,
      '/copy/plankit.js': bundle.file,
      '/npm/all.js': npm.file,
      '/npm/pk-provider.js': npmProvider.file,
    };
  },
  summarize: () => {
    report.figures['layouts'] = LAYOUTS.map((layout) => layout.id);
    report.headline = `${LAYOUTS.length} page layouts × ${TARGETS.length} elements, connected and standalone; ${report.problems.length === 0 ? 'all rendered and worked' : `${report.problems.length} problems`}`;
    report.line(
      `Bundles: ${String(report.figures['bundle'])}; npm build: ${String(report.figures['npmBuild'])}, bundled by the suite with Vite’s JS API.`,
    );
    report.line('');
    report.line('| page | elements with data | picks | warnings | errors | lit copies that ran |');
    report.line('| --- | --- | --- | --- | --- | --- |');
    for (const row of rows) report.line(row);
    report.line('');
    report.line(
      "Under Trusted Types, a page that loads two copies must list `'allow-duplicates'` in `trusted-types`: otherwise the browser refuses the second copy’s `lit-html` policy, that copy throws while loading (one uncaught TypeError and one violation), and the first copy carries on alone — every element still renders and works, as the last row shows.",
    );
  },
});

function cases(): CaseSpec[] {
  return TARGETS.flatMap((target): CaseSpec[] => {
    const { property, value, attributes } = target.standalone('Two copies, one page');
    return [
      connectedCase(target, `${target.tag}--connected`),
      {
        id: `${target.tag}--standalone`,
        width: target.width,
        provider: null,
        element: { tag: target.tag, attributes, properties: { [property]: value } },
      },
    ];
  });
}

describe('two copies of Plankit on one page', { timeout: 90_000 }, () => {
  for (const layout of LAYOUTS) {
    test(`${layout.title}: every element renders and works, at most a warning`, async () => {
      const spec: ScenarioSpec = {
        id: `double-${layout.id}`,
        title: layout.title,
        lang: 'zh-CN',
        scripts: layout.scripts,
        csp: layout.csp,
        session: true,
        events: [...new Set(TARGETS.flatMap((target) => target.interactions.map((interaction) => interaction.event)))],
        cases: cases(),
        tasks: [],
      };
      const opened = await openScenario(suite.browser, suite.pages.addScenario(spec, EDITOR_TOKEN));
      const problems: string[] = [];
      try {
        const { page } = opened;
        const refs = spec.cases.map((spec) => ({ caseId: spec.id, tag: spec.element.tag }));
        const states = await waitForStates(page, refs, 15_000, ['data']);
        states.forEach((state, index) => {
          if (state !== 'data') problems.push(`${layout.id} ${refs[index]?.caseId}: shows ${state}`);
        });
        let picks = 0;
        let expected = 0;
        for (const target of TARGETS) {
          for (const interaction of target.interactions) {
            for (const mode of ['connected', 'standalone']) {
              const request = { caseId: `${target.tag}--${mode}`, tag: target.tag, target: interaction.target };
              const [point] = await interactionPoints(page, [request]);
              if (point !== null && point !== undefined) await page.mouse.click(point.x, point.y);
              expected += 1;
              for (const key of interaction.keys) {
                if (await focusTarget(page, request)) await page.keyboard.press(key === ' ' ? 'Space' : key);
                expected += 1;
              }
            }
          }
        }
        await page.waitForTimeout(100);
        const record = await opened.harness();
        picks = record.events.length;
        if (picks !== expected) problems.push(`${layout.id}: ${picks} events for ${expected} picks`);
        const copies = await runInPage(
          page,
          (tags: readonly string[]) => ({
            lit: ((globalThis as { litElementVersions?: unknown[] }).litElementVersions ?? []).length,
            defined: tags.filter((tag) => customElements.get(tag) !== undefined).length,
          }),
          TARGET_TAGS,
        );
        if (copies.lit !== layout.litCopies)
          problems.push(`${layout.id}: ${copies.lit} copies of lit ran, expected ${layout.litCopies}`);
        if (copies.defined !== TARGET_TAGS.length)
          problems.push(`${layout.id}: ${copies.defined} of ${TARGET_TAGS.length} tags defined`);
        const errors = [
          ...opened.console.filter((entry) => entry.type === 'error').map((entry) => `console error: ${entry.text}`),
          ...opened.pageErrors.map((error) => `page error: ${error}`),
          ...record.errors.map((error) => `uncaught: ${error}`),
          ...record.rejections.map((reason) => `unhandled rejection: ${reason}`),
          ...record.violations.map((violation) => `CSP violation: ${violation.directive}`),
        ];
        const expectedErrors = layout.expectedErrors;
        const unexpected =
          expectedErrors === undefined ? errors : errors.filter((error) => !expectedErrors.test(error));
        if (expectedErrors !== undefined && errors.length === 0)
          problems.push(
            `${layout.id}: the documented Trusted Types clash did not happen; update the layout and the report`,
          );
        problems.push(...unexpected.map((error) => `${layout.id}: ${error}`));
        const warnings = opened.console.filter((entry) => entry.type === 'warning');
        // A warning naming the tag is allowed (define() explains a clash); anything more is noise on the host's console.
        if (warnings.length > TARGET_TAGS.length + 1)
          problems.push(`${layout.id}: ${warnings.length} console warnings`);
        rows.push(
          `| ${layout.title} | ${states.filter((state) => state === 'data').length}/${refs.length} | ${picks}/${expected} | ${warnings.length}${warnings[0] === undefined ? '' : ` (“${warnings[0].text.slice(0, 60)}”)`} | ${errors.length} | ${copies.lit} |`,
        );
      } finally {
        await opened.close();
      }
      assert.deepEqual(report.problem(...problems), []);
    });
  }
});
