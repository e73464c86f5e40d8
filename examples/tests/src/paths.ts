// Where the things under test are, found through the packages (never a path into another package's folders).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

export const TESTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HTML_DIR = packageDir('@plankit/example-html');
export const REACT_DIR = packageDir('@plankit/example-react');
export const VUE_DIR = packageDir('@plankit/example-vue');
/** The drop-in bundle, as `pnpm build` leaves it. */
export const DROP_IN_BUNDLE = require.resolve('@plankit/elements/plankit.js');
/** jQuery as the old page serves it: the minified classic script from npm, no CDN. */
export const JQUERY = join(dirname(createRequire(join(HTML_DIR, 'package.json')).resolve('jquery')), 'jquery.min.js');
/** Build output of the tests (Vite builds of the apps and of the npm entry), ignored by git as node_modules. */
export const OUT_DIR = join(TESTS_DIR, 'node_modules', '.cache', 'embedding');
