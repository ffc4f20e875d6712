import type { EmployeeArchive, ManualDocument } from '#archive';
import { issuedDocumentKey } from '#archive';
import { planOf, serviceFor } from '#catalog';
import type { EmployeeRecords } from '#employees';
import type { FileStore } from '#files';
import type { ForceMajeurePeriods } from '#force-majeure/domain/ports';
import { NotFoundError, ValidationError } from '#kernel/domain/errors';
import type { Clock, IdGenerator } from '#kernel/domain/ports';
import { type Actor, hasAnyRole } from '#kernel/domain/roles';
import type { RuntimeSettings } from '#kernel/domain/settings';
import { parseInput } from '#kernel/domain/validation';
import type { DocumentContentType, RequestRecords, ServiceRequest, StageRecord } from '#requests';
import { checkPaperPath, type PaperDecision } from '#requests';

export interface ManualServiceDeps {
  readonly forceMajeure: ForceMajeurePeriods;
  readonly records: RequestRecords;
  readonly employees: EmployeeRecords;
  readonly employeeArchive: EmployeeArchive;
  readonly files: FileStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly settings: RuntimeSettings;
  readonly maxUploadBytes: number;
}

export interface ManualServiceInput {
  readonly forceMajeureId: string;
  readonly applicantNip: string;
  readonly serviceType: string;
  /** What the applicant stated, held to the service's details schema as an on-line request is. */
  readonly details: unknown;
  readonly submittedAt: string;
  /** Each official decision taken on paper, in order: who took it (name and position) and when. */
  readonly stages: ReadonlyArray<PaperDecision & { readonly decidedAt: string }>;
  readonly result: {
    readonly status: 'COMPLETED' | 'REJECTED';
    readonly at: string;
    readonly reason?: string;
  };
  /** The document issued on paper, to be scanned into the applicant's archive. */
  readonly document?: {
    readonly number: string;
    readonly fileName: string;
    readonly contentType: DocumentContentType;
    readonly size: number;
  };
}

function timeline(input: ManualServiceInput): StageRecord[] {
  let openedAt = input.submittedAt;
  return input.stages.map((stage) => {
    const record: StageRecord = {
      stage: stage.stage,
      openedAt,
      closedAt: stage.decidedAt,
      outcome: stage.outcome,
    };
    openedAt = stage.decidedAt;
    return record;
  });
}

function assertWithin(
  period: { from: string; to?: string },
  instants: ReadonlyArray<[string, string]>,
): void {
  for (const [field, instant] of instants) {
    if (instant < period.from || (period.to !== undefined && instant > period.to)) {
      throw new ValidationError(
        'OUTSIDE_FORCE_MAJEURE',
        'Tanggal layanan manual harus berada dalam periode keadaan kahar yang dipilih.',
        field,
      );
    }
  }
}

/**
 * Enters a service handled on paper during force majeure (Kediri Pasal 18), once the period has
 * ended: it appears in the applicant's history and in reports marked manual, each paper decision
 * in its audit trail with who took it and when, and its document (scanned) in their archive.
 */
