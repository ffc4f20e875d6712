import { archiveStore } from '#adapters/archive-store';
import { downloadOutput } from '#domain/use-cases/survey-and-handover';
import { httpRoute } from './http';
import { resumeDeps } from './resume';
import { routes } from './routes';

const deps = { ...resumeDeps, archive: archiveStore };

export const handler = httpRoute(routes.getOutput, async ({ actor, params }) => {
  const { output, downloadUrl } = await downloadOutput(deps, actor, params.id);
  return {
    status: 200,
    body: { documentId: output.documentId, kind: output.kind, downloadUrl, sha256: output.sha256 },
  };
});
