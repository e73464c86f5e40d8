// Forwarding one HTTP request to an upstream server, fully buffered and bounded, for the page server and the
// hardening fault proxy.
import {
  Agent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

/** Bodies above this are refused: nothing in these suites comes near it. */
export const MAX_RELAY_BYTES = 8 * 1024 * 1024;
/** An upstream that does not answer within this is treated as gone. */
export const UPSTREAM_TIMEOUT_MS = 20_000;

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

export interface RelayedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Read a request or response body, refusing more than `limit` bytes. */
export function readBody(stream: IncomingMessage, limit = MAX_RELAY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(new Error(`body larger than ${limit} bytes`));
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(new Error('the peer aborted the body')));
  });
}

/** End-to-end headers only, as single strings. */
export function endToEndHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

/** Send `request` (already read: `body`) to `upstream` + the request's path; resolves with the whole response. */
export function relay(
  agent: Agent,
  upstream: URL,
  request: IncomingMessage,
  body: Buffer,
  pathOverride?: string,
): Promise<RelayedResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        hostname: upstream.hostname,
        port: upstream.port,
        method: request.method ?? 'GET',
        path: pathOverride ?? request.url ?? '/',
        headers: { ...endToEndHeaders(request.headers), 'content-length': String(body.length) },
        timeout: UPSTREAM_TIMEOUT_MS,
      },
      (response) => {
        readBody(response).then(
          (responseBody) =>
            resolve({
              status: response.statusCode ?? 502,
              headers: endToEndHeaders(response.headers),
              body: responseBody,
            }),
          reject,
        );
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`upstream did not answer within ${UPSTREAM_TIMEOUT_MS} ms`)),
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export function sendResponse(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  response.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
  response.end(bytes);
}

/** A keep-alive agent for one relaying server; destroy it when the server closes. */
export const relayAgent = (): Agent => new Agent({ keepAlive: true, maxSockets: 64 });
