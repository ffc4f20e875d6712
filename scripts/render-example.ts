import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findService } from '#catalog/domain/catalog';
import { kgb } from '#catalog/domain/kgb';
import { pdfRenderer } from '#documents/adapters/pdf-renderer';
import { composeIssuedDocument } from '#documents/domain/documents';
import { formatDocumentNumber } from '#documents/domain/numbering';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { VERIFIED_RAISE } from '#kit/fixtures';
import { drawFirstPage } from '#kit/pdf';
import { SEEDED_AUTHORITY, seededEmployees } from '#local/seed';
import { LOCAL_USERS } from '#local/users';
import type { ServiceRequest } from '#requests/domain/request';

/**
 * The README's example: the KGB letter the demo agency issues to Siti (asn.lain) once
 * `penandatangan` signs it, composed and rendered by the same code as in production.
 */
const settings = runtimeSettingsOf(loadAgencyConfig('demo'));
const SITI = '198807222012122001';
const employee = seededEmployees(settings, '2026-11-23').find((row) => row.nip === SITI);
const signer = LOCAL_USERS.find((user) => user.username === 'penandatangan')?.employee;
if (!employee || !signer) throw new Error('the demo agency lacks Siti or its signer');
const signedAt = '2026-11-23T03:00:00.000Z';
const request: ServiceRequest = {
  id: '3f1c2a9e-5b7d-4c2a-9e8f-0a1b2c3d4e5f',
  serviceType: 'KGB',
  status: 'AWAITING_SIGNATURE',
  applicant: { nip: SITI, name: employee.name, unit: employee.unit },
  createdBy: 'asn.lain',
  details: kgb.detailsExample,
  // Accepted by the verifier, who entered the new salary (the demo agency's table has no rows).
  verified: VERIFIED_RAISE,
  createdAt: '2026-11-16T02:00:00.000Z',
  updatedAt: signedAt,
  version: 9,
};
const documentId = '9b2e4c1a-7d3f-4e8b-a6c5-1f0d2e3b4a59';
const content = composeIssuedDocument(request, findService('KGB'), settings, {
  documentId,
  employee,
  number: formatDocumentNumber(settings.documents.numbering, 'KGB', 17, '2026-11'),
  signer: { name: signer.name, nip: signer.nip, position: SEEDED_AUTHORITY.position },
  mode: 'ELECTRONIC',
  draft: false,
  at: new Date(signedAt),
  verificationBaseUrl: 'http://localhost:3000',
});

const target = fileURLToPath(new URL('../docs/example-document.png', import.meta.url));
const page = await drawFirstPage(await pdfRenderer.render(content), 1.5);
writeFileSync(target, await page.encode('png'));
process.stdout.write(`Wrote ${target}\n`);
