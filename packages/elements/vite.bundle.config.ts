// The drop-in bundle dist/plankit.js: every element, the provider, the SDK and lit in one
// self-contained ES module for pages without a build step (<script type="module" src="plankit.js">).
import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './build/minify-css-templates.js';

export default defineConfig({
  plugins: [minifyCssTemplatesPlugin()],
  resolve: { conditions: ['@plankit/source'] },
  build: {
    target: 'es2021',
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
      output: { codeSplitting: false },
    },
  },
});
