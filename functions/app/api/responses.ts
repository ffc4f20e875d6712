import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from '#complaints/domain/complaints';
import { EMPLOYEE_TYPES, POSITION_CATEGORIES } from '#employees/domain/employee';
import { ROLES } from '#kernel/domain/roles';
import { STAGES, slaSchema } from '#kernel/domain/stages';
import { DOCUMENT_CONTENT_TYPES, OUTPUT_KINDS, REQUEST_STATUSES, WAITS } from '#requests/domain/request';

/**
 * What the API answers, one zod schema per shape. The route table names them per status; the
 * OpenAPI document is generated from them, and `httpRoute` makes each handler's result
 * type-check against its route's schema, so the document cannot drift from the handlers.
 * Objects may carry more members than listed here (OpenAPI says so by leaving
 * `additionalProperties` open).
 */

const instant = z.string().meta({ format: 'date-time' });
const date = z.string().meta({ format: 'date' });
const sha256 = z.string().regex(/^[a-f0-9]{64}$/);
const contentType = z.enum(DOCUMENT_CONTENT_TYPES);
const role = z.enum(ROLES);
const acting = z.enum(['PLT', 'PLH']);
const uploadHeaders = z.object({ 'content-type': z.string() });

/** A page of a list, and the cursor of the next page when there is one. */
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), cursor: z.string().optional() });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Kode galat yang stabil, untuk program.' }),
      message: z.string().meta({ description: 'Pesan dalam Bahasa Indonesia, untuk pengguna.' }),
      field: z.string().optional().meta({ description: 'Isian yang menyebabkan galat, bila ada.' }),
    }),
  })
  .meta({ id: 'Error' });

const requirement = z
  .object({ code: z.string(), name: z.string(), required: z.boolean(), fromArchive: z.boolean() })
  .meta({ id: 'Requirement' });

export const service = z
  .object({
    code: z.string(),
    name: z.string(),
    description: z.string(),
    legalBasis: z.array(z.string()),
    outputKind: z.enum(['DECREE', 'LETTER', 'CERTIFICATE', 'CARD']),
    outputName: z.string(),
    employeeTypes: z.array(z.enum(EMPLOYEE_TYPES)),
    requirements: z.array(requirement),
    detailsSchema: z
      .record(z.string(), z.unknown())
      .meta({ description: 'JSON Schema isian `details` permohonan layanan ini.' }),
    detailsExample: z.unknown(),
    signatureMode: z.enum(['ELECTRONIC', 'WET']),
    handoverMode: z.enum(['ELECTRONIC', 'PHYSICAL', 'BOTH']),
    validationTiers: z.array(z.enum(['SUPERVISOR', 'ADMINISTRATOR'])),
    sla: slaSchema.meta({ description: 'Batas waktu tiap tahap, dalam hari kerja.' }),
  })
  .meta({ id: 'Service' });

const serviceStandard = z
  .object({
    code: z.string(),
    name: z.string(),
    description: z.string(),
    legalBasis: z.array(z.string()),
    employeeTypes: z.array(z.enum(EMPLOYEE_TYPES)),
    requirements: z.array(requirement),
    procedure: z.array(z.object({ step: z.string(), workingDays: z.number().int().optional() })),
    timeLimitWorkingDays: z.number().int(),
    deficiencyWindowWorkingDays: z.number().int(),
    cost: z.string(),
    output: z.string(),
    complaints: z.object({
      channel: z.string(),
      email: z.string(),
      responseWorkingDays: z.number().int(),
    }),
  })
  .meta({ id: 'ServiceStandard' });

const audience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ALL') }),
  z.object({ kind: z.literal('UNIT'), unit: z.string() }),
  z.object({ kind: z.literal('ROLE'), role }),
]);

