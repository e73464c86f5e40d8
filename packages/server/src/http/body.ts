// Reads a JSON request body defensively: media type, size (declared and streamed), UTF-8, syntax, depth.
import { ProblemError, PROBLEM_TYPES, invalidInput } from './problem.js';

/** Request bodies above this many bytes are refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Deeper JSON than this is refused before parsing: no contract body nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

export interface JsonBody {
  value: unknown;
  /** The bytes as received, for hashing (idempotency). */
  bytes: Uint8Array;
}

const tooLarge = (detail: string) => new ProblemError({ status: 413, type: PROBLEM_TYPES.payloadTooLarge, detail });

/** `application/json` or any `application/*+json`, with no charset or charset=utf-8. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}

export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<JsonBody> {
  const contentType = request.headers.get('content-type') ?? undefined;
  if (!isJsonContentType(contentType)) {
    throw new ProblemError({
      status: 415,
      type: PROBLEM_TYPES.unsupportedMediaType,
      detail:
        contentType === undefined
          ? 'send the body as application/json (Content-Type is missing)'
          : `send the body as application/json; charset=utf-8, not ${contentType.slice(0, 100)}`,
      headers: { 'Accept-Patch': 'application/json', Accept: 'application/json' },
    });
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    throw tooLarge(`the body is ${declared} bytes; the limit is ${maxBytes}`);
  }
  const bytes = await readLimited(request, maxBytes);
  if (bytes.length === 0) throw invalidInput('body', 'expected a JSON document, received an empty body');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput('body', 'the body is not valid UTF-8');
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH)
    throw invalidInput('body', `JSON nested ${depth} levels deep; the limit is ${MAX_JSON_DEPTH}`);
  try {
    return { value: JSON.parse(text) as unknown, bytes };
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message.slice(0, 200) : 'unreadable';
    throw invalidInput('body', `malformed JSON: ${reason}`);
  }
}

/** Counts bytes as they stream in, so a missing or lying Content-Length cannot get past the limit. */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away or sent less than it announced: nothing usable arrived.
      throw invalidInput('body', 'the body ended before it was complete');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`the body is larger than the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Deepest nesting of arrays and objects, ignoring brackets inside strings. Linear, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--;
  }
  return deepest;
}
