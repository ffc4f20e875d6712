import type { Role } from '#kernel/domain/roles';

/**
 * The authorization matrix (SECURITY issue 7): for every route and every caller, whether the
 * caller gets past authorization. Written by hand from the product's rules, not read from
 * functions/app/api/routes.ts, so the two can disagree:
 * - an ASN sees and acts on their own requests and archive only; a unit admin on their unit's
 *   employees (both file requests, add documents, submit, ask for an extension);
 * - verifiers and officials act on requests at their stage, and read every request;
 * - auditors read everything and change nothing;
 * - agency admins manage accounts, catalog settings, announcements, delegations and signing
 *   authorities, complaints, force majeure and employee imports; they do not read requests.
 * Every account is an employee: everyone reads their own master data, archive and complaints.
 *
 * 'DENY' is 401 for the anonymous caller on a protected route and 403 for a role the route does
 * not serve; 'ALLOW' is any other answer (200, 201, 400, 404, 409…): the caller got past the
 * role check, and whatever the use case then scopes is the BOLA test's business.
 */
export type Answer = 'ALLOW' | 'DENY';

export type Caller = 'anonymous' | Role;

/** The matrix's columns, in order, with the seeded account (one role each) that plays them. */
export const CALLERS: ReadonlyArray<readonly [Caller, string | undefined]> = [
  ['anonymous', undefined],
  ['ASN', 'asn.demo'],
  ['UNIT_ADMIN', 'admin.unit'],
  ['VERIFIER', 'verifikator'],
  ['SUPERVISOR', 'pengawas'],
  ['ADMINISTRATOR', 'administrator'],
  ['SIGNER', 'penandatangan'],
  ['AUDITOR', 'auditor'],
  ['AGENCY_ADMIN', 'admin.bkpsdm'],
];

type Row = readonly [Answer, Answer, Answer, Answer, Answer, Answer, Answer, Answer, Answer];

const ok: Answer = 'ALLOW';
const no: Answer = 'DENY';

/**
 * One row per route, keyed by its name in the route table; a key with a query string
 * (`listRequests?scope=all`) is the same route asked for a wider scope, which the use case checks.
 */