const announcement = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string().meta({ description: 'Markdown sebagaimana ditulis.' }),
    bodyHtml: z.string().meta({ description: 'Isi sebagai HTML yang aman ditampilkan.' }),
    audience,
    publishAt: instant,
    expiresAt: instant.optional(),
    createdBy: z.string(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Announcement' });

const stageRecord = z.object({
  stage: z.enum(WAITS),
  openedAt: instant,
  dueAt: instant.optional(),
  closedAt: instant.optional(),
  outcome: z.string().optional(),
  overdue: z.literal(true).optional(),
});

const deficiency = z.object({
  items: z.array(z.object({ requirementCode: z.string(), reason: z.string() })),
  decidedBy: z.string(),
  decidedAt: instant,
  dueAt: instant,
  extension: z
    .object({
      requestedAt: instant,
      requestedBy: z.string(),
      reason: z.string(),
      requestedDays: z.number().int(),
      decision: z
        .object({
          granted: z.boolean(),
          days: z.number().int().optional(),
          decidedBy: z.string(),
          decidedAt: instant,
          note: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});

const workingPeriod = z.object({ years: z.number().int(), months: z.number().int() });

const salaryRaise = z
  .object({
    rank: z.string(),
    lastTmt: date,
    lastDecreeNumber: z.string(),
    oldBaseSalary: z.number(),
    oldWorkingPeriod: workingPeriod,
    newTmt: date,
    newWorkingPeriod: workingPeriod,
    newBaseSalary: z.number(),
    salarySource: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('TABLE'), basis: z.string(), table: z.string() }),
      z.object({ kind: z.literal('VERIFIER'), basis: z.string(), table: z.string(), enteredBy: z.string() }),
    ]),
    nextTmt: date,
    deferredBy: z.array(z.object({ year: z.number().int(), rating: z.string() })).optional(),
  })
  .meta({ id: 'SalaryRaise' });

export const request = z
  .object({
    id: z.string(),
    serviceType: z.string(),
    status: z.enum(REQUEST_STATUSES),
    statusLabel: z.string(),
    applicant: z.object({
      nip: z.string(),
      name: z.string(),
      unit: z.string(),
      email: z.string().optional(),
      agency: z.string().optional(),
    }),
    createdBy: z.string(),
    details: z.unknown(),
    notes: z.array(z.string()).optional(),
    createdAt: instant,
    updatedAt: instant,
    submittedAt: instant.optional(),
    completedAt: instant.optional(),
    version: z.number().int(),
    plan: z
      .object({
        validationTiers: z.array(z.enum(['SUPERVISOR', 'ADMINISTRATOR'])),
        signatureMode: z.enum(['ELECTRONIC', 'WET']),
        handoverMode: z.enum(['ELECTRONIC', 'PHYSICAL', 'BOTH']),
      })
      .optional(),
    stages: z.array(stageRecord).optional(),
    task: z
      .object({
        stage: z.enum(WAITS),
        label: z.string(),
        openedAt: instant,
        dueAt: instant.optional(),
        overdue: z.boolean(),
        decidable: z.boolean(),
      })
      .optional()
      .meta({ description: 'Tahap yang sedang menunggu seseorang.' }),
    processing: z.boolean().meta({
      description:
        'Sistem masih memindahkan permohonan ke tahap berikutnya (antrean, dokumen terbit); tindakan pada tahap itu dijawab 409 PROCESSING. Tunggu sampai false, lalu bertindak.',
    }),
    claim: z.object({ username: z.string(), name: z.string().optional(), at: instant }).optional(),
    deficiency: deficiency.optional(),
    rejection: z
      .object({
        reason: z.string(),
        stage: z.enum(WAITS),
        decidedBy: z.string(),
        decidedAt: instant,
        automatic: z.boolean(),
      })
      .optional(),
    signature: z
      .object({
        mode: z.enum(['ELECTRONIC', 'WET']),
        signedBy: z.string(),
        signedAt: instant,
        signerName: z.string().optional(),
        signerNip: z.string().optional(),
        position: z.string().optional(),
        acting: acting.optional(),
        basis: z.string().optional(),
      })
      .optional(),
    signedScanUploaded: z.boolean().optional(),
    output: z
      .object({ documentId: z.string(), kind: z.enum(OUTPUT_KINDS), sha256, createdAt: instant })
      .optional(),
    surveyAnsweredAt: instant.optional(),
    handover: z
      .object({
        mode: z.enum(['ELECTRONIC', 'PHYSICAL']),
        at: instant,
        by: z.string(),
        recipientName: z.string().optional(),
        note: z.string().optional(),
      })
      .optional(),
    manual: z.object({ forceMajeureId: z.string(), enteredBy: z.string(), enteredAt: instant }).optional(),
    verified: z
      .object({
        salaryRaise: salaryRaise.optional().meta({
          description:
            'KGB: kenaikan gaji yang ditetapkan saat verifikasi (gaji dan masa kerja lama dan baru, TMT).',
        }),
      })
      .optional(),
  })
  .meta({ id: 'Request' });

export const requestDocument = z
  .object({
    id: z.string(),
    requestId: z.string(),
    requirementCode: z.string(),
    fileName: z.string(),
    contentType,
    size: z.number().int(),
    archiveDocumentId: z.string().optional(),
    sha256: sha256.optional(),
    status: z.enum(['AWAITING_UPLOAD', 'UPLOADED']),
    createdAt: instant,
    uploadedAt: instant.optional(),
    verification: z
      .object({
        status: z.enum(['VALID', 'INVALID']),
        reason: z.string().optional(),
        by: z.string(),
        at: instant,
      })
      .optional(),
  })
  .meta({ id: 'RequestDocument' });

const download = z.object({ downloadUrl: z.string().meta({ description: 'Alamat unduh sementara.' }) });

const signer = z.object({
  name: z.string(),
  nip: z.string().optional(),
  position: z.string(),
  acting: acting.optional(),
  basis: z.string().optional(),
  username: z.string().optional(),
});

export const archivedDocument = z
  .object({
    documentId: z.string(),
    nip: z.string(),
    source: z.enum(['ISSUED', 'PERSONAL', 'MANUAL']),
    requirementCode: z.string().optional(),
    title: z.string(),
    fileName: z.string(),
    contentType,
    size: z.number().int(),
    sha256: z.string(),
    archivedAt: instant,
    kind: z.enum(['ISSUED', 'REJECTION_LETTER']).optional().meta({ description: 'Dokumen terbit saja.' }),
    requestId: z.string().optional(),
    serviceType: z.string().optional(),
    number: z.string().optional(),
    signature: z
      .object({
        mode: z.enum(['ELECTRONIC', 'WET', 'SEAL']),
        sha256: z.string(),
        algorithm: z.literal('ECDSA_SHA_256'),
        keyId: z.string(),
        value: z.string(),
        signedAt: instant,
        signer,
        batchId: z.string().optional(),
      })
      .optional(),
    revocation: z
      .object({ reason: z.string(), at: instant, by: z.string(), byName: z.string().optional() })
      .optional(),
    addedBy: z.string().optional(),
    status: z.enum(['AWAITING_UPLOAD', 'STORED']).optional(),
  })
  .meta({ id: 'ArchivedDocument' });

const auditEvent = z
  .object({
    requestId: z.string(),
    at: instant,
    occurredAt: instant.optional(),
    actor: z.object({ username: z.string(), role: z.union([role, z.literal('SYSTEM')]) }),
    action: z.string(),
    stage: z.enum(WAITS).optional(),
    outcome: z.string().optional(),
    note: z.string().optional(),
    fromStatus: z.enum(REQUEST_STATUSES).optional(),
    toStatus: z.enum(REQUEST_STATUSES).optional(),
  })
  .meta({ id: 'AuditEvent' });

const signingAuthority = z
  .object({
    serviceType: z.string(),
    username: z.string(),
    name: z.string(),
    nip: z.string().optional(),
    position: z.string(),
    basis: z.string(),
    validFrom: date,
    validUntil: date.optional(),
    acting: acting.optional(),
  })
  .meta({ id: 'SigningAuthority' });

const employee = z
  .object({
    nip: z.string(),
    name: z.string(),
    employeeType: z.enum(EMPLOYEE_TYPES),
    sex: z.enum(['L', 'P']).optional(),
    birthDate: date.optional(),
    birthPlace: z.string().optional(),
    agency: z.string().optional(),
    agencyName: z.string().optional(),
    unit: z.string(),
    unitName: z.string(),
    rank: z.object({ code: z.string(), tmt: date.optional() }).optional(),
    grade: z.object({ code: z.string(), tmt: date.optional() }).optional(),
    positionCategory: z.enum(POSITION_CATEGORIES).optional(),
    positionName: z.string().optional(),
    positionTmt: date.optional(),
    tmtCpns: date.optional(),
    tmtPns: date.optional(),
    lastSalaryRaiseTmt: date.optional(),
    retirementAge: z.number().int().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  })
  .meta({ id: 'Employee' });

const importJob = z
  .object({
    id: z.string(),
    status: z.enum(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED']),
    createdBy: z.string(),
    createdAt: instant,
    updatedAt: instant,
    finishedAt: instant.optional(),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    imported: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), column: z.string().optional(), message: z.string() })),
    warnings: z.array(z.string()),
    failure: z.string().optional(),
  })
  .meta({ id: 'ImportJob' });

