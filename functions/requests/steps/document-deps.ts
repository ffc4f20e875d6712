import { signingAuthorities } from '#accounts/adapters/directory-records';
import { archiveStore } from '#archive/adapters/archive-store';
import { pdfRenderer } from '#documents/adapters/pdf-renderer';
import { employeeRecords } from '#employees/adapters/employee-records';
import { requireEnv } from '#kernel/adapters/env';
import { ids } from '#kernel/adapters/ids';
import { RESOURCE_ENV } from '#kernel/resources';
import { stepDeps } from './deps';

/** What the steps that draw documents share (each imports only adapters its access allows). */
export const documentDeps = {
  ...stepDeps,
  archive: archiveStore,
  employees: employeeRecords,
  renderer: pdfRenderer,
  ids,
  /** CDK sets it to the agency's verification address (documents.verificationBaseUrl); locally, the local API. */
  verificationBaseUrl: requireEnv(RESOURCE_ENV.api),
  authorities: signingAuthorities,
};
