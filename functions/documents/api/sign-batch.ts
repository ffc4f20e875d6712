import { signingAuthorities } from '#accounts/adapters/directory-records';
import { signingBatches } from '#documents/adapters/signing-ledger';
import { routes } from '#documents/api/routes';
import { signBatch } from '#documents/use-cases/bulk-signing';
import { employeeRecords } from '#employees/adapters/employee-records';
import { uploadFiles } from '#files/adapters/upload-files';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { ids } from '#kernel/adapters/ids';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { resumeDeps } from '#requests/api/resume';

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
