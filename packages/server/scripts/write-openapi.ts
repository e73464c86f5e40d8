// Writes docs/openapi.json from the SDK's schemas (`pnpm --filter @plankit/server openapi`); a test fails when it is stale.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, serializeOpenApi } from '../src/openapi.js';

/** The committed copy, at the repository root. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

const text = serializeOpenApi(await buildOpenApiDocument());
await writeFile(OPENAPI_FILE, text);
console.log(`wrote ${OPENAPI_FILE} (${text.length} bytes)`);
