// Library build of @plankit/elements for npm: lit and the SDK left to the consumer's bundler, CSS templates
// minified. One entry per element, from the list in src/widgets.ts.
import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.library.js';
import { minifyCssTemplatesPlugin } from './build/minify-css-templates.js';
import { registrationModule, widgets } from './src/widgets.js';

export default defineConfig(
  libraryConfig({
    plugins: [minifyCssTemplatesPlugin()],
    entry: {
      index: 'src/index.ts',
      all: 'src/all.ts',
      widgets: 'src/widgets.ts',
      ...Object.fromEntries(
        widgets.map((widget) => [registrationModule(widget), `src/${registrationModule(widget)}.ts`]),
      ),
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^@plankit\/sdk(\/|$)/],
  }),
);
