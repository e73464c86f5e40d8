// A fault-injecting HTTP proxy in front of the reference server (127.0.0.1 only, bounded): each test programs
// which requests get which fault and how often, and reads back every attempt the proxy saw.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readBody, relay, relayAgent, sendResponse, type RelayedResponse } from './relay.js';

export type Fault =
  /** Hold the request, then forward it (a slow network or server). */
  | { kind: 'delay'; ms: number }
  /** Destroy the client's socket without forwarding: the request never reached the server. */
  | { kind: 'drop-before' }
  /** Forward, let the server apply it, then destroy the client's socket instead of answering. */
  | { kind: 'drop-after' }
  /** Answer with this status and a problem+json body, without forwarding. */
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** Forward, then answer 200 with the body cut in half (not JSON). */
  | { kind: 'malformed-json' }
  /** Forward, then answer 200 with JSON that fits no schema of the contract. */
  | { kind: 'schema-invalid' };

export interface FaultRule {
  fault: Fault;
  /** Which requests: a method and a path pattern (default: every /api/ request). */
  method?: string;
  path?: RegExp;
  /** How many matching requests get the fault; 'always' until cleared. */
  times: number | 'always';
}

export interface ProxyAttempt {
  method: string;
  path: string;
  /** The fault applied, or null when the request was relayed untouched. */
  fault: Fault['kind'] | null;
  /** What the client got: a status, 'dropped', or 'aborted' (it gave up while the proxy held the request). */
  outcome: number | 'dropped' | 'aborted';
  /** The reference server's status when the request was forwarded, else null (it never reached the server). */
  upstream: number | null;
  at: number;
}

export interface FaultProxy {
  /** `http://127.0.0.1:port` */
  url: string;
  readonly attempts: ProxyAttempt[];
  inject(rule: FaultRule): void;
  /** Remove every rule: requests pass untouched again. */
  clear(): void;
  /** Attempts matching `method` and `path` since `since` (an index into attempts). */
  count(filter: { method?: string; path?: RegExp; since?: number }): number;
  close(): Promise<void>;
}

const TITLES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function problemFor(status: number, path: string): string {
  return JSON.stringify({
    type: `urn:plankit-hardening:injected:${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: `injected by the fault proxy (${status})`,
    instance: path,
  });
}

/** Longest delay a rule may ask for, so no test can hang on the proxy. */
const MAX_DELAY_MS = 15_000;

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const agent = relayAgent();
  let rules: Array<FaultRule & { used: number }> = [];
  const attempts: ProxyAttempt[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const take = (method: string, path: string): Fault | null => {
    for (const rule of rules) {
      if (rule.method !== undefined && rule.method !== method) continue;
      if (!(rule.path ?? /^\/api\//).test(path)) continue;
      if (rule.times !== 'always' && rule.used >= rule.times) continue;
      rule.used += 1;
      return rule.fault;
    }
    return null;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const body = await readBody(request);
    const fault = take(method, new URL(path, 'http://proxy.invalid').pathname);
    const attempt: ProxyAttempt = {
      method,
      path,
      fault: fault?.kind ?? null,
      outcome: 'dropped',
      upstream: null,
      at: Date.now(),
    };
    attempts.push(attempt);
    const drop = () => {
      attempt.outcome = 'dropped';
      request.socket.destroy();
    };
    const answer = (status: number, headers: Record<string, string>, text: Buffer | string) => {
      attempt.outcome = status;
      sendResponse(response, status, headers, text);
    };
    const forward = async (): Promise<RelayedResponse> => {
      const relayed = await relay(agent, target, request, body);
      attempt.upstream = relayed.status;
      return relayed;
    };

    if (fault === null) {
      const relayed = await forward();
      return answer(relayed.status, relayed.headers, relayed.body);
    }
    switch (fault.kind) {
      case 'delay': {
        const gone = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(
            () => {
              timers.delete(timer);
              resolve(false);
            },
            Math.min(fault.ms, MAX_DELAY_MS),
          );
          timers.add(timer);
          // A client that gave up (timeout, abort) is not answered, and its request is not forwarded.
          response.once('close', () => {
            if (!response.writableEnded) {
              clearTimeout(timer);
              timers.delete(timer);
              resolve(true);
            }
          });
        });
        if (gone) {
          attempt.outcome = 'aborted';
          return;
        }
        const relayed = await forward();
        return answer(relayed.status, relayed.headers, relayed.body);
      }
      case 'drop-before':
        return drop();
      case 'drop-after':
        await forward();
        return drop();
      case 'status':
        return answer(
          fault.status,
          {
            'content-type': 'application/problem+json; charset=utf-8',
            ...(fault.status === 401 ? { 'www-authenticate': 'Bearer realm="plankit"' } : {}),
            ...fault.headers,
          },
          problemFor(fault.status, path),
        );
      case 'malformed-json': {
        const relayed = await forward();
        const text = relayed.body.toString('utf8');
        return answer(
          200,
          { 'content-type': 'application/json; charset=utf-8' },
          text.slice(0, Math.max(1, Math.floor(text.length / 2))),
        );
      }
      case 'schema-invalid': {
        await forward();
        return answer(
          200,
          { 'content-type': 'application/json; charset=utf-8' },
          JSON.stringify({ items: [{ id: 42, unexpected: true }], version: 'x' }),
        );
      }
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // The upstream failed: the client sees a dropped connection, as it would through a real proxy.
      request.socket.destroy();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.maxConnections = 256;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    inject(rule) {
      rules.push({ ...rule, used: 0 });
    },
    clear() {
      rules = [];
    },
    count({ method, path, since = 0 }) {
      return attempts
        .slice(since)
        .filter(
          (attempt) =>
            (method === undefined || attempt.method === method) && (path === undefined || path.test(attempt.path)),
        ).length;
    },
    close() {
      return new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      });
    },
  };
}
