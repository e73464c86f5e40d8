#!/usr/bin/env node
// `npm start` and `npm test` on a fresh machine with only Node and npm: install what is missing
// (pnpm at the pinned version, the dependencies, Debian's Chromium for tests), then run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(/^pnpm@/, '');
const localPnpm = join(root, '.tools', 'node_modules', '.bin', 'pnpm');

const log = (message) => console.log(`\x1b[36m[plankit]\x1b[0m ${message}`);
const fail = (message) => {
  console.error(`\x1b[31m[plankit]\x1b[0m ${message}`);
  process.exit(1);
};
const run = (cmd, args, options = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env, ...options }).status ?? 1;
const output = (cmd, args) => {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: process.env });
  return result.status === 0 ? result.stdout.trim() : null;
};

/** pnpm at the version in packageManager: a matching one on PATH, else a local copy from the npm registry (corepack fails here). */
function ensurePnpm() {
  if (output('pnpm', ['--version']) === pinned) return 'pnpm';
  if (existsSync(localPnpm) && output(localPnpm, ['--version']) === pinned) return localPnpm;
  log(`installing pnpm ${pinned} into .tools/ from the npm registry`);
  const status = run('npm', [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--prefix',
    join(root, '.tools'),
    `pnpm@${pinned}`,
  ]);
  if (status !== 0 || output(localPnpm, ['--version']) !== pinned) fail(`could not install pnpm ${pinned} with npm`);
  return localPnpm;
}

/** Dependencies from the committed lockfile, when node_modules is missing or older than the lockfile. */
function ensureDependencies(pnpm) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing dependencies (pnpm install --frozen-lockfile; better-sqlite3 compiles from source, about a minute)');
  if (run(pnpm, ['install', '--frozen-lockfile']) !== 0) fail('pnpm install failed');
}

/** Debian's Chromium for the browser tests: CHROME_PATH, else /usr/bin/chromium, else apt-get as root. */
function ensureChromium() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) fail(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    return;
  }
  if (existsSync('/usr/bin/chromium')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    fail(
      'Chromium is needed for the browser tests. Install Debian\'s "chromium" package ' +
        '(sudo apt-get install chromium), or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  log("installing Debian's chromium package (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0
  ) {
    fail('apt-get install chromium failed; install it by hand or set CHROME_PATH');
  }
}

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
// Child scripts call `pnpm`: make the local copy the one they find.
const env = pnpm === 'pnpm' ? process.env : { ...process.env, PATH: `${dirname(pnpm)}:${process.env.PATH}` };

switch (command) {
  case 'test': {
    ensureChromium();
    process.exit(run(process.execPath, [join(root, '.ci', 'run-checks.mjs')], { env }));
    break;
  }
  case 'start': {
    log('building the packages');
    if (run(pnpm, ['build'], { env }) !== 0) fail('build failed');
    log('starting the reference server with the demo page (Ctrl+C stops it)');
    const status = run(process.execPath, [join(root, 'packages', 'server', 'dist', 'main.js')], { env });
    process.exit(status);
    break;
  }
  default:
    fail(`usage: node .ci/bootstrap.mjs start|test (got ${command ?? 'nothing'})`);
}
