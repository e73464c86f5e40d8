// Raw HTTP requests with exact bytes (invalid UTF-8, no Content-Length, odd headers), which fetch would tidy up;
// a new connection for each, so a request the server cut short cannot spoil the next.
import { request as httpRequest } from 'node:http';

export interface RawResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
}

export interface RawOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as is; an array is sent as separate chunks with chunked transfer encoding (no Content-Length). */
  body?: Buffer | string | Buffer[];
  timeoutMs?: number;
}

export function rawRequest(origin: string, path: string, options: RawOptions = {}): Promise<RawResult> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    const body = options.body;
    if (body !== undefined && !Array.isArray(body) && headers['content-length'] === undefined) {
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const outgoing = httpRequest(
      {
        agent: false,
        hostname: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path,
        headers,
        timeout: options.timeoutMs ?? 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${options.timeoutMs ?? 10_000} ms`)));
    outgoing.on('error', reject);
    if (Array.isArray(body)) for (const chunk of body) outgoing.write(chunk);
    else if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}
