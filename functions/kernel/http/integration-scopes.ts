import type { Actor } from '#kernel/domain/roles';

/** The resource server the agency's integrations get tokens for (`<identifier>/<scope>`). */
export const INTEGRATION_RESOURCE_SERVER = 'layanan-asn';

/**
 * What an integration (the client-credentials app client) may be granted, each a set of
 * read-only routes: a route opts in with `scope` in the route table. Descriptions are what the
 * Cognito console shows.
 */
export const INTEGRATION_SCOPES = {
  'reports.read': 'Membaca laporan kinerja layanan dan indeks kepuasan',
  'history.read': 'Membaca jejak audit dan riwayat alur kerja permohonan',
  'verification.read': 'Memeriksa keutuhan rantai hash jejak audit permohonan',
} as const;

export type IntegrationScope = keyof typeof INTEGRATION_SCOPES;

/** `layanan-asn/reports.read`, as it appears in an access token's `scope` claim. */
export const qualifiedScope = (scope: IntegrationScope) => `${INTEGRATION_RESOURCE_SERVER}/${scope}`;

/** The integration scopes an access token's `scope` claim (space-separated) grants. */
export function grantedScopes(scopeClaim: string | undefined): IntegrationScope[] {
  const granted = new Set((scopeClaim ?? '').split(/\s+/));
  return (Object.keys(INTEGRATION_SCOPES) as IntegrationScope[]).filter((scope) =>
    granted.has(qualifiedScope(scope)),
  );
}

/**
 * An integration reads as an auditor does, on the routes its scopes open and nowhere else: every
 * scoped route is read-only and open to AUDITOR. The name says whose client it is in audit logs.
 */
export function integrationActor(
  routeScope: IntegrationScope | undefined,
  clientId: string,
  scopeClaim: string | undefined,
): Actor | undefined {
  if (!routeScope || !grantedScopes(scopeClaim).includes(routeScope)) return undefined;
  return { username: `integrasi:${clientId}`, roles: ['AUDITOR'] };
}
