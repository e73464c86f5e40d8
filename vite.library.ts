// What the published packages' Vite builds share: the browser floor every build targets (docs/embedding.md), and
// the library build of @plankit/sdk and @plankit/elements for npm (ESM, one output module per source module,
// unminified with source maps for the consumer's bundler, dependencies left external).
import type { PluginOption, UserConfig } from 'vite';

/** The browser floor: Chromium 109, Safari 16.4, Firefox ESR 115. */
export const browserFloor = ['chrome109', 'safari16.4', 'firefox115'];

/** A package's library build into dist/: its entry modules (name → source file) and what stays external. */
export function libraryConfig(options: {
  readonly entry: Readonly<Record<string, string>>;
  readonly external: readonly RegExp[];
  readonly plugins?: readonly PluginOption[];
}): UserConfig {
  return {
    plugins: [...(options.plugins ?? [])],
    build: {
      target: browserFloor,
      outDir: 'dist',
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      lib: { entry: { ...options.entry }, formats: ['es'] },
      rolldownOptions: {
        external: [...options.external],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}
