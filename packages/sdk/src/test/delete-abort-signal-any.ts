// Imported first by a browser test: deletes AbortSignal.any before ky's module (which feature-detects it once,
// when evaluated) is loaded, as in Chromium < 116, Safari < 17.4 and Firefox < 124. The original is exported.
export const originalAbortSignalAny = (AbortSignal as { any?: unknown }).any;
delete (AbortSignal as { any?: unknown }).any;
