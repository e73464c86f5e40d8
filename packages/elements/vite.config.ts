// Library build of @plankit/elements for npm: ESM per module, lit and the SDK left to the consumer's bundler.
import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './build/minify-css-templates.js';

export default defineConfig({
  plugins: [minifyCssTemplatesPlugin()],
  build: {
    // The browser floor (docs/embedding.md): Chromium 109, Safari 16.4, Firefox ESR 115.
    target: ['chrome109', 'safari16.4', 'firefox115'],
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        all: 'src/all.ts',
        'provider/pk-provider': 'src/provider/pk-provider.ts',
        'kpi-gauge/pk-kpi-gauge': 'src/kpi-gauge/pk-kpi-gauge.ts',
        'kpi-panel/pk-kpi-panel': 'src/kpi-panel/pk-kpi-panel.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@plankit\/sdk(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
