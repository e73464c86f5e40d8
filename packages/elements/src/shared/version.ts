// The Plankit version every element class carries, so a second copy of the bundle can tell whether it is compatible.
// Written by .ci/sync-version.mjs from package.json (`pnpm version-packages` runs it after `changeset version`);
// the test command fails when the two differ.
export const PLANKIT_VERSION = '0.0.0';
