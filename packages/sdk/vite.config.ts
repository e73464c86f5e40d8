// Library build of @plankit/sdk: one entry per public export, ky and zod left to the consumer.
import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.library.js';

export default defineConfig(
  libraryConfig({
    entry: {
      index: 'src/index.ts',
      'schemas/index': 'src/schemas/index.ts',
      'domain/index': 'src/domain/index.ts',
      'client/index': 'src/client/index.ts',
      'contract/index': 'src/contract/index.ts',
      'fixtures/index': 'src/fixtures/index.ts',
    },
    external: [/^ky(\/|$)/, /^zod(\/|$)/],
  }),
);
