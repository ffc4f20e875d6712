import { z } from 'zod';
import { businessMetrics } from '#adapters/business-metrics';
import { documentSigner } from '#adapters/document-signer';
import { employeeArchive } from '#adapters/employee-archive-records';
import { signingBatches, signingLedger } from '#adapters/signing-ledger';
import { uploadFiles } from '#adapters/upload-files';
import { issueDocument, issueRejectionLetter } from '#domain/use-cases/issuance';
import { documentDeps } from './document-deps';
import { stepHandler } from './step';

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
