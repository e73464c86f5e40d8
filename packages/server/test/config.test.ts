// Configuration and the small HTTP helpers: the rules in isolation, with their edge cases.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config.js';
import { TokenRegistry, generateDemoTokens, parseTokenList } from '../src/auth/tokens.js';
import { isJsonContentType, jsonDepth } from '../src/http/body.js';
import { decodeCursor, encodeCursor, filterKeyOf } from '../src/http/cursor.js';
import { idempotencyKey, requiredVersion } from '../src/http/preconditions.js';
import { ProblemError } from '../src/http/problem.js';
import { runCli } from './process.js';

const problemStatus = (run: () => unknown): number => {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return error.init.status;
    throw error;
  }
  return 0;
};

describe('loadConfig', () => {
  test('defaults', () => {
    const config = loadConfig({}, '/srv/plankit');
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.dbPath, '/srv/plankit/plankit.db');
    assert.equal(config.tokens, null);
    assert.deepEqual(config.corsOrigins, []);
    assert.equal(config.seed, '2020');
    assert.equal(config.grids, 80);
    assert.equal(config.retailers, 4000);
    assert.equal(config.now, null);
  });

  test('every variable parsed', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        PLANKIT_DB: ':memory:',
        PLANKIT_TOKENS: 'aaaaaaaa:viewer, bbbbbbbb:editor',
        PLANKIT_CORS_ORIGINS: 'https://intranet.example/, http://localhost:5173',
        PLANKIT_SEED: 'county-a',
        PLANKIT_GRIDS: '5',
        PLANKIT_RETAILERS: '0',
        PLANKIT_RATE_LIMIT: '0',
        PLANKIT_NOW: '2020-09-30T09:00:00Z',
      },
      '/tmp',
    );
    assert.equal(config.port, 0);
    assert.equal(config.dbPath, ':memory:');
    assert.deepEqual(config.tokens, [
      { token: 'aaaaaaaa', role: 'viewer' },
      { token: 'bbbbbbbb', role: 'editor' },
    ]);
    assert.deepEqual(config.corsOrigins, ['https://intranet.example', 'http://localhost:5173']);
    assert.equal(config.now?.toISOString(), '2020-09-30T09:00:00.000Z');
  });

  test('invalid values are all reported, without echoing tokens', () => {
    assert.throws(
      () =>
        loadConfig({
          PORT: '99999',
          PLANKIT_TOKENS: 'secret-token-value:admin',
          PLANKIT_CORS_ORIGINS: 'intranet',
          PLANKIT_GRIDS: 'many',
          PLANKIT_NOW: 'yesterday',
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.problems.length, 5);
        assert.match(error.message, /PORT: expected a number from 0 to 65535/);
        assert.match(error.message, /PLANKIT_TOKENS: entry 1: role must be one of viewer, editor/);
        assert.doesNotMatch(error.message, /secret-token-value/);
        return true;
      },
    );
  });
});

describe('tokens', () => {
  test('parseTokenList refuses short, malformed and duplicate tokens', () => {
    const result = parseTokenList('short:viewer,has space1:editor,same-token-1:viewer,same-token-1:editor,nocolon');
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.problems.length, 4);
  });

  test('the registry finds roles by token and nothing else', () => {
    const [viewer, editor] = generateDemoTokens();
    assert.ok(viewer && editor);
    const registry = new TokenRegistry([viewer, editor]);
    assert.equal(registry.roleOf(viewer.token), 'viewer');
    assert.equal(registry.roleOf(editor.token), 'editor');
    assert.equal(registry.roleOf(`${editor.token}x`), null);
    assert.equal(registry.tokenFor('editor'), editor.token);
  });
});

describe('request helpers', () => {
  test('JSON content types', () => {
    assert.ok(isJsonContentType('application/json'));
    assert.ok(isJsonContentType('application/json; charset=UTF-8'));
    assert.ok(isJsonContentType('application/merge-patch+json'));
    assert.ok(!isJsonContentType('application/json; charset=utf-16'));
    assert.ok(!isJsonContentType('text/json'));
    assert.ok(!isJsonContentType(undefined));
  });

  test('jsonDepth ignores brackets inside strings', () => {
    assert.equal(jsonDepth('{"a":"[[[[{{{{"}'), 1);
    assert.equal(jsonDepth('[[[]],[]]'), 3);
    assert.equal(jsonDepth('{"a":"\\"[["}'), 1);
    assert.equal(jsonDepth('1'), 0);
  });

  test('If-Match forms', () => {
    assert.equal(requiredVersion('"3"'), 3);
    assert.equal(requiredVersion('3'), 3);
    assert.equal(requiredVersion('W/"12"'), 12);
    assert.equal(
      problemStatus(() => requiredVersion(undefined)),
      428,
    );
    for (const bad of ['*', '"0"', '"3", "4"', '"3', '3"', 'W/3x', '"-1"'])
      assert.equal(
        problemStatus(() => requiredVersion(bad)),
        400,
        bad,
      );
  });

  test('Idempotency-Key is optional, 1–200 visible characters', () => {
    assert.equal(idempotencyKey(undefined), null);
    assert.equal(idempotencyKey('a'.repeat(200)), 'a'.repeat(200));
    assert.equal(
      problemStatus(() => idempotencyKey('')),
      400,
    );
    assert.equal(
      problemStatus(() => idempotencyKey('has space')),
      400,
    );
  });

  test('cursors round-trip and are bound to their filters', () => {
    const key = filterKeyOf({ tier: 3, q: undefined });
    const cursor = encodeCursor('r-00042', key);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.equal(decodeCursor(cursor, key), 'r-00042');
    assert.equal(
      problemStatus(() => decodeCursor(cursor, filterKeyOf({ tier: 4, q: undefined }))),
      400,
    );
    const forged = Buffer.from('c1.r-99999.AAAAAAAAAAAA').toString('base64url');
    assert.equal(
      problemStatus(() => decodeCursor(forged, key)),
      400,
    );
  });
});

test('the CLI exits 1 with a clear message on invalid configuration', async () => {
  const run = runCli({ PORT: 'eighty', PLANKIT_DB: ':memory:' });
  assert.equal(await run.exited, 1);
  assert.match(
    run.stderr(),
    /plankit-server: invalid configuration:\n {2}- PORT: expected a whole number, received "eighty"/,
  );
});

test('docs/server.md documents every configuration variable with its default', () => {
  const docs = readFileSync(new URL('../../../docs/server.md', import.meta.url), 'utf8');
  for (const variable of CONFIG_VARIABLES) {
    const row = docs.split('\n').find((line) => new RegExp(`^\\| \`${variable.name}\` +\\|`).test(line));
    assert.ok(row, `${variable.name} is missing from docs/server.md`);
    const defaultText = /^\d+$/.test(variable.defaultText)
      ? `\`${variable.defaultText}\``
      : (variable.defaultText.split(':')[0] ?? '');
    assert.ok(row.includes(defaultText), `${variable.name}: the documented default is not ${variable.defaultText}`);
  }
});
