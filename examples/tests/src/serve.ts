// `pnpm --filter @plankit/embedding-tests serve`: the example pages, the built React and Vue apps and the
// reference server (demo tokens, in memory) on one origin, as the tests see them. Needs `pnpm build` first.
import { buildApp, buildNpmEntry } from './builds.js';
import { DROP_IN_BUNDLE, HTML_DIR, JQUERY, REACT_DIR, VUE_DIR } from './paths.js';
import { startSite } from './site.js';

const [react, vue, npm] = [await buildApp(REACT_DIR, 'react'), await buildApp(VUE_DIR, 'vue'), await buildNpmEntry()];
const site = await startSite({
  '/static/plankit.js': DROP_IN_BUNDLE,
  '/static/copy/plankit.js': DROP_IN_BUNDLE,
  '/static/jquery.min.js': JQUERY,
  '/npm/': npm,
  '/react/': react,
  '/vue/': vue,
  '/': HTML_DIR,
});
for (const page of ['index.html', 'legacy.html', 'two-copies.html', 'react/', 'vue/'])
  console.info(`${site.url}/${page}`);
process.once('SIGINT', () => void site.close().then(() => process.exit(0)));