export async function enterManualService(
  deps: ManualServiceDeps,
  actor: Actor,
  input: ManualServiceInput,
): Promise<{ request: ServiceRequest; document?: ManualDocument; uploadUrl?: string }> {
  const period = await deps.forceMajeure.get(input.forceMajeureId);
  if (!period) {
    throw new NotFoundError('FORCE_MAJEURE_NOT_FOUND', 'Keadaan kahar tidak ditemukan.', 'forceMajeureId');
  }
  if (!period.extension) {
    throw new ValidationError(
      'FORCE_MAJEURE_RUNNING',
      'Layanan manual dicatat setelah keadaan kahar diakhiri.',
      'forceMajeureId',
    );
  }
  assertWithin(period, [
    ['submittedAt', input.submittedAt],
    ...input.stages.map((stage, index): [string, string] => [`stages.${index}.decidedAt`, stage.decidedAt]),
    ['result.at', input.result.at],
  ]);
  const ordered = [input.submittedAt, ...input.stages.map((stage) => stage.decidedAt), input.result.at];
  if (ordered.some((instant, index) => index > 0 && instant < (ordered[index - 1] ?? ''))) {
    throw new ValidationError('OUT_OF_ORDER', 'Tanggal tahap-tahap layanan harus berurutan.', 'stages');
  }
  if (input.result.status === 'REJECTED' && !input.result.reason) {
    throw new ValidationError('REASON_REQUIRED', 'Sebutkan alasan penolakan.', 'result.reason');
  }
  if (input.document && input.document.size > deps.maxUploadBytes) {
    const limit = Math.floor(deps.maxUploadBytes / 1_048_576);
    throw new ValidationError('FILE_TOO_LARGE', `Ukuran berkas melebihi batas ${limit} MB.`, 'document.size');
  }
  const employee = await deps.employees.get(input.applicantNip);
  if (!employee) {
    throw new NotFoundError(
      'EMPLOYEE_NOT_FOUND',
      `Pegawai dengan NIP ${input.applicantNip} tidak ditemukan.`,
      'applicantNip',
    );
  }
  const service = serviceFor(input.serviceType, deps.settings);
  const plan = planOf(service);
  checkPaperPath(plan, input.stages, input.result.status);
  const details = parseInput(service.details, input.details, 'details');
  const now = deps.clock.now().toISOString();
  const id = deps.ids.next();
  const last = input.stages.at(-1);
  const request: ServiceRequest = {
    id,
    serviceType: service.code,
    status: input.result.status,
    applicant: {
      nip: employee.nip,
      name: employee.name,
      unit: employee.unit,
      ...(employee.email && { email: employee.email }),
    },
    createdBy: actor.username,
    details,
    createdAt: now,
    updatedAt: now,
    submittedAt: input.submittedAt,
    ...(input.result.status === 'COMPLETED' && { completedAt: input.result.at }),
    version: 1,
    plan,
    stages: timeline(input),
    manual: { forceMajeureId: period.id, enteredBy: actor.username, enteredAt: now },
    ...(input.result.status === 'REJECTED' && {
      rejection: {
        reason: input.result.reason ?? '',
        stage: last?.stage ?? 'VERIFICATION',
        decidedBy: last?.decidedBy ?? actor.username,
        decidedAt: input.result.at,
        automatic: false,
      },
    }),
  };
  const role = hasAnyRole(actor, ['AGENCY_ADMIN']) ? ('AGENCY_ADMIN' as const) : ('VERIFIER' as const);
  let recorded = await deps.records.create(request, {
    requestId: id,
    at: now,
    actor: { username: actor.username, role },
    occurredAt: input.submittedAt,
    action: 'ENTERED_MANUALLY',
    toStatus: request.status,
    note: `Layanan ditangani secara manual selama keadaan kahar (${period.decree}); diajukan ${input.submittedAt}.`,
  });
  for (const stage of input.stages) {
    recorded = await deps.records.transition(
      recorded,
      {},
      {
        requestId: id,
        at: now,
        actor: { username: actor.username, role },
        occurredAt: stage.decidedAt,
        action: 'DECIDED_MANUALLY',
        stage: stage.stage,
        outcome: stage.outcome,
        note: `Diputuskan di atas kertas oleh ${stage.decidedBy} pada ${stage.decidedAt}.`,
      },
    );
  }
  if (!input.document) return { request: recorded };
  const documentId = deps.ids.next();
  const document: ManualDocument = {
    documentId,
    nip: employee.nip,
    ...(service.archivedAs && { requirementCode: service.archivedAs }),
    title: service.outputName,
    fileName: input.document.fileName,
    contentType: input.document.contentType,
    size: input.document.size,
    sha256: '',
    key: issuedDocumentKey(id, documentId),
    uploadKey: `requests/${id}/manual/${documentId}`,
    archivedAt: input.result.at,
    source: 'MANUAL',
    addedBy: actor.username,
    status: 'AWAITING_UPLOAD',
    requestId: id,
    serviceType: service.code,
    number: input.document.number,
  };
  await deps.employeeArchive.put(document);
  return {
    request: recorded,
    document,
    uploadUrl: await deps.files.uploadUrl(document.uploadKey, document.contentType, document.size),
  };
}
