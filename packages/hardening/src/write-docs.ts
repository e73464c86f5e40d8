// `pnpm --filter @plankit/hardening docs`, after the suites ran: docs/reliability.md from their last results.
// It refuses while a suite has no result or failed, so the committed page always shows a complete, passing run.
import { relative } from 'node:path';
import { REPO_DIR, REPORT_PATH } from './paths.js';
import { SUITES, composeReport, readResults } from './results.js';

const results = readResults();
const missing = Object.keys(SUITES).filter((suite) => !results.some((result) => result.suite === suite));
const failed = results.filter((result) => !result.passed).map((result) => result.suite);
if (missing.length > 0 || failed.length > 0) {
  console.error(
    `hardening docs: not rewriting ${relative(REPO_DIR, REPORT_PATH)}: ${[
      ...missing.map((suite) => `${suite} has not run`),
      ...failed.map((suite) => `${suite} failed`),
    ].join(', ')}`,
  );
  process.exitCode = 1;
} else {
  await composeReport(REPORT_PATH);
  console.info(`hardening docs: wrote ${relative(REPO_DIR, REPORT_PATH)}`);
}
