import { z } from 'zod';
import { issueRejectionLetter } from '#domain/use-cases/issuance';
import { documentDeps } from './document-deps';
import { stepHandler } from './step';

export const handler = stepHandler(z.object({ requestId: z.uuid() }), ({ requestId }) =>
  issueRejectionLetter(documentDeps, requestId),
);
