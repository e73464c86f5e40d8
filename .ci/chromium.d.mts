// Types of chromium.mjs for the TypeScript packages that launch Chromium.
export declare const chromiumExecutablePath: string;
export declare const chromiumArgs: readonly string[];
