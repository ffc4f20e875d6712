import { businessMetrics } from '#adapters/business-metrics';
import { signingAuthorities } from '#adapters/directory-records';
import { employeeRecords } from '#adapters/employee-records';
import { maxUploadBytes, settings } from '#adapters/settings';
import { uploadFiles } from '#adapters/upload-files';
import { publishRequest } from '#domain/request';
import { recordDecision } from '#domain/use-cases/record-decision';
import { httpRoute } from './http';
import { resumeDeps, settled } from './resume';
import { routes } from './routes';

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
