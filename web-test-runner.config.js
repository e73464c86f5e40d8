// Browser tests: TypeScript test files in Debian's headless Chromium, driven by Playwright
// (never a browser Playwright downloads). Packages pass --files; see their package.json.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutablePath } from './.ci/chromium.mjs';

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  nodeResolve: { exportConditions: ['@plankit/source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumExecutablePath,
        headless: true,
        args: [...chromiumArgs],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverageConfig: { include: ['packages/*/src/**/*.ts'] },
};
