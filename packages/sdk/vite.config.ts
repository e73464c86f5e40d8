// Library build of @plankit/sdk: ESM, one output module per source module, dependencies external.
import { defineConfig } from 'vite';

export default defineConfig({
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
        'schemas/index': 'src/schemas/index.ts',
        'domain/index': 'src/domain/index.ts',
        'client/index': 'src/client/index.ts',
        'contract/index': 'src/contract/index.ts',
        'fixtures/index': 'src/fixtures/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^ky(\/|$)/, /^zod(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
