import { z } from 'zod';
import { employeeArchive } from '#archive/adapters/employee-archive-records';
import { documentSigner } from '#documents/adapters/document-signer';
import { signingBatches, signingLedger } from '#documents/adapters/signing-ledger';
import { issueDocument, issueRejectionLetter } from '#documents/use-cases/issuance';
import { uploadFiles } from '#files/adapters/upload-files';
import { businessMetrics } from '#kernel/adapters/business-metrics';
import { stepHandler } from '#kernel/lambda/step-handler';
import { documentDeps } from './document-deps';

/** Issuing also reads signed scans, signs with the agency's key, and fills the archive index. */
const deps = {
  ...documentDeps,
  files: uploadFiles,
  signer: documentSigner,
  ledger: signingLedger,
  batches: signingBatches,
  employeeArchive,
};

const input = z.object({
  requestId: z.uuid(),
  document: z.enum(['OUTPUT', 'REJECTION_LETTER']).default('OUTPUT'),
});

export const handler = stepHandler(input, async ({ requestId, document }) => {
  const issued =
    document === 'REJECTION_LETTER'
      ? await issueRejectionLetter(deps, requestId)
      : await issueDocument(deps, requestId);
  businessMetrics.documentIssued();
  return issued;
});
