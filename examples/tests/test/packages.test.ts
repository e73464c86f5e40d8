// Package hygiene: @plankit/sdk and @plankit/elements packed as they would be published (pnpm pack resolves the
// workspace: and catalog: versions), installed with npm into a scratch project outside the workspace, and used
// there: the SDK from Node, the elements' types (classes, events, tags, the React JSX types) with tsc.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evaluateKpi } from '@plankit/sdk';
import { plan2020 } from '@plankit/sdk/fixtures';
import { registrationModule, widgets } from '@plankit/elements/widgets';
import { launchBrowser, openPage } from '../src/browser.js';
import { buildNpmEntry } from '../src/builds.js';
import { HTML_DIR } from '../src/paths.js';
import { startSite } from '../src/site.js';
import { WIDGET_TAGS, waitForData } from '../src/widgets.js';

const require = createRequire(import.meta.url);
const execFileAsync = promisify(execFile);
const SDK_DIR = dirname(require.resolve('@plankit/sdk/package.json'));
const ELEMENTS_DIR = dirname(require.resolve('@plankit/elements/package.json'));
const TSC = require.resolve('typescript/bin/tsc');

let scratch: string;
const tarballs: Record<'sdk' | 'elements', string> = { sdk: '', elements: '' };
let elementsFiles: string[] = [];

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'plankit-pack-'));
  const packs = join(scratch, 'packs');
  mkdirSync(packs);
  // Both at once: most of a pack's time is pnpm starting.
  const pack = async (dir: string) =>
    (await execFileAsync('pnpm', ['pack', '--pack-destination', packs], { cwd: dir, encoding: 'utf8' })).stdout
      .trim()
      .split('\n')
      .at(-1) ?? '';
  [tarballs.sdk, tarballs.elements] = await Promise.all([pack(SDK_DIR), pack(ELEMENTS_DIR)]);
  elementsFiles = run('tar', ['-tzf', tarballs.elements], scratch)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^package\//, ''));

  const project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // The React types (an optional peer of @plankit/elements, for its `./react` entry) at the workspace's version.
  const reactTypes = catalogVersion('@types/react');
  assert.ok(reactTypes !== undefined, 'the catalog names @types/react');
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      tarballs.sdk,
      tarballs.elements,
      `@types/react@${reactTypes}`,
    ],
    project,
  );
});

