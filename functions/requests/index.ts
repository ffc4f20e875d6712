/** The requests slice's public module: what other slices may use of it (docs/architecture.md). */
export { type ReadScope, readableRequest, readsAsStaff, requestReader } from './domain/access';
export { withheldFromHolder } from './domain/handover';
export { checkPaperPath, OUTCOMES, type PaperDecision, requireOpenWait } from './domain/lifecycle';
export { formatDate, formatDateTime, message } from './domain/notices';
export type { RequestRecords, SurveyAnswer, SurveyRecords } from './domain/ports';
export {
  DOCUMENT_CONTENT_TYPES,
  type DocumentContentType,
  type Issuance,
  type OutputDocument,
  type OutputKind,
  publishRequest,
  type RequestStatus,
  type ServiceRequest,
  type SignedScan,
  type StageRecord,
  WAIT_RULES,
  type Wait,
} from './domain/request';
export { moveDue } from './domain/timeline';
