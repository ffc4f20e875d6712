import { ConflictError, type DomainError, ForbiddenError } from '#kernel/domain/errors';
import type { ServiceRequest } from './request';

/**
 * Why the document a request issued does not reach its holder yet (Kediri Pasal 12–13), or
 * undefined once it does: until the applicant has answered the satisfaction survey, and for a
 * physical handover until staff have recorded it. A rejection letter is never withheld. Every
 * route that lists or serves the document to the applicant's side refuses it with this error.
 */
export function withheldFromHolder(request: ServiceRequest): DomainError | undefined {
  if (request.output?.kind !== 'ISSUED') return undefined;
  if (!request.surveyAnsweredAt) {
    return new ForbiddenError(
      'SURVEY_REQUIRED',
      'Dokumen dapat diunduh setelah pemohon mengisi survei kepuasan masyarakat (Perwali Kediri Nomor 80 Tahun 2021 Pasal 13).',
    );
  }
  if (request.plan?.handoverMode === 'PHYSICAL' && !request.handover) {
    return new ConflictError(
      'PHYSICAL_HANDOVER',
      'Dokumen layanan ini diserahkan secara fisik; silakan ambil di kantor BKPSDM. Setelah penyerahan dicatat, salinannya tersedia di arsip digital Anda.',
    );
  }
  return undefined;
}
