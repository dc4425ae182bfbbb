// Writes web/src/api/schema.d.ts from the staff API's OpenAPI document: run after changing a
// route schema, then `npm run typecheck` shows every web call the change breaks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiTypesFor, generatedSchemaPath, staffOpenApiDocument } from '../src/main/api-contract.ts';

const document = await staffOpenApiDocument();
writeFileSync(join(import.meta.dirname, '..', generatedSchemaPath), await apiTypesFor(document));
process.stdout.write(`Wrote ${generatedSchemaPath} (${String(Object.keys(document.paths as object).length)} paths)\n`);
