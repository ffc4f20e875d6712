import { signingAuthorities } from '#accounts/adapters/directory-records';
import { routes } from '#documents/api/routes';
import { NotFoundError } from '#kernel/domain/errors';
import { httpRoute } from '#kernel/http/http';

export const handler = httpRoute(routes.deleteSigningAuthority, async ({ params }) => {
  if (!(await signingAuthorities.remove(params.serviceType, params.username))) {
    throw new NotFoundError(
      'AUTHORITY_NOT_FOUND',
      `${params.username} tidak memegang kewenangan menandatangani ${params.serviceType}.`,
    );
  }
  return { status: 204 };
});
