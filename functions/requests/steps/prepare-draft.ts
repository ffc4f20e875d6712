import { z } from 'zod';
import { prepareDraft } from '#documents/use-cases/issuance';
import { stepHandler } from '#kernel/lambda/step-handler';
import { documentDeps } from './document-deps';

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  prepareDraft(documentDeps, requestId),
);
