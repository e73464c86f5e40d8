// Build step of both element builds (npm and drop-in): minifies the CSS of Lit `css` tagged templates with
// Lightning CSS, so no page ships the stylesheets as written (indentation, comments, long forms). Templates
// with interpolations or escapes are left exactly as written.
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/** A `css` template without interpolations or escapes. */
const CSS_TEMPLATE = /(?<![\w$.])css`([^`\\$]*)`/g;

/**
 * The oldest browsers docs/embedding.md supports: Lightning CSS keeps (or adds) what they need, e.g.
 * `margin-inline` becomes `margin-inline-start`/`-end` for Chromium 86, and drops nothing they understand.
 */
const targets = { chrome: 86 << 16, safari: 14 << 16, firefox: 115 << 16 };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function minify(code: string, filename: string): string | null {
  try {
    return decoder.decode(transform({ filename, code: encoder.encode(code), minify: true, targets }).code);
  } catch {
    return null;
  }
}

/**
 * Minified CSS, or null when it cannot be minified safely: text that is neither a stylesheet nor a list of
 * declarations, or a result that could not sit in a template literal unchanged.
 */
export function minifyCssText(text: string, filename = 'template.css'): string | null {
  let minified = minify(text, filename);
  if (minified === null) {
    // A declaration list (custom properties shared into several :host rules): minified inside a rule.
    const wrapped = minify(`x{${text}}`, filename);
    minified = wrapped?.startsWith('x{') && wrapped.endsWith('}') ? wrapped.slice(2, -1) : null;
  }
  return minified === null || /[`\\]|\$\{/.test(minified) ? null : minified;
}

/**
 * Rewrites each plain `css` template of a module's source. Its line breaks follow the minified text, so
 * every line after a template keeps its number and the source maps stay right.
 */
export function minifyCssTemplates(code: string, filename = 'module.ts'): string {
  return code.replace(CSS_TEMPLATE, (whole, text: string) => {
    const minified = minifyCssText(text, filename);
    return minified === null ? whole : `css\`${minified}${'\n'.repeat(text.split('\n').length - 1)}\``;
  });
}

/** The Vite plugin: element sources only (`elements/src/**.ts`); anything else passes through untouched. */
export function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'plankit:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = minifyCssTemplates(code, id);
      return output === code ? null : { code: output, map: null };
    },
  };
}
