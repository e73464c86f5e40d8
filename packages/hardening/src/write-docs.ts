// `pnpm --filter @plankit/hardening docs`: runs every suite, then writes docs/reliability.md from their results.
// It refuses while a suite failed, has no result, or did not save one in this run (its end-of-suite hook never
// finished, so its file is an older run's), so the committed page always shows one complete, passing run.
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { HARDENING_DIR, REPO_DIR, REPORT_PATH } from './paths.js';
import { composeReport, readResults, unpublishable } from './results.js';

const runStarted = new Date();
const run = spawnSync(process.execPath, [join(REPO_DIR, '.ci', 'node-test.mjs'), 'test'], {
  cwd: HARDENING_DIR,
  stdio: 'inherit',
});
const reasons = [
  ...(run.status === 0 ? [] : [`the suites exited with ${run.status ?? run.signal ?? 'no status'}`]),
  ...unpublishable(readResults(), runStarted),
];
if (reasons.length > 0) {
  console.error(`hardening docs: not rewriting ${relative(REPO_DIR, REPORT_PATH)}: ${reasons.join(', ')}`);
  process.exitCode = 1;
} else {
  await composeReport(REPORT_PATH);
  console.info(`hardening docs: wrote ${relative(REPO_DIR, REPORT_PATH)}`);
}