const verification = z
  .object({
    documentId: z.string(),
    status: z.enum(['VALID', 'REVOKED', 'INVALID', 'UNKNOWN']),
    statusLabel: z.string(),
    document: z
      .object({
        number: z.string(),
        title: z.string(),
        serviceType: z.string(),
        serviceName: z.string(),
        issuedAt: instant,
        signer: z.object({
          name: z.string(),
          position: z.string(),
          nip: z.string().optional(),
          acting: acting.optional(),
        }),
        sha256: z.string(),
        signature: z.object({
          mode: z.enum(['ELECTRONIC', 'WET', 'SEAL']),
          algorithm: z.string(),
          keyId: z.string(),
          value: z.string(),
          valid: z.boolean(),
          publicKey: z.string(),
        }),
        revocation: z.object({ reason: z.string(), at: instant }).optional(),
      })
      .optional(),
  })
  .meta({ id: 'Verification' });

const signingBatch = z
  .object({
    id: z.string(),
    signedBy: z.string(),
    signerName: z.string().optional(),
    createdAt: instant,
    manifest: z.string(),
    sha256: z.string(),
    items: z.array(
      z.object({
        requestId: z.string(),
        sha256: z.string(),
        result: z.enum(['PENDING', 'SIGNED', 'SKIPPED']),
        reason: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'SigningBatch' });

export const complaint = z
  .object({
    id: z.string(),
    category: z.enum(Object.keys(COMPLAINT_CATEGORIES) as [keyof typeof COMPLAINT_CATEGORIES]),
    categoryLabel: z.string(),
    text: z.string(),
    requestId: z.string().optional(),
    status: z.enum(Object.keys(COMPLAINT_STATUSES) as [keyof typeof COMPLAINT_STATUSES]),
    statusLabel: z.string(),
    createdAt: instant,
    updatedAt: instant,
    dueAt: instant,
    overdue: z.boolean(),
    answers: z.array(
      z.object({ at: instant, by: z.string(), byName: z.string().optional(), text: z.string() }),
    ),
    history: z.array(
      z.object({
        at: instant,
        status: z.enum(Object.keys(COMPLAINT_STATUSES) as [keyof typeof COMPLAINT_STATUSES]),
        by: z.string(),
      }),
    ),
    attachment: z
      .object({ fileName: z.string(), contentType: z.string(), size: z.number().int() })
      .optional(),
    complainant: z
      .object({
        username: z.string(),
        name: z.string().optional(),
        nip: z.string().optional(),
        unit: z.string().optional(),
      })
      .optional()
      .meta({ description: 'Hanya bagi pengadu sendiri dan tim pengelola.' }),
  })
  .meta({ id: 'Complaint' });

const ikm = z
  .object({
    respondents: z.number().int(),
    elements: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        answered: z.number().int(),
        sum: z.number(),
        nrr: z.number().nullable(),
        weightedNrr: z.number().nullable(),
      }),
    ),
    index: z.number().nullable(),
    ikm: z.number().nullable(),
    grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
    quality: z.enum(['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik']).nullable(),
    incomplete: z.boolean(),
    sample: z.object({ population: z.number().int(), minimum: z.number().int(), reached: z.boolean() }),
  })
  .meta({ id: 'Ikm' });

