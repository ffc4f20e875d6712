import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { documentSigner } from '#documents/adapters/document-signer';
import { routes } from '#documents/api/routes';
import { verifyDocument } from '#documents/use-cases/verification';
import { settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { verificationPage } from './verification-page';

const deps = { employeeArchive, signer: documentSigner };

/** A browser (the QR code scanned by a phone) gets the page; a program gets JSON. */
export const handler = httpRoute(routes.verifyDocument, async ({ params, headers }) => {
  const verification = await verifyDocument(deps, params.documentId);
  const accept = headers.accept ?? '';
  const wantsPage = accept.includes('text/html') && !accept.includes('application/json');
  return wantsPage
    ? {
        status: 200,
        html: verificationPage(verification, { name: settings.agency.name, timeZone: settings.timeZone }),
      }
    : { status: 200, body: verification };
});
