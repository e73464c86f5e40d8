// Test helpers: a real server on a free port, raw HTTP requests, SDK clients and database checksums.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createClient, type PlankitClient } from '@plankit/sdk';
import { startServer, type RunningServer, type StartOptions } from '../src/index.js';

export const VIEWER_TOKEN = 'viewer-token-0123456789';
export const EDITOR_TOKEN = 'editor-token-0123456789';
export const PLAN_ID = '2020-x-county';

/** Small enough to start in well under a second, large enough for several retailer pages. */
export const TEST_SIZES = { grids: 12, retailers: 600 } as const;

export interface TestServer extends RunningServer {
  api: string;
  dbPath: string;
  logs: string[];
  /** Close the server and delete its temporary directory. */
  dispose(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plankit-server-test-'));
}

export async function startTestServer(options: StartOptions & { dbPath?: string } = {}): Promise<TestServer> {
  const dir = options.dbPath === undefined ? tempDir() : null;
  const dbPath = options.dbPath ?? join(dir as string, 'plankit.db');
  const logs: string[] = [];
  const server = await startServer({
    tokens: [
      { token: VIEWER_TOKEN, role: 'viewer' },
      { token: EDITOR_TOKEN, role: 'editor' },
    ],
    ...TEST_SIZES,
    log: (line) => logs.push(line),
    ...options,
    dbPath,
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
}

export function clientFor(server: { api: string }, token: string | null): PlankitClient {
  return createClient({ baseUrl: server.api, getToken: () => token, retry: 0 });
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export interface RawRequest {
  method?: string;
  token?: string | null;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or bytes as they are. */
  body?: unknown;
}

/** One request with fetch, nothing added but what is asked for (and a Bearer token, editor's by default). */
export async function raw(server: { url: string }, path: string, request: RawRequest = {}): Promise<RawResponse> {
  const headers = new Headers(request.headers);
  const token = request.token === undefined ? EDITOR_TOKEN : request.token;
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  let body: BodyInit | undefined;
  if (typeof request.body === 'string' || request.body instanceof Uint8Array) body = request.body as BodyInit;
  else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  const response = await fetch(`${server.url}${path}`, {
    method: request.method ?? 'GET',
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A problem body's fields, for assertions. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Array<{ path: string; message: string }>;
  current?: unknown;
}

export function problemOf(response: RawResponse): ProblemBody {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) {
    throw new Error(
      `expected application/problem+json, got ${type} (${response.status}): ${response.text.slice(0, 200)}`,
    );
  }
  return response.json as ProblemBody;
}

export { tableChecksums } from '../src/testing.js';

/** Rows of one query, through a separate read-only connection. */
export function queryFile<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
