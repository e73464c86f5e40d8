// The demo page (public/) and the elements' drop-in bundle, resolved through the @plankit/elements package, served
// by the Node adapter's serve-static. Security headers (CSP included) come from secure-headers in app.ts.
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { notFound } from '../http/problem.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/** Scripts and styles only from this origin, no inline code, no plugins, no framing (secure-headers' form). */
export const DEMO_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The demo's files: only these are served, so nothing else in the package is reachable. */
const PUBLIC_FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/demo.css': 'demo.css',
  '/demo.js': 'demo.js',
};

/** Where the bundle is, or null while @plankit/elements is not built. Resolved per request: a build may land while we run. */
export function resolveElementsBundle(): string | null {
  try {
    return fileURLToPath(import.meta.resolve('@plankit/elements/plankit.js'));
  } catch {
    return null;
  }
}

const revalidate = (_path: string, c: Context) => c.header('Cache-Control', 'no-cache');

export function registerStaticRoutes(app: Hono<AppEnv>): void {
  for (const [route, name] of Object.entries(PUBLIC_FILES)) {
    app.get(route, serveStatic({ path: `${PUBLIC_DIR}${name}`, onFound: revalidate }), () => {
      throw notFound(`the demo file ${name} is missing from the server package`);
    });
  }

  for (const suffix of ['', '.map']) {
    app.get(
      `/plankit.js${suffix}`,
      (c, next) => {
        const bundle = resolveElementsBundle();
        return bundle === null ? next() : serveStatic({ path: `${bundle}${suffix}`, onFound: revalidate })(c, next);
      },
      () => {
        throw notFound(
          'the elements bundle is not built: run `pnpm build` (or `pnpm --filter @plankit/elements build`) and reload',
        );
      },
    );
  }
}
