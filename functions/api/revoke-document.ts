import { clock } from '#adapters/clock';
import { signingAuthorities } from '#adapters/directory-records';
import { employeeArchive } from '#adapters/employee-archive-records';
import { requests } from '#adapters/request-records';
import { settings } from '#adapters/settings';
import { publishArchived } from '#domain/archive';
import { revokeDocument } from '#domain/use-cases/revocation';
import { httpRoute } from './http';
import { routes } from './routes';

const deps = { employeeArchive, authorities: signingAuthorities, records: requests, clock, settings };

export const handler = httpRoute(routes.revokeDocument, async ({ actor, params, body }) => ({
  status: 200,
  body: publishArchived(await revokeDocument(deps, actor, params.documentId, body.reason)),
}));
