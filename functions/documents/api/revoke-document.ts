import { signingAuthorities } from '#accounts/adapters/directory-records';
import { publishArchived } from '#archive';
import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { routes } from '#documents/api/routes';
import { revokeDocument } from '#documents/use-cases/revocation';
import { clock } from '#kernel/adapters/clock';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { requests } from '#requests/adapters/request-records';

const deps = { employeeArchive, authorities: signingAuthorities, records: requests, clock, settings };

export const handler = httpRoute(routes.revokeDocument, async ({ actor, params, body }) => ({
  status: 200,
  body: publishArchived(await revokeDocument(deps, actor, params.documentId, body.reason)),
}));
