// A JSON request body, checked before its schema: media type and charset (by hand: no Hono middleware checks a
// request's media type or charset), size (Hono's body limit), then UTF-8, depth and syntax (by hand: JSON.parse
// has no depth limit, and its errors should name the body).
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError, PROBLEM_TYPES, invalidInput } from './problem.js';

/** Request bodies above this many bytes are refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Deeper JSON than this is refused before parsing: no contract body nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

const tooLarge = (detail: string) => new ProblemError({ status: 413, type: PROBLEM_TYPES.payloadTooLarge, detail });

/**
 * `application/json` or any `application/<x>+json`, with no charset or charset=utf-8: the media types Hono's
 * JSON validator reads, so no body it would skip gets past this check.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [mediaType = '', ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (!/^application\/([\w.-]+\+)?json$/.test(mediaType)) return false;
  return parameters.every((parameter) => {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value.replace(/"/g, '') === 'utf-8';
  });
}

/** 415 unless the body is declared JSON in UTF-8. */
const jsonMediaType: MiddlewareHandler = async (c, next) => {
  const contentType = c.req.header('content-type');
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
  await next();
};

/** Hono's body limit: the declared Content-Length, or the bytes counted as they stream in when there is none. */
const sizeLimit = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const declared = c.req.header('content-length');
      throw tooLarge(
        declared !== undefined && /^\d+$/.test(declared) && c.req.header('transfer-encoding') === undefined
          ? `the body is ${declared} bytes; the limit is ${maxBytes}`
          : `the body is larger than the limit of ${maxBytes} bytes`,
      );
    },
  });

/**
 * The body as JSON: not empty, valid UTF-8, nested no deeper than MAX_JSON_DEPTH, well formed. The value goes
 * into Hono's body cache, where the JSON validator that follows reads it without parsing it again.
 */
const parsedJson: MiddlewareHandler = async (c, next) => {
  let bytes: ArrayBuffer;
  try {
    bytes = await c.req.arrayBuffer();
  } catch {
    // The client went away or sent less than it announced: nothing usable arrived.
    throw invalidInput('body', 'the body ended before it was complete');
  }
  if (bytes.byteLength === 0) throw invalidInput('body', 'expected a JSON document, received an empty body');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput('body', 'the body is not valid UTF-8');
  }
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH)
    throw invalidInput('body', `JSON nested ${depth} levels deep; the limit is ${MAX_JSON_DEPTH}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message.slice(0, 200) : 'unreadable';
    throw invalidInput('body', `malformed JSON: ${reason}`);
  }
  c.req.bodyCache.json = Promise.resolve(value);
  await next();
};

/** What runs before a JSON validator, in order: media type (415), size (413), then the JSON itself (400). */
export const jsonBody = (maxBytes = MAX_BODY_BYTES): MiddlewareHandler[] => [
  jsonMediaType,
  sizeLimit(maxBytes),
  parsedJson,
];

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
