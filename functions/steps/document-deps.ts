import { archiveStore } from '#adapters/archive-store';
import { signingAuthorities } from '#adapters/directory-records';
import { documentSigner } from '#adapters/document-signer';
import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { requireEnv } from '#adapters/env';
import { ids } from '#adapters/ids';
import { pdfRenderer } from '#adapters/pdf-renderer';
import { settings } from '#adapters/settings';
import { signingBatches, signingLedger } from '#adapters/signing-ledger';
import { uploadFiles } from '#adapters/upload-files';
import { RESOURCE_ENV } from '../resources';
import { stepDeps } from './deps';

/** What the steps that produce documents share. */
export const documentDeps = {
  ...stepDeps,
  archive: archiveStore,
  employees: employeeRecords,
  renderer: pdfRenderer,
  ids,
  verificationBaseUrl: settings.documents.verificationBaseUrl ?? requireEnv(RESOURCE_ENV.api),
  authorities: signingAuthorities,
};

/** What issuing needs besides: the uploaded scans, the signing key and its ledger, the archive index. */
export const issueDeps = {
  ...documentDeps,
  files: uploadFiles,
  signer: documentSigner,
  ledger: signingLedger,
  batches: signingBatches,
  employeeArchive,
};
