// Build step of both element builds (npm and drop-in): minifies the CSS of Lit `css` tagged templates with
// Lightning CSS, so no page ships the stylesheets as written (indentation, comments, long forms). Templates
// with interpolations or escapes are left exactly as written.
import { transform } from 'lightningcss';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The oldest browsers docs/embedding.md supports (Chromium 109, Safari 16.4, Firefox ESR 115): Lightning CSS
 * keeps (or adds) what they need and drops nothing they understand.
 */
const targets = { chrome: 109 << 16, safari: (16 << 16) | (4 << 8), firefox: 115 << 16 };

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
 * The plain `css` templates of a module: tagged by the identifier `css`, without interpolations or escapes,
 * found by TypeScript's parser so text in comments and strings is never taken for a template.
 */
function cssTemplates(code: string, filename: string): Array<{ start: number; end: number; text: string }> {
  const source = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      node.typeArguments === undefined &&
      ts.isNoSubstitutionTemplateLiteral(node.template)
    ) {
      const start = node.template.getStart(source);
      const end = node.template.end;
      // The text between the backticks as written.
      const text = code.slice(start + 1, end - 1);
      if (!text.includes('\\')) found.push({ start, end, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Rewrites each plain `css` template of a module's source. Its line breaks follow the minified text, so
 * every line after a template keeps its number and the source maps stay right.
 */
export function minifyCssTemplates(code: string, filename = 'module.ts'): string {
  let output = code;
  // From the last to the first, so the positions of the ones before stay valid.
  for (const { start, end, text } of cssTemplates(code, filename).reverse()) {
    const minified = minifyCssText(text, filename);
    if (minified === null) continue;
    const replacement = `\`${minified}${'\n'.repeat(text.split('\n').length - 1)}\``;
    output = output.slice(0, start) + replacement + output.slice(end);
  }
  return output;
}

/** The Vite plugin: element sources only (`elements/src/**.ts`); anything else passes through untouched. */
export function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'plankit:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const output = minifyCssTemplates(code, id);
      return output === code ? null : { code: output, map: null };
    },
  };
}
