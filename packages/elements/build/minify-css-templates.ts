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
 * A placeholder declaration for the substitution `index` of a template: a custom property Lightning CSS keeps
 * in place, and its name in the minified text.
 */
const slot = (index: number): string => `--_pk-slot-${index}:0`;
const slotPattern = /--_pk-slot-(\d+):0/g;

/**
 * Minified CSS of a template whose substitutions each stand where a declaration may (after `{`, `;` or another
 * substitution, before a declaration or `}`): the shared token lists every element's `:host` rule takes in.
 * Each substitution becomes a placeholder declaration, the text is minified, and the substitutions come back in
 * the placeholders' places, each still followed by the `;` or `}` that followed its placeholder. Null when a substitution stands anywhere else
 * or the placeholders do not come back exactly once each, in order.
 */
export function minifyCssWithSlots(parts: readonly string[], expressions: readonly string[]): string | null {
  const inDeclarationSlot = expressions.every((_, index) => {
    const before = (parts[index] ?? '').trimEnd();
    const after = (parts[index + 1] ?? '').trimStart();
    return (before === '' ? index > 0 : /[{;]$/.test(before)) && !/^[:,)]/.test(after);
  });
  if (!inDeclarationSlot) return null;
  const text = parts.map((part, index) => (index === 0 ? part : `${slot(index - 1)};${part}`)).join('');
  const minified = minifyCssText(text);
  if (minified === null) return null;
  const found = [...minified.matchAll(slotPattern)].map((match) => Number(match[1]));
  if (found.length !== expressions.length || found.some((index, position) => index !== position)) return null;
  return minified.replace(slotPattern, (_, index: string) => `\${${expressions[Number(index)]}}`);
}

/**
 * The `css` templates of a module: tagged by the identifier `css`, without escapes, found by TypeScript's parser
 * so text in comments and strings is never taken for a template. A template with substitutions comes with its
 * static parts and the source text of each substitution's expression.
 */
function cssTemplates(
  code: string,
  filename: string,
): Array<{ start: number; end: number; parts: string[]; expressions: string[] }> {
  const source = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Array<{ start: number; end: number; parts: string[]; expressions: string[] }> = [];
  // The text of a template part as written, between its backtick or `}` and its `${` or backtick.
  const text = (node: ts.Node, closing: number): string => code.slice(node.getStart(source) + 1, node.end - closing);
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      node.typeArguments === undefined
    ) {
      const template = node.template;
      const start = template.getStart(source);
      const end = template.end;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [text(template, 1)]
        : [
            text(template.head, 2),
            ...template.templateSpans.map((span) => text(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2)),
          ];
      const expressions = ts.isNoSubstitutionTemplateLiteral(template)
        ? []
        : template.templateSpans.map((span) => span.expression.getText(source));
      if (!parts.some((part) => part.includes('\\'))) found.push({ start, end, parts, expressions });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Rewrites each `css` template of a module's source: a plain one minified, one with substitutions where
 * `minifyCssWithSlots` can. Its line breaks follow the minified text, so every line after a template keeps its
 * number and the source maps stay right.
 */
export function minifyCssTemplates(code: string, filename = 'module.ts'): string {
  let output = code;
  // From the last to the first, so the positions of the ones before stay valid.
  for (const { start, end, parts, expressions } of cssTemplates(code, filename).reverse()) {
    const minified =
      expressions.length === 0 ? minifyCssText(parts[0] ?? '', filename) : minifyCssWithSlots(parts, expressions);
    if (minified === null) continue;
    const written = code.slice(start, end);
    const replacement = `\`${minified}${'\n'.repeat(written.split('\n').length - minified.split('\n').length)}\``;
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
