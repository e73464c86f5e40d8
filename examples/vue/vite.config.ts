// Vue must know the pk-* tags are custom elements (not Vue components to resolve); @plankit/elements resolves
// to its build (dist/), as from npm.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pk-') } } })],
  // The fixtures, Vue and every element in one chunk: larger than Vite's default warning size.
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 1024 },
  // Relative asset URLs: the app works from any folder it is served from.
  base: './',
});
