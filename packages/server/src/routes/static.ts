// The demo page (public/) and the elements' drop-in bundle, resolved through the @plankit/elements package.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { notFound } from '../http/problem.js';

const PUBLIC_DIR = new URL('../../public/', import.meta.url);

/** Scripts and styles only from this origin, no inline code, no plugins, no framing. */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const PUBLIC_FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/demo.css': 'demo.css',
  '/demo.js': 'demo.js',
};

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

const contentTypeOf = (name: string): string =>
  CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

/** Where the bundle is, or null while @plankit/elements is not built. Resolved per request: a build may land while we run. */
export function resolveElementsBundle(): string | null {
  try {
    return fileURLToPath(import.meta.resolve('@plankit/elements/plankit.js'));
  } catch {
    return null;
  }
}

async function readOrNull(path: string | URL): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch {
    return null;
  }
}

export function registerStaticRoutes(app: Hono<AppEnv>): void {
  for (const [route, name] of Object.entries(PUBLIC_FILES)) {
    app.get(route, async () => {
      const content = await readOrNull(new URL(name, PUBLIC_DIR));
      if (content === null) throw notFound(`the demo file ${name} is missing from the server package`);
      const headers: Record<string, string> = {
        'Content-Type': contentTypeOf(name),
        'Cache-Control': 'no-cache',
        ...SECURITY_HEADERS,
      };
      if (name.endsWith('.html')) headers['Content-Security-Policy'] = DEMO_CSP;
      return new Response(new Uint8Array(content), { headers });
    });
  }

  for (const suffix of ['', '.map']) {
    app.get(`/plankit.js${suffix}`, async () => {
      const bundle = resolveElementsBundle();
      const content = bundle === null ? null : await readOrNull(`${bundle}${suffix}`);
      if (content === null) {
        throw notFound(
          'the elements bundle is not built: run `pnpm build` (or `pnpm --filter @plankit/elements build`) and reload',
        );
      }
      return new Response(new Uint8Array(content), {
        headers: { 'Content-Type': contentTypeOf(`x.js${suffix}`), 'Cache-Control': 'no-cache', ...SECURITY_HEADERS },
      });
    });
  }
}
