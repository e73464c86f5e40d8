// The theming page's token tables, generated from the code: the names, descriptions and elements from the
// custom-elements manifest (the `@cssprop` JSDoc of each element, which packages/elements/build/widgets.test.ts
// keeps equal to what its styles read), the light and dark defaults from the registered elements' own style
// sheets (each `--_x: var(--pk-x, default)` copy, read through the CSSOM).
import manifest from '@plankit/elements/custom-elements.json' with { type: 'json' };
import { widgets } from '@plankit/elements/widgets';
import '@plankit/elements/all';
import type { LitElement } from 'lit';

export interface TokenRow {
  /** The public custom property, e.g. `--pk-color-accent`. */
  name: string;
  /** Its default in the light scheme (another token's name when it defaults to that token). */
  light: string;
  /** Its default in the dark scheme; equal to `light` when the scheme does not change it. */
  dark: string;
  /** The elements that read it. */
  elements: string[];
  /** What it is used for, each distinct description with the elements that give it. */
  uses: Array<{ description: string; elements: string[] }>;
}

interface Declaration {
  tagName?: string;
  cssProperties?: Array<{ name: string; description?: string }>;
}

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as Declaration[]);

/** `var(--pk-x, fallback)` → its name and fallback; other values are not a token's copy. */
const copyOf = (value: string): { token: string; fallback: string } | undefined => {
  const match = /^\s*var\(\s*(--pk-[\w-]+)\s*,\s*([\s\S]*)\)\s*$/.exec(value);
  return match ? { token: match[1] as string, fallback: (match[2] as string).trim().replace(/\s+/g, ' ') } : undefined;
};

/** The defaults an element's styles give its public tokens, by scheme, and which private property copies each. */
function defaultsOf(tag: string): {
  light: Map<string, string>;
  dark: Map<string, string>;
  privates: Map<string, string>;
} {
  const found = {
    light: new Map<string, string>(),
    dark: new Map<string, string>(),
    privates: new Map<string, string>(),
  };
  const element = customElements.get(tag) as typeof LitElement | undefined;
  const visit = (rules: CSSRuleList, dark: boolean): void => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const media = rule.conditionText;
        // Forced colours, print and reduced motion are not a theme's defaults.
        if (/forced-colors|print|reduced-motion/.test(media)) continue;
        visit(rule.cssRules, dark || /prefers-color-scheme:\s*dark/.test(media));
      } else if (rule instanceof CSSStyleRule && rule.selectorText.startsWith(':host')) {
        const inDark = dark || /resolved-color-scheme=["']?dark/.test(rule.selectorText);
        for (const property of rule.style) {
          const copy = property.startsWith('--_') ? copyOf(rule.style.getPropertyValue(property)) : undefined;
          if (copy === undefined) continue;
          found.privates.set(property, copy.token);
          const into = inDark ? found.dark : found.light;
          if (!into.has(copy.token)) into.set(copy.token, copy.fallback);
        }
      }
    }
  };
  for (const style of element?.elementStyles ?? []) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (sheet) visit(sheet.cssRules, false);
  }
  return found;
}

/** Every public token of every element, global ones first, each once. */
export function tokenRows(): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const { tag } of widgets) {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    const defaults = defaultsOf(tag);
    // A default that is another property's value reads as the public token it copies.
    const readable = (value: string | undefined): string =>
      (value ?? '').replace(/var\((--_[\w-]+)\)/g, (whole, name: string) => defaults.privates.get(name) ?? whole);
    for (const property of declaration?.cssProperties ?? []) {
      const light = readable(defaults.light.get(property.name));
      const dark = readable(defaults.dark.get(property.name)) || light;
      const row = rows.get(property.name) ?? { name: property.name, light, dark, elements: [], uses: [] };
      row.elements.push(tag);
      const description = property.description ?? '';
      const use = row.uses.find((candidate) => candidate.description === description);
      if (use) use.elements.push(tag);
      else row.uses.push({ description, elements: [tag] });
      rows.set(property.name, row);
    }
  }
  return [...rows.values()];
}

/** The tokens every element reads (`--pk-color-*`, `--pk-font-*`, …), not named after one element. */
export function globalTokens(): TokenRow[] {
  return tokenRows().filter((row) => !widgets.some(({ tag }) => row.name.startsWith(`--${tag}-`)));
}

/** Each element's own tokens (`--pk-<element>-*`), by element. */
export function elementTokens(): Array<{ tag: string; rows: TokenRow[] }> {
  const rows = tokenRows();
  return widgets
    .map(({ tag }) => ({ tag, rows: rows.filter((row) => row.name.startsWith(`--${tag}-`)) }))
    .filter((group) => group.rows.length > 0);
}

/** Whether a default is a colour a swatch can show. */
export const isColour = (value: string): boolean => /^(#[0-9a-f]{3,8}|rgb|hsl|oklch)/i.test(value);
