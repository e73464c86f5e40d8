// Build step of both element builds (npm and drop-in): minifies the CSS of Lit `css` tagged templates with
// Lightning CSS, so no page ships the stylesheets as written (indentation, comments, long forms). Templates
// with interpolations or escapes are left exactly as written. The static text of `html` and `svg` templates
// loses the indentation around its line breaks (nothing else: see trimTemplateIndentation).
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

/**
 * The static parts of the `html` and `svg` templates of a module: [start, end) ranges of their text as written
 * (between the backtick or `}` and the next `${` or backtick), found by TypeScript's parser.
 */
function markupParts(code: string, filename: string): Array<{ start: number; end: number }> {
  const source = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Array<{ start: number; end: number }> = [];
  const part = (node: ts.TemplateLiteralLikeNode & ts.Node, closing: number): void => {
    found.push({ start: node.getStart(source) + 1, end: node.end - closing });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) part(template, 1);
      else {
        part(template.head, 2);
        for (const span of template.templateSpans) part(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Drops the spaces and tabs around each line break in the static text of `html` and `svg` templates (the
 * indentation Prettier lays them out with). The line breaks stay, so a run of white space stays a run: it
 * renders the same wherever white space collapses (normal, nowrap, pre-line), attribute values keep their
 * tokens, and every line keeps its number. A module whose templates hold `<pre`, `<textarea` or a
 * `pre`/`pre-wrap`/`break-spaces` rule is left as written, and so is a part with an escape.
 */
export function trimTemplateIndentation(code: string, filename = 'module.ts'): string {
  if (/<pre\b|<textarea\b|white-space:\s*(pre|pre-wrap|break-spaces)\s*[;}]/.test(code)) return code;
  let output = code;
  // From the last to the first by position (a template nested in another's substitution sits between its parts).
  for (const { start, end } of markupParts(code, filename).sort((a, b) => b.start - a.start)) {
    const text = code.slice(start, end);
    if (text.includes('\\')) continue;
    output = output.slice(0, start) + text.replace(/[ \t]*\n[ \t]*/g, '\n') + output.slice(end);
  }
  return output;
}

/** The Vite plugin: element sources only (`elements/src/**.ts`); anything else passes through untouched. */
export function minifyCssTemplatesPlugin(): Plugin {
  return {
    name: 'plankit:minify-css-templates',
    transform(code, id) {
      if (!/[\\/]elements[\\/]src[\\/].*\.ts$/.test(id)) return null;
      let output = /\bcss\s*`/.test(code) ? minifyCssTemplates(code, id) : code;
      if (/\b(html|svg)\s*`/.test(output)) output = trimTemplateIndentation(output, id);
      return output === code ? null : { code: output, map: null };
    },
  };
}
