import { archiveStore } from '#adapters/archive-store';
import { signingAuthorities } from '#adapters/directory-records';
import { employeeRecords } from '#adapters/employee-records';
import { requireEnv } from '#adapters/env';
import { ids } from '#adapters/ids';
import { pdfRenderer } from '#adapters/pdf-renderer';
import { RESOURCE_ENV } from '../resources';
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
