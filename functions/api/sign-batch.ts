import { businessMetrics } from '#adapters/business-metrics';
import { signingAuthorities } from '#adapters/directory-records';
import { employeeRecords } from '#adapters/employee-records';
import { ids } from '#adapters/ids';
import { maxUploadBytes, settings } from '#adapters/settings';
import { signingBatches } from '#adapters/signing-ledger';
import { uploadFiles } from '#adapters/upload-files';
import { signBatch } from '#domain/use-cases/bulk-signing';
import { httpRoute } from './http';
import { resumeDeps } from './resume';
import { routes } from './routes';

const deps = {
  ...resumeDeps,
  settings,
  authorities: signingAuthorities,
  files: uploadFiles,
  maxUploadBytes,
  batches: signingBatches,
  ids,
  employees: employeeRecords,
};

export const handler = httpRoute(routes.signBatch, async ({ actor, body }) => {
  const batch = await signBatch(deps, actor, body.items);
  const signed = batch.items.filter((item) => item.result === 'SIGNED').length;
  if (signed > 0) businessMetrics.decided('SIGN', signed);
  return { status: 201, body: batch };
});
