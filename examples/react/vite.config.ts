// A plain Vite app: React 19 needs no plugin for custom elements. Vite's own transform compiles the JSX
// (tsconfig.json's `"jsx": "react-jsx"`); @plankit/elements resolves to its build (dist/), as from npm.
import { defineConfig } from 'vite';

export default defineConfig({
  // The fixtures, React and every element in one chunk: larger than Vite's default warning size.
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 1024 },
  // Relative asset URLs: the app works from any folder it is served from.
  base: './',
});