const servicePerformance = z
  .object({
    serviceType: z.string(),
    serviceName: z.string(),
    received: z.number().int(),
    completed: z.number().int(),
    rejected: z.number().int(),
    inProgress: z.number().int(),
    overdue: z.number().int(),
    manual: z.number().int(),
    completedWithinSla: z.number().int(),
    completedWithinSlaShare: z.number().optional(),
    deficiencyRate: z.number().optional(),
    rejections: z.array(
      z.object({
        stage: z.enum(WAITS),
        automatic: z.boolean(),
        count: z.number().int(),
        reasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
      }),
    ),
    stages: z.array(
      z.object({
        stage: z.enum(STAGES),
        label: z.string(),
        passages: z.number().int(),
        medianWorkingDays: z.number().optional(),
        p90WorkingDays: z.number().optional(),
        overdue: z.number().int(),
        withinSla: z.number().optional(),
      }),
    ),
    satisfaction: ikm,
  })
  .meta({ id: 'ServicePerformance' });

const reportHead = {
  period: z.object({ from: date, to: date }),
  filters: z.object({ serviceType: z.string().optional(), unit: z.string().optional() }),
  generatedAt: instant,
};
const ikmGroup = ikm.extend({ group: z.string(), name: z.string() });

const forceMajeure = z
  .object({
    id: z.string(),
    from: instant,
    to: instant.optional(),
    decree: z.string(),
    note: z.string().optional(),
    declaredBy: z.string(),
    declaredAt: instant,
    endedBy: z.string().optional(),
    extension: z
      .object({ workingDays: z.number().int(), requests: z.number().int(), appliedAt: instant })
      .optional(),
    correctedBy: z.string().optional(),
    correctedAt: instant.optional(),
  })
  .meta({ id: 'ForceMajeure' });

