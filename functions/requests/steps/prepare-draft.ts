import { z } from 'zod';
import { prepareDraft } from '#documents/use-cases/issuance';
import { documentDeps } from './document-deps';
import { stepHandler } from './step';

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  prepareDraft(documentDeps, requestId),
);
