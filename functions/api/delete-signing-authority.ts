import { signingAuthorities } from '#adapters/directory-records';
import { NotFoundError } from '#domain/errors';
import { httpRoute } from './http';
import { routes } from './routes';

export const handler = httpRoute(routes.deleteSigningAuthority, async ({ params }) => {
  if (!(await signingAuthorities.remove(params.serviceType, params.username))) {
    throw new NotFoundError(
      'AUTHORITY_NOT_FOUND',
      `${params.username} tidak memegang kewenangan menandatangani ${params.serviceType}.`,
    );
  }
  return { status: 204 };
});
