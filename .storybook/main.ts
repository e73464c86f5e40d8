// Storybook for designers: web components with Vite, docs tables fed by the custom-elements manifest, and the
// accessibility panel (axe; .storybook/test/stories.test.ts runs the same rules on every story of the build).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Resolve workspace packages to their TypeScript sources (the "@plankit/source" export condition).
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['@plankit/source', 'browser', 'module', 'import', 'default'];
    return viteConfig;
  },
};
export default config;
