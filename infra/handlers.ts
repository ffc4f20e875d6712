import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FUNCTIONS_DIR = join(import.meta.dirname, '..', 'functions');

/**
 * A function's handler by its kind and name, `api/create-request`, `steps/open-wait`,
 * `jobs/deliver-outbox`, `triggers/…`: the name the function carries (its description, its
 * bundle), whichever capability slice holds the code.
 */
export type HandlerPath = `${'api' | 'steps' | 'jobs' | 'triggers'}/${string}`;

/**
 * The module of a handler: functions/<slice>/<kind>/<name>.ts. A name is one function's, so
 * exactly one slice holds it; a second one, or none, stops the build.
 */
export function handlerModule(handler: HandlerPath): string {
  const found = readdirSync(FUNCTIONS_DIR)
    .map((slice) => join(FUNCTIONS_DIR, slice, `${handler}.ts`))
    .filter((path) => existsSync(path));
  const [module] = found;
  if (!module || found.length > 1)
    throw new Error(`${handler}: ${found.length} modules functions/*/${handler}.ts, expected one`);
  return module;
}
