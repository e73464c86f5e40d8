// Where things live on disk: the repository, the drop-in bundle, the pages, the results and the report.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { dropInBuilt, elementsRoot, repoRoot, sdkRoot, serverRoot } from '@plankit/harness/paths';

export const HARDENING_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_DIR = repoRoot;
export const ELEMENTS_DIR = elementsRoot;
export const SDK_DIR = sdkRoot;
export const SERVER_DIR = serverRoot;
export const PAGES_DIR = join(HARDENING_DIR, 'pages');
export const RESULTS_DIR = join(HARDENING_DIR, 'results');
/** Browser builds made by the suites themselves, reused while their sources are unchanged (under node_modules: never linted or committed). */
export const CACHE_DIR = join(HARDENING_DIR, 'node_modules', '.cache', 'hardening');
/** The committed report, rewritten only by `pnpm --filter @plankit/hardening docs`. */
export const REPORT_PATH = join(REPO_DIR, 'docs', 'reliability.md');
/** The report every test run composes, beside its figures (ignored by git), so a test run leaves the tree clean. */
export const LOCAL_REPORT_PATH = join(RESULTS_DIR, 'reliability.md');
/** The drop-in bundle `pnpm build` makes. */
export const DROP_IN_BUNDLE = dropInBuilt;
