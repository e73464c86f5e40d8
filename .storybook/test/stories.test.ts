// Every story of the BUILT Storybook (storybook-static/, listed in its index.json), opened in Chromium in both
// locales and both themes through Storybook's `globals=` URL parameter: a test case per story and combination
// fails on a console error, an uncaught exception, a story that does not render, or an axe violation (the rules
// of the a11y panel, .storybook/axe-options.ts). The docs pages (Embedding, Theming) are opened too.
// Run `pnpm build-storybook` first; `pnpm test:storybook` runs this file.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../../.ci/chromium.mjs';
import { axeContext, axeRunOnly } from '../axe-options.js';
import { serveStatic, type StaticServer } from './static-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = join(root, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run \`pnpm build-storybook\` first`);

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
  tags?: string[];
}
const entries = Object.values(
  (JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> }).entries,
);
const stories = entries.filter((entry) => entry.type === 'story');
// Hand-written docs pages (MDX); the autodocs pages only repeat the stories above around Storybook's own tables.
const docsPages = entries.filter((entry) => entry.type === 'docs' && entry.importPath.endsWith('.mdx'));

const locales = ['zh-CN', 'en'] as const;
const schemes = ['light', 'dark'] as const;
/** Pages open at once in the one browser (each a test case); 2 cores here, Chromium does most work off-thread. */
const concurrency = Number(process.env['STORYBOOK_TEST_PAGES'] ?? 4);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  server = await serveStatic(staticDir);
  browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: [...chromiumArgs],
    headless: true,
    timeout: 30_000,
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
}

/** Open iframe.html on one story or docs page with the given globals; resolves once Storybook has rendered it. */
async function open(
  id: string,
  viewMode: 'story' | 'docs',
  globals: { locale: string; scheme: string },
): Promise<Opened> {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000); // the 1,000-card board and the 5,000-grid map on a busy 2-core machine
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  // The a11y panel's own axe run after each render is switched off (`a11y.manual`): this test runs axe itself.
  const query = new URLSearchParams({
    id,
    viewMode,
    globals: `locale:${globals.locale};scheme:${globals.scheme};a11y.manual:!true`,
  });
  await page.goto(`${server.origin}/iframe.html?${query}`, { waitUntil: 'load' });
  // Storybook's own record of the render: finished, or errored (its error screen is shown then).
  const phase = await page
    .waitForFunction(
      (storyId) => {
        type Render = { id: string; phase?: string };
        const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders?: Render[] } })
          .__STORYBOOK_PREVIEW__;
        const body = document.body.classList;
        if (body.contains('sb-show-errordisplay')) return 'errored';
        if (storyId === null)
          return body.contains('sb-show-main') && document.querySelector('#storybook-docs .sbdocs')
            ? 'finished'
            : false;
        const render = preview?.storyRenders?.find((candidate) => candidate.id === storyId);
        return render?.phase === 'finished' || render?.phase === 'errored' ? render.phase : false;
      },
      viewMode === 'story' ? id : null,
    )
    .then((handle) => handle.jsonValue());
  if (phase !== 'finished') {
    const shown = await page
      .locator('#error-message')
      .textContent()
      .catch(() => '');
    errors.push(`Storybook could not render it (${String(phase)}): ${shown ?? ''}`);
  }
  return { page, errors };
}

// In-page code is passed as source text: tsx compiles this file with esbuild's keepNames, whose `__name(…)`
// helper would not exist in the page.
const settleSource = `(async () => {
  const walk = (node) => [...node.querySelectorAll('*')].flatMap((element) => [
    ...('updateComplete' in element ? [element] : []),
    ...(element.shadowRoot ? walk(element.shadowRoot) : []),
  ]);
  const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  let stable = 0;
  for (let round = 0; round < 20 && stable < 2; round += 1) {
    const elements = walk(document.body);
    await Promise.all(elements.map((element) => element.updateComplete));
    await frame();
    stable = elements.every((element) => !element.isUpdatePending) ? stable + 1 : 0;
  }
})()`;