// biome-ignore format: the table reads as a grid, one column per caller
export const MATRIX: Readonly<Record<string, Row>> = {
  //                          anon ASN UA  VER SUP ADM SGN AUD AGA
  health:                    [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  openApi:                   [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  listServices:              [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  getService:                [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  getServiceStandard:        [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  surveyQuestionnaire:       [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  forceMajeureStatus:        [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  verifyDocument:            [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  verifyFile:                [ok, ok, ok, ok, ok, ok, ok, ok, ok],
  registerVerificationUpload:[ok, ok, ok, ok, ok, ok, ok, ok, ok],
  verifyUploadedFile:        [ok, ok, ok, ok, ok, ok, ok, ok, ok],

  listAnnouncements:         [no, ok, ok, ok, ok, ok, ok, ok, ok],
  createAnnouncement:        [no, no, no, no, no, no, no, no, ok],
  updateAnnouncement:        [no, no, no, no, no, no, no, no, ok],
  deleteAnnouncement:        [no, no, no, no, no, no, no, no, ok],

  createRequest:             [no, ok, ok, no, no, no, no, no, no],
  listRequests:              [no, ok, ok, ok, ok, ok, ok, ok, no],
  'listRequests?scope=unit': [no, no, ok, no, no, no, no, no, no],
  'listRequests?scope=all':  [no, no, no, ok, ok, ok, ok, ok, no],
  getRequest:                [no, ok, ok, ok, ok, ok, ok, ok, no],
  getHistory:                [no, ok, ok, ok, ok, ok, ok, ok, no],
  getAuditChain:             [no, no, no, no, no, no, no, ok, no],
  addDocument:               [no, ok, ok, no, no, no, no, no, no],
  getDocument:               [no, ok, ok, ok, ok, ok, ok, ok, no],
  submitRequest:             [no, ok, ok, no, no, no, no, no, no],
  resubmitRequest:           [no, ok, ok, no, no, no, no, no, no],
  requestExtension:          [no, ok, ok, no, no, no, no, no, no],
  answerSurvey:              [no, ok, no, no, no, no, no, no, no],
  getOutput:                 [no, ok, ok, ok, ok, ok, ok, ok, no],

  markDocument:              [no, no, no, ok, no, no, no, no, no],
  unmarkDocument:            [no, no, no, ok, no, no, no, no, no],
  decideExtension:           [no, no, no, ok, no, no, no, no, no],
  recordHandover:            [no, no, no, ok, no, no, no, no, no],
  listTasks:                 [no, no, no, ok, ok, ok, ok, no, no],
  'listTasks?stage=VERIFICATION':             [no, no, no, ok, no, no, no, no, no],
  'listTasks?stage=SUPERVISOR_VALIDATION':    [no, no, no, no, ok, no, no, no, no],
  'listTasks?stage=ADMINISTRATOR_VALIDATION': [no, no, no, no, no, ok, no, no, no],
  'listTasks?stage=SIGNING':                  [no, no, no, no, no, no, ok, no, no],
  claimRequest:              [no, no, no, ok, ok, ok, ok, no, no],
  releaseRequest:            [no, no, no, ok, ok, ok, ok, no, no],
  assignRequest:             [no, no, no, no, ok, no, no, no, no],
  recordDecision:            [no, no, no, ok, ok, ok, ok, no, no],
  getDraft:                  [no, no, no, ok, ok, ok, ok, ok, no],
  registerSignedScan:        [no, no, no, ok, no, no, ok, no, no],
  signBatch:                 [no, no, no, no, no, no, ok, no, no],
  getSigningBatch:           [no, no, no, no, no, no, ok, ok, no],
  revokeDocument:            [no, no, no, no, no, no, ok, no, no],

  listSigningAuthorities:    [no, no, no, no, no, no, ok, ok, ok],
  putSigningAuthority:       [no, no, no, no, no, no, no, no, ok],
  deleteSigningAuthority:    [no, no, no, no, no, no, no, no, ok],

  getEmployee:               [no, ok, ok, ok, ok, ok, ok, ok, ok],
  listEmployees:             [no, no, ok, ok, no, no, no, ok, ok],
  'listEmployees?unit=DINKES': [no, no, no, ok, no, no, no, ok, ok],
  importEmployees:           [no, no, no, no, no, no, no, no, ok],
  getEmployeeImport:         [no, no, no, no, no, no, no, no, ok],
  registerImportUpload:      [no, no, no, no, no, no, no, no, ok],
  importUploadedEmployees:   [no, no, no, no, no, no, no, no, ok],

  listArchive:               [no, ok, ok, ok, ok, ok, ok, ok, ok],
  getArchivedDocument:       [no, ok, ok, ok, ok, ok, ok, ok, ok],
  addPersonalDocument:       [no, ok, ok, no, no, no, no, no, no],
  storePersonalDocument:     [no, ok, ok, ok, no, no, no, no, ok],

  fileComplaint:             [no, ok, ok, ok, ok, ok, ok, no, ok],
  listComplaints:            [no, ok, ok, ok, ok, ok, ok, ok, ok],
  'listComplaints?scope=all': [no, no, no, no, no, no, no, ok, ok],
  getComplaint:              [no, ok, ok, ok, ok, ok, ok, ok, ok],
  getComplaintAttachment:    [no, ok, ok, ok, ok, ok, ok, ok, ok],
  moveComplaint:             [no, ok, ok, ok, ok, ok, ok, no, ok],
  answerComplaint:           [no, no, no, no, no, no, no, no, ok],

  performanceReport:         [no, no, no, no, ok, ok, no, ok, ok],
  satisfactionReport:        [no, no, no, no, ok, ok, no, ok, ok],

  declareForceMajeure:       [no, no, no, no, no, no, no, no, ok],
  correctForceMajeure:       [no, no, no, no, no, no, no, no, ok],
  withdrawForceMajeure:      [no, no, no, no, no, no, no, no, ok],
  endForceMajeure:           [no, no, no, no, no, no, no, no, ok],
  enterManualService:        [no, no, no, ok, no, no, no, no, ok],

  listAccounts:              [no, no, no, no, no, no, no, no, ok],
  getAccount:                [no, no, no, no, no, no, no, no, ok],
  createAccount:             [no, no, no, no, no, no, no, no, ok],
  resetAccountPassword:      [no, no, no, no, no, no, no, no, ok],
  setAccountStatus:          [no, no, no, no, no, no, no, no, ok],
  changeAccountRoles:        [no, no, no, no, no, no, no, no, ok],
};

/** The route a row probes: its key without the query string. */
export function routeOf(key: string): string {
  return key.split('?')[0] ?? key;
}
