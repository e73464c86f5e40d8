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

/** Whether each import, placed in the named file, is forbidden (`fail`) or allowed (`pass`). */
const cases = [
  [
    'fail',
    'the SDK schemas import the domain',
    'packages/sdk/src/schemas/sample.ts',
    "import { x } from '../domain/kpi.js';",
  ],
  [
    'fail',
    'the SDK schemas import the errors',
    'packages/sdk/src/schemas/sample.ts',
    "import { x } from '../errors/index.js';",
  ],
  [
    'fail',
    'the SDK errors import the domain',
    'packages/sdk/src/errors/sample.ts',
    "import { x } from '../domain/index.js';",
  ],
  [
    'fail',
    'the SDK domain imports the client',
    'packages/sdk/src/domain/sample.ts',
    "import { x } from '../client/index.js';",
  ],
  [
    'fail',
    'a nested domain module imports the client',
    'packages/sdk/src/domain/a/b.ts',
    "import { x } from '../../client/x.js';",
  ],
  [
    'fail',
    'the SDK client imports the fixtures',
    'packages/sdk/src/client/resources/x.ts',
    "import { x } from '../../fixtures/index.js';",
  ],
  [
    'fail',
    'the SDK imports the elements',
    'packages/sdk/src/domain/sample.ts',
    "import { x } from '@plankit/elements';",
  ],
  [
    'fail',
    'the elements import the server',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '@plankit/server';",
  ],
  [
    'fail',
    'an element imports the SDK by its src/',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '@plankit/sdk/src/domain/kpi.js';",
  ],
  [
    'fail',
    'the bench imports the elements by path',
    'packages/bench/src/lib/x.ts',
    "import { x } from '../../../elements/build/minify-css-templates.js';",
  ],
  [
    'fail',
    'the hardening imports the SDK by path',
    'packages/hardening/test/x.test.ts',
    "import { x } from '../../sdk/src/index.js';",
  ],
  [
    'fail',
    'an element imports the browser harness',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '@plankit/harness/browser';",
  ],
  [
    'fail',
    'the SDK imports the browser harness',
    'packages/sdk/src/client/x.ts',
    "import { x } from '@plankit/harness/reference';",
  ],
  [
    'fail',
    'the server imports the browser harness',
    'packages/server/src/app.ts',
    "import { x } from '@plankit/harness/page-server';",
  ],
  ['fail', 'the harness imports the bench', 'packages/harness/src/x.ts', "import { x } from '@plankit/bench';"],
  [
    'fail',
    'the harness imports the hardening suites by path',
    'packages/harness/src/x.ts',
    "import { x } from '../../hardening/src/targets.js';",
  ],
  [
    'fail',
    'the bench imports the harness by its src/',
    'packages/bench/src/lib/x.ts',
    "import { x } from '@plankit/harness/src/bundle.js';",
  ],
  ['fail', 'a story imports an element by path', 'stories/x.stories.ts', "import '../packages/elements/src/all.js';"],
  [
    'fail',
    'a story imports test helpers of the elements',
    'stories/x.stories.ts',
    "import { x } from '../packages/elements/src/test/kpis.js';",
  ],
  [
    'fail',
    'an element module imports test helpers',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '../test/kpis.js';",
  ],
  [
    'fail',
    'a domain module imports test helpers',
    'packages/sdk/src/domain/x.ts',
    "import { x } from '../test/domain-helpers.js';",
  ],
  [
    'fail',
    'the route table imports the client',
    'packages/sdk/src/contract/sample.ts',
    "import { x } from '../client/path.js';",
  ],
  [
    'fail',
    'the route table imports the errors',
    'packages/sdk/src/contract/sample.ts',
    "import { x } from '../errors/index.js';",
  ],
  [
    'fail',
    'the schemas import the route table',
    'packages/sdk/src/schemas/sample.ts',
    "import { x } from '../contract/routes.js';",
  ],
  [
    'fail',
    'the domain imports the route table',
    'packages/sdk/src/domain/sample.ts',
    "import { x } from '../contract/index.js';",
  ],
  [
    'pass',
    'the route table imports the schemas',
    'packages/sdk/src/contract/sample.ts',
    "import { x } from '../schemas/index.js';",
  ],
  [
    'pass',
    'the SDK client imports the route table',
    'packages/sdk/src/client/resources/sample.ts',
    "import { x } from '../../contract/routes.js';",
  ],
  [
    'pass',
    'the server imports the route table by its public export',
    'packages/server/src/http/sample.ts',
    "import { x } from '@plankit/sdk/contract';",
  ],
  [
    'pass',
    'the SDK domain imports the schemas',
    'packages/sdk/src/domain/sample.ts',
    "import { x } from '../schemas/index.js';",
  ],
  [
    'pass',
    'the SDK client imports the domain',
    'packages/sdk/src/client/sample.ts',
    "import { x } from '../domain/index.js';",
  ],
  [
    'pass',
    'the SDK fixtures import the domain',
    'packages/sdk/src/fixtures/sample.ts',
    "import { x } from '../domain/index.js';",
  ],
  [
    'pass',
    'a domain test imports test helpers',
    'packages/sdk/src/domain/x.test.ts',
    "import { x } from '../test/domain-helpers.js';",
  ],
  [
    'pass',
    'a schemas test imports the domain',
    'packages/sdk/src/schemas/x.test.ts',
    "import { x } from '../domain/index.js';",
  ],
  [
    'pass',
    'an element imports the SDK domain entry',
    'packages/elements/src/kpi-gauge/x.ts',
    "import { x } from '@plankit/sdk/domain';",
  ],
  [
    'pass',
    'an element test imports its test helpers',
    'packages/elements/src/kpi-gauge/x.test.ts',
    "import { x } from '../test/kpis.js';",
  ],
  [
    'pass',
    'the bench imports the list of elements',
    'packages/bench/src/lib/x.ts',
    "import { x } from '@plankit/elements/widgets';",
  ],
  [
    'pass',
    'the bench imports the shared Chromium settings',
    'packages/bench/src/lib/x.ts',
    "import { x } from '../../../../.ci/chromium.mjs';",
  ],
  [
    'pass',
    'the bench imports the browser harness',
    'packages/bench/src/run.ts',
    "import { x } from '@plankit/harness/page-server';",
  ],
  [
    'pass',
    'a hardening suite imports the browser harness',
    'packages/hardening/test/x.test.ts',
    "import { x } from '@plankit/harness/reference';",
  ],
  [
    'pass',
    'a hardening module imports the browser harness',
    'packages/hardening/src/x.ts',
    "import { x } from '@plankit/harness/bundle';",
  ],
  [
    'pass',
    'the harness imports the reference server',
    'packages/harness/src/reference.ts',
    "import { x } from '@plankit/server';",
  ],
  [
    'pass',
    'a story imports the elements and its data',
    'stories/x.stories.ts',
    "import '@plankit/elements/all';\nimport { x } from './story-data.js';",
  ],
];

describe('layer boundaries (eslint.config.js)', () => {
  for (const [verdict, name, file, statement] of cases) {
    test(`${verdict} when ${name}`, async () => {
      const messages = await restrictions(file, statement);
      assert.equal(messages.length, verdict === 'fail' ? 1 : 0, `${file}: ${statement}`);
    });
  }
});
