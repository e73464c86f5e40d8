// Types of custom-elements-manifest.config.mjs, for the tests that read it.
declare const config: {
  litelement: boolean;
  globs: string[];
  exclude: string[];
};
export default config;