after(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

/** A version from pnpm-workspace.yaml's catalog (the workspace root is two folders above this package). */
function catalogVersion(name: string): string | undefined {
  const yaml = readFileSync(join(ELEMENTS_DIR, '..', '..', 'pnpm-workspace.yaml'), 'utf8');
  const line = yaml.split('\n').find((entry) => entry.trim().replace(/'/g, '').startsWith(`${name}:`));
  return line?.split(':').at(-1)?.trim();
}

describe('the packed packages', () => {
  test('name real versions, never workspace: or catalog:', () => {
    for (const tarball of Object.values(tarballs)) {
      const manifest = run('tar', ['-xzOf', tarball, 'package/package.json'], scratch);
      assert.doesNotMatch(manifest, /"(workspace|catalog):/, tarball);
    }
  });

  test('@plankit/elements ships the builds, the manifest and the editor types, and no tests or sources', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/all.js',
      'dist/plankit.js',
      'custom-elements.json',
      'integrations/react.d.ts',
      'integrations/vue.d.ts',
      'integrations/vscode.html-custom-data.json',
      'integrations/vscode.css-custom-data.json',
    ])
      assert.ok(elementsFiles.includes(file), `${file} is in the package`);
    assert.deepEqual(
      elementsFiles.filter((file) => /\.test\.|^src\/|tsbuildinfo/.test(file)),
      [],
    );
  });

  test('@plankit/elements lists exactly its registering modules as sideEffects', () => {
    const manifest = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8')) as { sideEffects: string[] };
    const patterns = manifest.sideEffects.filter((pattern) => pattern.startsWith('./dist/'));
    const matches = (file: string) =>
      patterns.some((pattern) =>
        new RegExp(
          `^${pattern
            .slice(2)
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*\*\//g, '(?:.*/)?')
            .replace(/\*/g, '[^/]*')}$`,
        ).test(file),
      );
    const flagged = elementsFiles.filter((file) => file.endsWith('.js') && matches(file)).sort();
    const registering = [
      ...widgets.map((widget) => `dist/${registrationModule(widget)}.js`),
      'dist/all.js',
      'dist/plankit.js',
    ].sort();
    assert.deepEqual(flagged, registering);
  });
});

describe('installed with npm in a project outside the workspace', () => {
  test('the SDK imports in Node and evaluates a KPI as in the workspace', () => {
    const project = join(scratch, 'project');
    const kpi = plan2020.kpis[1];
    assert.ok(kpi !== undefined);
    writeFileSync(
      join(project, 'sdk.mjs'),
      [
        "import { evaluateKpi, createClient } from '@plankit/sdk';",
        "import { plan2020 } from '@plankit/sdk/fixtures';",
        `const kpi = plan2020.kpis.find((item) => item.id === ${JSON.stringify(kpi.id)});`,
        "const client = createClient({ baseUrl: 'http://127.0.0.1:9/api/v1' });",
        'const evaluation = evaluateKpi(kpi, plan2020.asOf);',
        'console.log(JSON.stringify({ status: evaluation.status, client: typeof client.kpis.list }));',
      ].join('\n'),
    );
    const printed = JSON.parse(run(process.execPath, ['sdk.mjs'], project)) as { status: string; client: string };
    assert.deepEqual(printed, { status: evaluateKpi(kpi, plan2020.asOf).status, client: 'function' });
  });

  test('the elements’ types compile with tsc: classes, tags, events and the React JSX types', () => {
    const project = join(scratch, 'project');
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          experimentalDecorators: true,
          useDefineForClassFields: false,
          // The packages' own declarations are proved by their use below (the @ts-expect-error lines fail on `any`).
          skipLibCheck: true,
          types: [],
        },
        include: ['*.ts', '*.tsx'],
      }),
    );
    writeFileSync(
      join(project, 'page.ts'),
      [
        "import '@plankit/elements/all';",
        "import { KpiGaugeElement, type KpiSelectEvent } from '@plankit/elements';",
        "const gauge = document.querySelector('pk-kpi-gauge');",
        'if (gauge !== null) {',
        '  const typed: KpiGaugeElement = gauge;',
        "  typed.variant = 'linear';",
        '  // @ts-expect-error a variant the gauge does not have',
        "  typed.variant = 'round';",
        '}',
        "document.addEventListener('pk-kpi-select', (event: KpiSelectEvent) => console.log(event.detail.kpiId));",
        'export {};',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'app.tsx'),
      [
        "import type {} from '@plankit/elements/react';",
        "import type { KpiSelectEvent } from '@plankit/elements';",
        'export const ok = (',
        '  <pk-kpi-panel variant="compact" onpk-kpi-select={(event: KpiSelectEvent) => event.detail.kpiId} />',
        ');',
        '// @ts-expect-error kpis takes KPI objects, not a number',
        'export const wrong = <pk-kpi-panel kpis={42} />;',
      ].join('\n'),
    );
    try {
      run(process.execPath, [TSC, '-p', 'tsconfig.json'], project);
    } catch (error) {
      const output = error as { stdout?: string; stderr?: string };
      assert.fail(`tsc failed in the scratch project:\n${output.stdout ?? ''}${output.stderr ?? ''}`);
    }
  });

  test('its drop-in bundle and a Vite build of its npm entry run every widget on one page in Chromium', async () => {
    const project = join(scratch, 'project');
    writeFileSync(join(project, 'npm-entry.js'), "import '@plankit/elements/all';\n");
    const npm = await buildNpmEntry(project, 'npm-installed');
    const bundle = join(project, 'node_modules', '@plankit', 'elements', 'dist', 'plankit.js');
    const site = await startSite({
      '/static/plankit.js': bundle,
      '/static/copy/plankit.js': bundle,
      '/npm/': npm,
      '/': HTML_DIR,
    });
    const browser = await launchBrowser();
    try {
      const opened = await openPage(browser, `${site.url}/two-copies.html`);
      assert.deepEqual(await waitForData(opened.page, WIDGET_TAGS), ['data', 'data', 'data', 'data', 'data']);
      assert.deepEqual(opened.errors, []);
      assert.ok(site.requests.includes('/npm/npm-entry.js'));
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