const account = z
  .object({
    username: z.string(),
    name: z.string(),
    email: z.string().optional(),
    nip: z.string().optional(),
    unit: z.string().optional(),
    division: z.string().optional(),
    roles: z.array(role),
    disabled: z.literal(true).optional(),
    mailDelivery: z
      .object({
        status: z.enum(['BOUNCED', 'COMPLAINED']),
        address: z.string(),
        at: instant,
        detail: z.string().optional(),
      })
      .optional()
      .meta({ description: 'Surel ke alamat akun ini ditolak (bounce) atau diadukan sebagai spam.' }),
  })
  .meta({ id: 'Account' });

/** Where a client PUTs a file too large for the request body, and the id it names the file by afterwards. */
const presignedUpload = z.object({ uploadId: z.string(), uploadUrl: z.string(), expiresAt: instant });

const file = z.string().meta({ format: 'binary' });

/** An import accepted (202) or found already made from the same file (200), with where to follow it. */
const importAnswers = {
  200: importJob.extend({ progressUrl: z.string() }),
  202: importJob.extend({ progressUrl: z.string() }),
};

/** Whether a file is, byte for byte, an issued document. */
const fileCheck = z.object({ match: z.boolean(), sha256: z.string(), verification: verification.optional() });

/** Each route's answers when it succeeds; `null` means no body (204). */
export const RESPONSES = {
  health: { 200: z.object({ status: z.literal('ok') }) },
  openApi: { 200: z.record(z.string(), z.unknown()).meta({ description: 'Dokumen OpenAPI 3.1.' }) },
  listServices: { 200: items(service) },
  getService: { 200: service },
  getServiceStandard: { 200: serviceStandard },
  listAnnouncements: { 200: items(announcement) },
  createAnnouncement: { 201: announcement },
  updateAnnouncement: { 200: announcement },
  deleteAnnouncement: { 204: null },
  createRequest: { 201: request },
  listRequests: { 200: page(request) },
  getRequest: { 200: request.extend({ documents: z.array(requestDocument) }) },
  addDocument: {
    201: z.union([
      z.object({ documentId: z.string(), uploadUrl: z.string(), uploadHeaders }),
      z.object({
        documentId: z.string(),
        status: z.enum(['AWAITING_UPLOAD', 'UPLOADED']),
        archiveDocumentId: z.string().optional(),
      }),
    ]),
  },
  getDocument: { 200: requestDocument.extend(download.shape) },
  markDocument: { 200: requestDocument },
  unmarkDocument: { 200: requestDocument },
  submitRequest: { 200: request },
  resubmitRequest: { 200: request },
  requestExtension: { 200: request },
  decideExtension: { 200: request },
  listTasks: {
    200: page(
      z
        .object({ stage: z.enum(WAITS), dueAt: instant.optional(), overdue: z.boolean(), request })
        .meta({ id: 'Task' }),
    ),
  },
  claimRequest: { 200: request },
  releaseRequest: { 200: request },
  assignRequest: { 200: request },
  recordDecision: { 200: request },
  registerSignedScan: { 201: z.object({ uploadUrl: z.string(), uploadHeaders }) },
  getDraft: { 200: z.object({ documentId: z.string(), downloadUrl: z.string(), sha256 }) },
  answerSurvey: { 200: request },
  getOutput: {
    200: z.object({ documentId: z.string(), kind: z.enum(OUTPUT_KINDS), downloadUrl: z.string(), sha256 }),
  },
  recordHandover: { 200: request },
  getHistory: {
    200: z.object({
      audit: z.array(auditEvent),
      execution: z
        .object({
          executionArn: z.string(),
          status: z.string(),
          startDate: instant,
          stopDate: instant.optional(),
          events: z.array(
            z.object({
              id: z.number().int(),
              type: z.string(),
              timestamp: instant,
              state: z.string().optional(),
              error: z.string().optional(),
            }),
          ),
        })
        .optional(),
    }),
  },
  getAuditChain: {
    200: z.object({
      requestId: z.string(),
      head: z.string().optional(),
      valid: z.boolean(),
      length: z.number().int(),
      brokenAt: z.object({ version: z.number().int(), reason: z.string() }).optional(),
    }),
  },
  listSigningAuthorities: { 200: items(signingAuthority) },
  putSigningAuthority: { 200: signingAuthority },
  deleteSigningAuthority: { 204: null },
  getEmployee: { 200: employee },
  listEmployees: { 200: page(employee) },
  importEmployees: importAnswers,
  registerImportUpload: { 201: presignedUpload },
  importUploadedEmployees: importAnswers,
  listArchive: {
    200: page(archivedDocument).extend({
      withheld: z
        .array(
          z.object({
            documentId: z.string(),
            requestId: z.string(),
            title: z.string(),
            code: z.string(),
            message: z.string(),
          }),
        )
        .optional()
        .meta({
          description:
            'Dokumen terbit yang belum sampai kepada pemegangnya (survei belum diisi, penyerahan fisik belum dicatat), dengan alasannya.',
        }),
    }),
  },
  getArchivedDocument: { 200: archivedDocument.extend(download.shape) },
  addPersonalDocument: { 201: archivedDocument.extend({ uploadUrl: z.string(), uploadHeaders }) },
  storePersonalDocument: { 200: archivedDocument },
  verifyDocument: { 200: verification },
  verifyFile: { 200: fileCheck },
  registerVerificationUpload: { 201: presignedUpload },
  verifyUploadedFile: { 200: fileCheck },
  revokeDocument: { 200: archivedDocument },
  signBatch: { 201: signingBatch },
  getSigningBatch: {
    200: signingBatch.extend({
      manifestSignature: z
        .object({
          sha256: z.string(),
          reference: z.string(),
          status: z.enum(['PENDING', 'SIGNED']),
          startedAt: instant,
          keyId: z.string().optional(),
          signature: z.string().optional(),
          signedAt: instant.optional(),
        })
        .optional(),
    }),
  },
  fileComplaint: { 201: complaint.extend({ uploadUrl: z.string().optional() }) },
  listComplaints: { 200: page(complaint) },
  getComplaint: { 200: complaint },
  answerComplaint: { 200: complaint },
  moveComplaint: { 200: complaint },
  getComplaintAttachment: { 200: z.object({ downloadUrl: z.string(), fileName: z.string() }) },
  performanceReport: {
    200: z
      .object({ ...reportHead, services: z.array(servicePerformance), total: servicePerformance })
      .meta({ id: 'PerformanceReport' }),
  },
  satisfactionReport: {
    200: z
      .object({ ...reportHead, agency: ikmGroup, services: z.array(ikmGroup), units: z.array(ikmGroup) })
      .meta({ id: 'SatisfactionReport' }),
  },
  surveyQuestionnaire: {
    200: z.object({
      scale: z.array(z.number().int()),
      elements: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          question: z.string(),
          answers: z.array(z.string()),
        }),
      ),
      comment: z.string(),
    }),
  },
  forceMajeureStatus: { 200: z.object({ active: forceMajeure.optional(), periods: z.array(forceMajeure) }) },
  declareForceMajeure: { 201: forceMajeure },
  correctForceMajeure: { 200: forceMajeure },
  withdrawForceMajeure: { 204: null },
  endForceMajeure: { 200: forceMajeure },
  enterManualService: {
    201: z.object({ request, document: archivedDocument.optional(), uploadUrl: z.string().optional() }),
  },
  getEmployeeImport: { 200: importJob.extend({ percent: z.number().int() }) },
  listAccounts: { 200: items(account) },
  getAccount: {
    200: account.extend({
      mfaRequired: z.boolean(),
      history: z.array(
        z.object({
          username: z.string(),
          at: instant,
          by: z.string(),
          action: z.enum([
            'CREATED',
            'PASSWORD_RESET',
            'DISABLED',
            'ENABLED',
            'ROLES_CHANGED',
            'MAIL_UNDELIVERABLE',
          ]),
          note: z.string().optional(),
        }),
      ),
    }),
  },
  createAccount: { 201: account },
  resetAccountPassword: {
    202: z.object({ username: z.string(), status: z.literal('PASSWORD_RESET_SENT') }),
  },
  setAccountStatus: { 200: account },
  changeAccountRoles: { 200: account },
} as const;

/** Report routes also answer as files (CSV, XLSX) in the binary form OpenAPI names `format: binary`. */
export const FILE_BODY = file;
