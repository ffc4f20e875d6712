import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openApiDocument } from '#app/api/openapi';

/** Writes the OpenAPI document to the path given, for Redocly's lint (`npm run lint:api`) and readers. */
const [path = '.build/openapi.json'] = process.argv.slice(2);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, `${JSON.stringify(openApiDocument('.'), null, 2)}\n`);
