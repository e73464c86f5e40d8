// The drop-in bundle dist/plankit.js: every element, the provider, the SDK and lit in one
// self-contained ES module for pages without a build step (<script type="module" src="plankit.js">).
import { defineConfig } from 'vite';
import { browserFloor } from '../../vite.library.js';
import { minifyCssTemplatesPlugin } from './build/minify-css-templates.js';

export default defineConfig({
  plugins: [minifyCssTemplatesPlugin()],
  resolve: { conditions: ['@plankit/source'] },
  build: {
    target: browserFloor,
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'plankit.js',
    },
    rolldownOptions: {
      // Whole minification: Vite's library mode keeps an ES build's whitespace and line breaks (for the
      // bundlers of packages that import it), but nothing bundles the drop-in again: pages load it as it is.
      output: { codeSplitting: false, minify: true, comments: { annotation: false } },
    },
  },
});
