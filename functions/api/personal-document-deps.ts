import { archiveStore } from '#adapters/archive-store';
import { clock } from '#adapters/clock';
import { employeeArchive } from '#adapters/employee-archive-records';
import { employeeRecords } from '#adapters/employee-records';
import { ids } from '#adapters/ids';
import { maxUploadBytes } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';

/** What the routes that keep personnel documents share. */
export const personalDocumentDeps = {
  employeeArchive,
  employees: employeeRecords,
  files: uploadFiles,
  archive: archiveStore,
  clock,
  ids,
  maxUploadBytes,
};
