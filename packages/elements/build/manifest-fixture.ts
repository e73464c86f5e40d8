// For the build steps' tests: a manifest of one module, src/x.ts, holding the given declarations.
import type { Manifest } from './generate-integrations.js';

export function manifestOf(...declarations: ReadonlyArray<Record<string, unknown>>): Manifest {
  return {
    schemaVersion: '2.0.0',
    modules: [{ kind: 'javascript-module', path: 'src/x.ts', declarations }],
  } as unknown as Manifest;
}
