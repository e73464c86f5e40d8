// The reference server under test: in this process (startServer) on a temporary database, or as a child
// process running the real CLI (for kill -9 and for reading its logs). Tokens are always explicit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, seedIfEmpty, startServer, type RunningServer, type TokenGrant } from '@plankit/server';
import BetterSqlite3 from 'better-sqlite3';
import { SERVER_DIR } from './paths.js';
import { SEED_SCOPE, type ConnectedScope } from './targets.js';

/** Test tokens: long, random-looking and unique, so a scan for them cannot match anything by accident. */
export const EDITOR_TOKEN = 'hx-editor-Q7v2Lk9wPz3mN8rT5yB1cX4d';
export const VIEWER_TOKEN = 'hx-viewer-H6s0Jf2gR9eW4qA7uZ3kM8pV';
export const TOKEN_GRANTS: TokenGrant[] = [
  { token: EDITOR_TOKEN, role: 'editor' },
  { token: VIEWER_TOKEN, role: 'viewer' },
];

/** Small enough to seed in well under a second; the suites need the plan and a few grids and retailers. */
export const SEED_SIZES = { grids: 12, retailers: 200 } as const;
export const SEED = '2020';

export interface Reference extends RunningServer {
  /** `…/api/v1` */
  api: string;
  dbPath: string;
  logs: string[];
  /** Close the server and remove its temporary directory. */
  dispose(): Promise<void>;
}

/** A fresh temporary directory; on Linux under /dev/shm when `memory` (no fsync cost) and it exists. */
export function temporaryDir(prefix: string, memory = false): string {
  const base = memory && process.platform === 'linux' ? '/dev/shm' : tmpdir();
  try {
    return mkdtempSync(join(base, `plankit-${prefix}-`));
  } catch {
    return mkdtempSync(join(tmpdir(), `plankit-${prefix}-`));
  }
}

/** Create and seed a database file the way the server's first start would. */
export function seedDatabase(dbPath: string): void {
  const { db } = openDatabase(dbPath);
  try {
    seedIfEmpty(db, { seed: SEED, ...SEED_SIZES, now: new Date() });
  } finally {
    db.close();
  }
}

/** SEED_SCOPE with the first grid, retailer and grid item of the seeded database. */
export function seedScope(dbPath: string): ConnectedScope & { itemId: string } {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    const first = (table: string): string =>
      (db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 1`).pluck().get() as string | undefined) ?? '';
    return { ...SEED_SCOPE, gridId: first('grids'), retailerId: first('retailers'), itemId: first('grid_items') };
  } finally {
    db.close();
  }
}

export interface ReferenceOptions {
  /** Runs on the seeded file before the server opens it (to write hostile rows straight into the tables). */
  prepare?: (dbPath: string) => void;
  /** Put the database on /dev/shm. */
  memory?: boolean;
  rateLimit?: number;
}

export async function startReference(options: ReferenceOptions = {}): Promise<Reference> {
  const dir = temporaryDir('ref', options.memory ?? false);
  const dbPath = join(dir, 'plankit.db');
  const logs: string[] = [];
  try {
    seedDatabase(dbPath);
    options.prepare?.(dbPath);
    const server = await startServer({
      dbPath,
      tokens: TOKEN_GRANTS,
      ...SEED_SIZES,
      seed: SEED,
      rateLimit: options.rateLimit ?? 0,
      log: (line) => logs.push(line),
    });
    return {
      ...server,
      api: `${server.url}/api/v1`,
      dbPath,
      logs,
      async dispose() {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  stdout(): string;
  stderr(): string;
  /** Resolves once the process has ended. */
  exited: Promise<void>;
  /** SIGKILL, then wait (bounded) for the exit. */
  kill(): Promise<void>;
}

/**
 * The real CLI (packages/server/src/main.ts through tsx) as a child process; resolves when it prints its
 * URL. `env` is the whole environment besides PATH and HOME, so nothing leaks in from the test runner.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@plankit/source', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /listening on (http:\/\/\S+)/.exec(out);
    if (match?.[1] !== undefined) {
      return { child, url: match[1], stdout: () => out, stderr: () => err, exited, kill };
    }
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await kill();
      throw new Error(`the server did not start:\n${out}\n${err}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
