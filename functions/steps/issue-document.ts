import { z } from 'zod';
import { issueDocument, issueRejectionLetter } from '#domain/use-cases/issuance';
import { issueDeps } from './document-deps';
import { stepHandler } from './step';

const input = z.object({
  requestId: z.uuid(),
  document: z.enum(['OUTPUT', 'REJECTION_LETTER']).default('OUTPUT'),
});

export const handler = stepHandler(input, ({ requestId, document }) =>
  document === 'REJECTION_LETTER'
    ? issueRejectionLetter(issueDeps, requestId)
    : issueDocument(issueDeps, requestId),
);
