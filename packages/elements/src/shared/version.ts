// The Plankit version every element class carries, so a second copy of the bundle can tell whether it is compatible.
// Keep in step with package.json's "version" (the release checklist bumps both).
export const PLANKIT_VERSION = '0.0.0';
