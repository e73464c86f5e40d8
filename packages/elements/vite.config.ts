// Library build of @plankit/elements for npm: ESM per module, lit and the SDK left to the consumer's bundler.
// One entry per element, from the list in src/widgets.ts.
import { defineConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './build/minify-css-templates.js';
import { registrationModule, widgets } from './src/widgets.js';

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
        widgets: 'src/widgets.ts',
        ...Object.fromEntries(
          widgets.map((widget) => [registrationModule(widget), `src/${registrationModule(widget)}.ts`]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^@plankit\/sdk(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
