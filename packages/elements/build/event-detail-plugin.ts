// A custom-elements-manifest analyzer plugin: the elements' events extend `PkEvent<Detail>`, and the analyzer
// copies the inherited `detail` field with its type written as the parameter (`Detail`). This puts the type
// each event class passes (`PkEvent<KpiSelectDetail>` → `KpiSelectDetail`) back on its `detail` member, so
// the manifest, and what Storybook and editors read from it, name the real detail type.
import type Ts from 'typescript';

/** The part of the manifest the plugin reads and writes. */
interface Manifest {
  readonly modules: ReadonlyArray<{
    readonly declarations?: ReadonlyArray<{
      readonly kind: string;
      readonly name: string;
      readonly members?: ReadonlyArray<{ readonly kind: string; readonly name: string; type?: { text: string } }>;
    }>;
  }>;
}

/** The hooks of an analyzer plugin this one uses. */
interface Plugin {
  readonly name: string;
  analyzePhase(params: { readonly ts: typeof Ts; readonly node: Ts.Node }): void;
  packageLinkPhase(params: { readonly customElementsManifest: Manifest }): void;
}

/** The plugin; `base` is the name of the events' base class. */
export function eventDetailPlugin(base = 'PkEvent'): Plugin {
  const detailTypes = new Map<string, string>();
  return {
    name: 'plankit-event-detail',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || node.name === undefined) return;
      const heritage = node.heritageClauses?.flatMap((clause) => clause.types) ?? [];
      const extended = heritage.find((type) => type.expression.getText() === base);
      const detail = extended?.typeArguments?.[0];
      if (detail !== undefined) detailTypes.set(node.name.text, detail.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        const detail = detailTypes.get(declaration.name);
        if (detail === undefined || declaration.kind !== 'class') continue;
        for (const member of declaration.members ?? []) {
          if (member.kind === 'field' && member.name === 'detail') member.type = { text: detail };
        }
      }
    },
  };
}
