/**
 * The AWS resources functions reach, each with the environment variable that names it.
 * CDK sets these (and grants access) from a function's declared needs; the local stack sets
 * them for its in-process handlers; adapters read them at cold start. One list for all three.
 */
export const RESOURCE_ENV = {
  table: 'TABLE_NAME',
  uploads: 'UPLOADS_BUCKET',
  archive: 'ARCHIVE_BUCKET',
  workflow: 'STATE_MACHINE_ARN',
  mail: 'MAIL_CONFIGURATION_SET',
  jobs: 'IMPORT_FUNCTION_NAME',
  signing: 'SIGNING_KEY_ID',
  /** The address documents print in their QR codes: the agency's verification domain, or the API's own URL. */
  api: 'PUBLIC_API_URL',
  /** The Cognito user pool where accounts sign in. */
  accounts: 'USER_POOL_ID',
  /** The app client whose access tokens the API takes from the agency's integrations. */
  integrationClient: 'INTEGRATION_CLIENT_ID',
} as const;

export type Resource = keyof typeof RESOURCE_ENV;

/** What a function may do with a resource; CDK turns each into the narrowest grant. */
export type Access =
  | 'table:read'
  | 'table:write'
  | 'uploads:read'
  | 'uploads:write'
  | 'imports:read'
  | 'imports:write'
  | 'confirmed:read'
  | 'confirmed:write'
  | 'verifications:read'
  | 'verifications:write'
  | 'archive:read'
  /** Issued documents, each put under Object Lock (documents/). */
  | 'archive:write'
  /** Drafts for signature, never locked (drafts/). */
  | 'archive:drafts'
  /** Employees' own personnel documents, never locked (personal/). */
  | 'archive:personal'
  | 'workflow:start'
  | 'workflow:resume'
  | 'workflow:read'
  | 'mail:send'
  | 'jobs:import'
  | 'signing:sign'
  | 'signing:verify'
  | 'api:link'
  | 'accounts:admin';

/** Prefixes of the uploads bucket that hold other things than request uploads, each granted alone. */
const IN_UPLOADS_BUCKET = new Set(['imports', 'verifications', 'confirmed']);

/**
 * The resource an access is to (employee imports, files sent for verification and confirmed
 * uploads live in the uploads bucket, each under its own prefix).
 */
export function resourceOf(access: Access): Resource {
  const name = access.slice(0, access.indexOf(':'));
  return (IN_UPLOADS_BUCKET.has(name) ? 'uploads' : name) as Resource;
}
