import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '#infra/statemachines/workflows';

/** Writes the state machines' ASL files and their diagrams from the typed definitions. */
const root = new URL('..', import.meta.url);
for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(fileURLToPath(new URL(path, root)), content);
  console.log(`wrote ${path}`);
}
