// The one reference-server starter of the browser suites: @plankit/server on 127.0.0.1 and a free port, over a
// temporary SQLite file seeded from a fixed seed, with explicit tokens; or the real CLI as a child process (for
// kill -9 and for reading its logs).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openDatabase,
  seedIfEmpty,
  startServer,
  type RunningServer,
  type StartOptions,
  type TokenGrant,
} from '@plankit/server';
import { serverRoot } from './paths.js';

/** What the database is seeded with: the seed string and the county's size. */
export interface SeedOptions {
  seed: string;
  grids: number;
  retailers: number;
}

export interface ReferenceOptions extends SeedOptions {
  tokens: readonly TokenGrant[];
  /** Runs on the seeded file before the server opens it (to write rows straight into the tables). */
  prepare?: (dbPath: string) => void;
  /** Put the temporary database on /dev/shm (no fsync cost), when it exists. */
  memory?: boolean;
  /** An existing database file (kept on dispose) instead of a fresh temporary one, e.g. to restart a server. */
  dbPath?: string;
  /** A port to bind (to restart on the same origin); a free one when absent. */
  port?: number;
  rateLimit?: number;
  corsOrigins?: readonly string[];
  changes?: StartOptions['changes'];
}

export interface Reference extends RunningServer {
  /** `…/api/v1` */
  api: string;
  dbPath: string;
  logs: string[];
  /** Close the server and remove its temporary directory (a given dbPath is left alone). */
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
export function seedDatabase(dbPath: string, seed: SeedOptions): void {
  const { db } = openDatabase(dbPath);
  try {
    seedIfEmpty(db, { seed: seed.seed, grids: seed.grids, retailers: seed.retailers, now: new Date() });
  } finally {
    db.close();
  }
}

export async function startReference(options: ReferenceOptions): Promise<Reference> {
  const dir = options.dbPath === undefined ? temporaryDir('ref', options.memory ?? false) : null;
  const dbPath = options.dbPath ?? join(dir as string, 'plankit.db');
  const logs: string[] = [];
  const seed = { seed: options.seed, grids: options.grids, retailers: options.retailers };
  try {
    seedDatabase(dbPath, seed);
    options.prepare?.(dbPath);
    const server = await startServer({
      dbPath,
      tokens: options.tokens,
      ...seed,
      rateLimit: options.rateLimit ?? 0,
      log: (line) => logs.push(line),
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.corsOrigins === undefined ? {} : { corsOrigins: options.corsOrigins }),
      ...(options.changes === undefined ? {} : { changes: options.changes }),
    });
    return {
      ...server,
      api: `${server.url}/api/v1`,
      dbPath,
      logs,
      async dispose() {
        await server.close();
        if (dir !== null) rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
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
    cwd: serverRoot,
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
