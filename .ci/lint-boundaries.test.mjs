// The layer boundaries of eslint.config.js catch what they are meant to: each forbidden import below is
// linted as if it stood in the named file and must fail no-restricted-imports; each allowed one must pass.
// Run by the test command (`node --test .ci/lint-boundaries.test.mjs`).
import { strict as assert } from 'node:assert';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages for one import statement placed in `file`. */
async function restrictions(file, statement) {
  const [result] = await eslint.lintText(`${statement}\n`, { filePath: join(root, file) });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

const forbidden = [
  ['the SDK schemas import the domain', 'packages/sdk/src/schemas/sample.ts', "import { x } from '../domain/kpi.js';"],
  [
    'the SDK schemas import the errors',
    'packages/sdk/src/schemas/sample.ts',
    "import { x } from '../errors/index.js';",
  ],
  ['the SDK errors import the domain', 'packages/sdk/src/errors/sample.ts', "import { x } from '../domain/index.js';"],
  ['the SDK domain imports the client', 'packages/sdk/src/domain/sample.ts', "import { x } from '../client/index.js';"],
  [
    'a nested domain module imports the client',
    'packages/sdk/src/domain/a/b.ts',
    "import { x } from '../../client/x.js';",
  ],
  [
    'the SDK client imports the fixtures',
    'packages/sdk/src/client/resources/x.ts',
    "import { x } from '../../fixtures/index.js';",
  ],
  ['the SDK imports the elements', 'packages/sdk/src/domain/sample.ts', "import { x } from '@plankit/elements';"],
  ['the elements import the server', 'packages/elements/src/kpi-gauge/x.ts', "import { x } from '@plankit/server';"],
  [
    'an element imports the SDK by its src/',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '@plankit/sdk/src/domain/kpi.js';",
  ],
  [
    'the bench imports the elements by path',
    'packages/bench/src/lib/x.ts',
    "import { x } from '../../../elements/build/minify-css-templates.js';",
  ],
  [
    'the hardening imports the SDK by path',
    'packages/hardening/test/x.test.ts',
    "import { x } from '../../sdk/src/index.js';",
  ],
  ['a story imports an element by path', 'stories/x.stories.ts', "import '../packages/elements/src/all.js';"],
  [
    'a story imports test helpers of the elements',
    'stories/x.stories.ts',
    "import { x } from '../packages/elements/src/test/kpis.js';",
  ],
  [
    'an element module imports test helpers',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '../test/kpis.js';",
  ],
  [
    'a domain module imports test helpers',
    'packages/sdk/src/domain/x.ts',
    "import { x } from '../test/domain-helpers.js';",
  ],
];

const allowed = [
  [
    'the SDK domain imports the schemas',
    'packages/sdk/src/domain/sample.ts',
    "import { x } from '../schemas/index.js';",
  ],
  ['the SDK client imports the domain', 'packages/sdk/src/client/sample.ts', "import { x } from '../domain/index.js';"],
  [
    'the SDK fixtures import the domain',
    'packages/sdk/src/fixtures/sample.ts',
    "import { x } from '../domain/index.js';",
  ],
  [
    'a domain test imports test helpers',
    'packages/sdk/src/domain/x.test.ts',
    "import { x } from '../test/domain-helpers.js';",
  ],
  [
    'a schemas test imports the domain',
    'packages/sdk/src/schemas/x.test.ts',
    "import { x } from '../domain/index.js';",
  ],
  [
    'an element imports the SDK domain entry',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '@plankit/sdk/domain';",
  ],
  [
    'an element test imports its test helpers',
    'packages/elements/src/kpi-gauge/x.test.ts',
    "import { x } from '../test/kpis.js';",
  ],
  [
    'the bench imports the list of elements',
    'packages/bench/src/lib/x.ts',
    "import { x } from '@plankit/elements/widgets';",
  ],
  [
    'the bench imports the shared Chromium settings',
    'packages/bench/src/lib/x.ts',
    "import { x } from '../../../../.ci/chromium.mjs';",
  ],
  [
    'a story imports the elements and its data',
    'stories/x.stories.ts',
    "import '@plankit/elements/all';\nimport { x } from './story-data.js';",
  ],
];

describe('layer boundaries (eslint.config.js)', () => {
  for (const [name, file, statement] of forbidden) {
    test(`fail when ${name}`, async () => {
      const messages = await restrictions(file, statement);
      assert.equal(messages.length, 1, `${file}: ${statement}`);
    });
  }
  for (const [name, file, statement] of allowed) {
    test(`pass when ${name}`, async () => {
      assert.deepEqual(await restrictions(file, statement), [], `${file}: ${statement}`);
    });
  }
});
