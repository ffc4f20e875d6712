import { signingAuthorities } from '#accounts/adapters/directory-records';
import { employeeRecords } from '#employees/adapters/employee-records';
import { uploadFiles } from '#files/adapters/upload-files';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { maxUploadBytes, settings } from '#kernel/adapters/settings';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { publishRequest } from '#requests/domain/request';
import { recordDecision } from '#requests/use-cases/record-decision';
import { resumeDeps, settled } from './resume';

const deps = {
  ...resumeDeps,
  settings,
  authorities: signingAuthorities,
  files: uploadFiles,
  employees: employeeRecords,
  maxUploadBytes,
};

export const handler = httpRoute(routes.recordDecision, async ({ actor, params, body }) => {
  const decided = await recordDecision(deps, actor, params.id, {
    stage: body.stage,
    outcome: body.outcome,
    ...(body.note && { note: body.note }),
    ...(body.deficiencies && { deficiencies: body.deficiencies }),
    ...(body.newBaseSalary !== undefined && { newBaseSalary: body.newBaseSalary }),
  });
  businessMetrics.decided(body.outcome);
  return { status: 200, body: publishRequest(settled(decided)) };
});
