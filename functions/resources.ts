/**
 * The AWS resources functions reach, each with the environment variable that names it.
 * CDK sets these (and grants access) from a function's declared needs; the local stack sets
 * them for its in-process handlers; adapters read them at cold start. One list for all three.
 */
export const RESOURCE_ENV = {
  table: 'TABLE_NAME',
  uploads: 'UPLOADS_BUCKET',
  workflow: 'STATE_MACHINE_ARN',
  mail: 'MAIL_CONFIGURATION_SET',
} as const;

export type Resource = keyof typeof RESOURCE_ENV;

/** What a function may do with a resource; CDK turns each into the narrowest grant. */
export type Access =
  | 'table:read'
  | 'table:write'
  | 'uploads:read'
  | 'uploads:write'
  | 'workflow:start'
  | 'workflow:resume'
  | 'workflow:read'
  | 'mail:send';

export function resourceOf(access: Access): Resource {
  return access.slice(0, access.indexOf(':')) as Resource;
}
