import { randomBytes, randomUUID } from 'node:crypto';

/**
 * The objects a probe points at. The matrix uses ids that exist nowhere, so an allowed call
 * ends in 404 or 400 and changes nothing; the BOLA test points the same probes at real objects.
 */
export interface Targets {
  /** A service request: `{id}` of /requests/…, and one of its requirement documents. */
  readonly request: string;
  readonly requestDocument: string;
  /** A document of an employee's digital archive. */
  readonly archived: string;
  readonly complaint: string;
  readonly nip: string;
  /** A user account, by username. */
  readonly account: string;
}

/** Ids no object has: syntactically valid, so the call reaches the use case. */
export function freshTargets(): Targets {
  return {
    request: randomUUID(),
    requestDocument: randomUUID(),
    archived: randomUUID(),
    complaint: randomUUID(),
    nip: '199901012020011999',
    account: 'tidak.ada',
  };
}

export interface Probe {
  /** Path and query; the method is the route's. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

const upload = { fileName: 'berkas.pdf', contentType: 'application/pdf', size: 120 };
const announcement = { title: 'Uji matriks otorisasi', body: 'Isi uji.', audience: { kind: 'ALL' } };
const period = 'from=2025-01-01&to=2025-01-31';

/**
 * How to call each row of the matrix. Bodies are minimal; where an allowed call would change
 * shared data they are invalid on purpose (400 still proves the role check let the caller by:
 * functions/kernel/http/http.ts checks roles before it parses anything). Deleting a signing authority
 * names an account that holds none, so the seeded signer keeps theirs.
 */
export const PROBES: Readonly<Record<string, (t: Targets) => Probe>> = {
  health: () => ({ path: '/health' }),
  openApi: () => ({ path: '/openapi.json' }),
  listServices: () => ({ path: '/services' }),
  getService: () => ({ path: '/services/KGB' }),
  getServiceStandard: () => ({ path: '/services/KGB/standard' }),
  surveyQuestionnaire: () => ({ path: '/surveys/questionnaire' }),
  forceMajeureStatus: () => ({ path: '/force-majeure' }),
  verifyDocument: (t) => ({ path: `/verify/${t.archived}` }),
  verifyFile: () => ({
    path: '/verify',
    body: '%PDF-1.4\n%%EOF\n',
    headers: { 'content-type': 'application/pdf' },
  }),
  registerVerificationUpload: () => ({ path: '/verify/uploads', body: {} }),
  verifyUploadedFile: () => ({ path: `/verify/uploads/${randomUUID()}` }),

  listAnnouncements: () => ({ path: '/announcements' }),
  createAnnouncement: () => ({ path: '/announcements', body: {} }),
  updateAnnouncement: () => ({ path: `/announcements/${randomUUID()}`, body: announcement }),
  deleteAnnouncement: () => ({ path: `/announcements/${randomUUID()}` }),

  createRequest: () => ({ path: '/requests', body: { serviceType: 'KGB', details: {} } }),
  listRequests: () => ({ path: '/requests' }),
  'listRequests?scope=unit': () => ({ path: '/requests?scope=unit' }),
  'listRequests?scope=all': () => ({ path: '/requests?scope=all' }),
  getRequest: (t) => ({ path: `/requests/${t.request}` }),
  getHistory: (t) => ({ path: `/requests/${t.request}/history` }),
  getAuditChain: (t) => ({ path: `/requests/${t.request}/audit-chain` }),
  addDocument: (t) => ({
    path: `/requests/${t.request}/documents`,
    body: { requirementCode: 'SURAT_PENGANTAR', ...upload },
  }),
  getDocument: (t) => ({ path: `/requests/${t.request}/documents/${t.requestDocument}` }),
  submitRequest: (t) => ({ path: `/requests/${t.request}/submit` }),
  resubmitRequest: (t) => ({ path: `/requests/${t.request}/resubmit` }),
  requestExtension: (t) => ({
    path: `/requests/${t.request}/extension`,
    body: { reason: 'Berkas masih diurus di instansi lain.', days: 3 },
  }),
  answerSurvey: (t) => ({ path: `/requests/${t.request}/survey`, body: { scores: Array(9).fill(4) } }),
  getOutput: (t) => ({ path: `/requests/${t.request}/output` }),

  markDocument: (t) => ({
    path: `/requests/${t.request}/documents/${t.requestDocument}/verification`,
    body: { status: 'VALID' },
  }),
  unmarkDocument: (t) => ({ path: `/requests/${t.request}/documents/${t.requestDocument}/verification` }),
  decideExtension: (t) => ({ path: `/requests/${t.request}/extension/decision`, body: { grant: false } }),
  recordHandover: (t) => ({
    path: `/requests/${t.request}/handover`,
    body: { recipientName: 'Budi Santoso' },
  }),
  listTasks: () => ({ path: '/tasks' }),
  'listTasks?stage=VERIFICATION': () => ({ path: '/tasks?stage=VERIFICATION' }),
  'listTasks?stage=SUPERVISOR_VALIDATION': () => ({ path: '/tasks?stage=SUPERVISOR_VALIDATION' }),
  'listTasks?stage=ADMINISTRATOR_VALIDATION': () => ({ path: '/tasks?stage=ADMINISTRATOR_VALIDATION' }),
  'listTasks?stage=SIGNING': () => ({ path: '/tasks?stage=SIGNING' }),
  claimRequest: (t) => ({ path: `/requests/${t.request}/claim` }),
  releaseRequest: (t) => ({ path: `/requests/${t.request}/claim` }),
  assignRequest: (t) => ({ path: `/requests/${t.request}/assignment`, body: { username: 'verifikator' } }),
  recordDecision: (t) => ({
    path: `/requests/${t.request}/decisions`,
    body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
  }),
  getDraft: (t) => ({ path: `/requests/${t.request}/draft` }),
  registerSignedScan: (t) => ({ path: `/requests/${t.request}/signed-scan`, body: upload }),
  signBatch: (t) => ({
    path: '/signing-batches',
    body: { items: [{ requestId: t.request, sha256: 'a'.repeat(64) }] },
  }),
  getSigningBatch: () => ({ path: `/signing-batches/${randomUUID()}` }),
  revokeDocument: (t) => ({
    path: `/documents/${t.archived}/revocation`,
    body: { reason: 'Uji pencabutan.' },
  }),

  listSigningAuthorities: () => ({ path: '/signing-authorities?serviceType=KGB' }),
  putSigningAuthority: () => ({ path: '/signing-authorities/KGB/penandatangan', body: {} }),
  deleteSigningAuthority: () => ({ path: '/signing-authorities/KGB/bukan.pejabat' }),

  getEmployee: (t) => ({ path: `/employees/${t.nip}` }),
  listEmployees: () => ({ path: '/employees?unit=DISKOMINFO' }),
  'listEmployees?unit=DINKES': () => ({ path: '/employees?unit=DINKES' }),
  importEmployees: () => ({ path: '/employees:import', body: ' ', headers: { 'content-type': 'text/csv' } }),
  getEmployeeImport: () => ({ path: `/employees/imports/${randomBytes(32).toString('hex')}` }),
  registerImportUpload: () => ({ path: '/employees/imports/uploads', body: {} }),
  importUploadedEmployees: () => ({ path: '/employees/imports', body: { uploadId: randomUUID() } }),

  listArchive: () => ({ path: '/archive' }),
  getArchivedDocument: (t) => ({ path: `/archive/${t.archived}` }),
  addPersonalDocument: (t) => ({ path: '/archive', body: { nip: t.nip, title: 'Ijazah S1', ...upload } }),
  storePersonalDocument: (t) => ({ path: `/archive/${t.archived}/confirmation` }),

  fileComplaint: () => ({ path: '/complaints', body: {} }),
  listComplaints: () => ({ path: '/complaints' }),
  'listComplaints?scope=all': () => ({ path: '/complaints?scope=all' }),
  getComplaint: (t) => ({ path: `/complaints/${t.complaint}` }),
  getComplaintAttachment: (t) => ({ path: `/complaints/${t.complaint}/attachment` }),
  moveComplaint: (t) => ({ path: `/complaints/${t.complaint}/status`, body: { status: 'CLOSED' } }),
  answerComplaint: (t) => ({ path: `/complaints/${t.complaint}/answers`, body: { text: 'Jawaban uji.' } }),

  performanceReport: () => ({ path: `/reports/performance?${period}` }),
  satisfactionReport: () => ({ path: `/reports/satisfaction?${period}` }),

  declareForceMajeure: () => ({ path: '/force-majeure', body: {} }),
  correctForceMajeure: () => ({ path: `/force-majeure/${randomUUID()}`, body: { note: 'Koreksi' } }),
  withdrawForceMajeure: () => ({ path: `/force-majeure/${randomUUID()}` }),
  endForceMajeure: () => ({ path: `/force-majeure/${randomUUID()}/end`, body: {} }),
  enterManualService: () => ({ path: '/manual-services', body: {} }),

  listAccounts: () => ({ path: '/accounts?role=ASN' }),
  getAccount: (t) => ({ path: `/accounts/${t.account}` }),
  createAccount: () => ({ path: '/accounts', body: {} }),
  resetAccountPassword: (t) => ({ path: `/accounts/${t.account}/password-reset` }),
  setAccountStatus: (t) => ({ path: `/accounts/${t.account}/status`, body: { enabled: true } }),
  changeAccountRoles: (t) => ({ path: `/accounts/${t.account}/roles`, body: { roles: ['ASN'] } }),
};
