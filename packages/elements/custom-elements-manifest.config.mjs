// Inputs of the custom-elements manifest (custom-elements.json, read by Storybook and docs/elements.md):
// the package's entries, its shared code and the folder of each element in src/widgets.ts.
// Run through tsx (see the `analyze` script) so this file can read the TypeScript list.
import { eventDetailPlugin } from './build/event-detail-plugin.ts';
import { widgets } from './src/widgets.ts';

export default {
  litelement: true,
  globs: [
    'src/index.ts',
    'src/all.ts',
    'src/widgets.ts',
    'src/shared/**/*.ts',
    ...widgets.map((widget) => `src/${widget.folder}/**/*.ts`),
  ],
  exclude: ['src/**/*.test.ts', 'src/test/**'],
  plugins: [eventDetailPlugin()],
};
