import { archiveStore } from '#archive/adapters/archive-store';
import { httpRoute } from '#kernel/http/http';
import { routes } from '#requests/api/routes';
import { downloadOutput } from '#requests/use-cases/survey-and-handover';
import { resumeDeps } from './resume';

const deps = { ...resumeDeps, archive: archiveStore };

export const handler = httpRoute(routes.getOutput, async ({ actor, params }) => {
  const { output, downloadUrl } = await downloadOutput(deps, actor, params.id);
  return {
    status: 200,
    body: { documentId: output.documentId, kind: output.kind, downloadUrl, sha256: output.sha256 },
  };
});