/** Wait until no element in the page (shadow roots included) has a Lit render pending, twice in a row. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(settleSource);
}

interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

/** axe over `selector` with the a11y panel's rules: each violation with the nodes it found. */
async function axe(page: Page, selector: string): Promise<Violation[]> {
  if (!(await page.evaluate(`'axe' in window`))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ selector, runOnly }) => {
      type AxeResult = {
        violations: Array<{
          id: string;
          impact: string | null;
          help: string;
          nodes: Array<{ target: unknown[]; failureSummary?: string }>;
        }>;
      };
      const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<AxeResult> } }).axe;
      const result = await axe.run(selector, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        rule: `${violation.id}: ${violation.help}`,
        impact: violation.impact,
        nodes: violation.nodes.map(
          (node) => `${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
        ),
      }));
    },
    { selector, runOnly: axeRunOnly },
  );
}

const combinations = locales.flatMap((locale) => schemes.map((scheme) => ({ locale, scheme })));

/**
 * Switch an open story to other globals as the toolbar does (Storybook's `updateGlobals` on its channel) and wait
 * until the story has rendered again. The console errors of the previous combination were checked already.
 */
async function switchGlobals(opened: Opened, globals: { locale: string; scheme: string }): Promise<void> {
  opened.errors.length = 0;
  await opened.page.evaluate(`(() => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    window.__pkRendered = false;
    channel.once('storyRendered', () => { window.__pkRendered = true; });
    channel.emit('updateGlobals', { globals: ${JSON.stringify({ ...globals, a11y: { manual: true } })} });
  })()`);
  await opened.page.waitForFunction(
    `window.__pkRendered === true || document.body.classList.contains('sb-show-errordisplay')`,
  );
}

/** The story, settled, has the globals, no console error and (unless `axe` is false) no axe violation. */
async function check(opened: Opened, globals: { locale: string; scheme: string }, withAxe = true): Promise<void> {
  await settle(opened.page);
  const applied = await opened.page.evaluate(() => ({
    locale: document.documentElement.lang,
    scheme: document.documentElement.dataset['scheme'],
  }));
  assert.deepEqual(applied, globals, 'the toolbar globals reach the story');
  const violations = withAxe ? await axe(opened.page, axeContext) : [];
  assert.deepEqual(opened.errors, [], 'console errors');
  assert.deepEqual(violations, [], 'axe violations');
}

// A story's four combinations run in turn on one page: the first opens iframe.html with `globals=` in the URL,
// the others switch the globals through Storybook's channel, as the toolbar does (a fresh page per combination
// cost four loads of Storybook's preview per story). Stories run side by side, `concurrency` at a time.
describe('every story of the built Storybook, in both locales and both themes', { concurrency }, () => {
  for (const story of stories) {
    // One after the other on the story's page (a suite would otherwise take its parent's concurrency).
    describe(`${story.title} › ${story.name}`, { concurrency: 1 }, () => {
      let opened: Opened | undefined;
      after(() => opened?.page.close());
      // A story tagged `large` (the 1,000-card board, the 5,000-grid map) repeats the markup of smaller stories that
      // are checked in every combination; axe over it takes most of a minute, so it runs in the first one only.
      const large = story.tags?.includes('large') === true;
      combinations.forEach((globals, index) => {
        const axeToo = !large || index === 0;
        it(`[${globals.locale}, ${globals.scheme}] renders without a console error${axeToo ? ' or an axe violation' : ' (large: axe in the first combination)'}`, async () => {
          if (opened === undefined) opened = await open(story.id, 'story', globals);
          else await switchGlobals(opened, globals);
          await check(opened, globals, axeToo);
        });
      });
    });
  }
});

describe('the docs pages', { concurrency }, () => {
  for (const docs of docsPages) {
    for (const globals of combinations) {
      it(`${docs.title} [${globals.locale}, ${globals.scheme}] renders without a console error or an axe violation`, async () => {
        const { page, errors } = await open(docs.id, 'docs', globals);
        try {
          await settle(page);
          const violations = await axe(page, '#storybook-docs');
          assert.deepEqual(errors, [], 'console errors');
          assert.deepEqual(violations, [], 'axe violations');
        } finally {
          await page.close();
        }
      });
    }
  }

  it('Docs/Theming lists every token of the manifest, each with a light and a dark default read from the styles', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; cssProperties?: Array<{ name: string }> }> }>;
    };
    const documented = new Set(
      manifest.modules.flatMap((module) =>
        (module.declarations ?? []).flatMap((declaration) => (declaration.cssProperties ?? []).map((p) => p.name)),
      ),
    );
    const { page, errors } = await open('docs-theming--docs', 'docs', { locale: 'zh-CN', scheme: 'light' });
    try {
      const rows = await page.$$eval('[data-token]', (found) =>
        found.map((row) => ({
          name: row.getAttribute('data-token') ?? '',
          light: row.children[1]?.textContent?.trim() ?? '',
          dark: row.children[2]?.textContent?.trim() ?? '',
        })),
      );
      assert.ok(documented.size > 0, 'the manifest documents tokens');
      assert.deepEqual(rows.map((row) => row.name).sort(), [...documented].sort());
      assert.deepEqual(
        rows.filter((row) => row.light === '' || row.light === '—' || row.dark === ''),
        [],
        'every token has a default in each scheme',
      );
      // The scheme-dependent colours really come from the dark rules (a parser that read only :host would say "same").
      assert.equal(rows.find((row) => row.name === '--pk-color-surface')?.dark !== 'same', true);
      // docs/theming.md writes the global defaults by hand (`| \`--pk-x\` | \`light\` / \`dark\` |`): they match the code.
      const written = readFileSync(join(root, 'docs/theming.md'), 'utf8')
        .split('\n')
        .map((line) => /^\| `(--pk-[\w-]+)`\s*\| `([^`]+)`(?: \/ `([^`]+)`)?/.exec(line))
        .filter((match) => match !== null)
        .map((match) => ({ name: match[1], light: match[2], dark: match[3] ?? 'same' }));
      assert.ok(written.length > 10, 'docs/theming.md has its table of global defaults');
      const generated = rows.map(({ name, light, dark }) => ({ name, light, dark }));
      assert.deepEqual(
        written.filter((row) => !generated.some((found) => JSON.stringify(found) === JSON.stringify(row))),
        [],
        'defaults in docs/theming.md that differ from the code',
      );
      assert.deepEqual(errors, [], 'console errors');
    } finally {
      await page.close();
    }
  });
});
