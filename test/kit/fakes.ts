import type { ArchivedDocument, IssuedDocument } from '#archive/domain/archive';
import type { EmployeeArchive } from '#archive/domain/ports';
import type { SigningLedger, SigningRecord } from '#documents/domain/ports';
import type { Employee } from '#employees/domain/employee';
import type { EmployeeRecords } from '#employees/domain/ports';
import type { ForceMajeure } from '#force-majeure/domain/force-majeure';
import type { ForceMajeurePeriods } from '#force-majeure/domain/ports';
import { ConflictError } from '#kernel/domain/errors';
import { requireSameInput } from '#kernel/domain/idempotency';
import type { Clock } from '#kernel/domain/ports';
import type { Actor } from '#kernel/domain/roles';
import { type AuditLink, sealEvent } from '#requests/domain/audit-chain';
import type { RequestRecords, Workflow } from '#requests/domain/ports';
import {
  type AuditEvent,
  applyChange,
  OpenRequestExistsError,
  type RequestDocument,
  type ResumeOutput,
  type ServiceRequest,
  TERMINAL_STATUSES,
} from '#requests/domain/request';

/** A clock that reads what the test sets. */
export function testClock(iso: string) {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next: string) => {
      now = new Date(next);
    },
  } satisfies Clock & { set(next: string): void };
}

export function sequentialIds(prefix = 'id') {
  let next = 0;
  return { next: () => `${prefix}-${++next}` };
}

/**
 * In-memory request records with the adapter's rules: writes conditional on the version read,
 * audit appended with each change and sealed onto the request's chain, idempotent creates.
 */
export function memoryRecords(clock: Clock) {
  const requests = new Map<string, ServiceRequest>();
  const documents = new Map<string, RequestDocument[]>();
  const chains = new Map<string, AuditLink[]>();
  const idempotency = new Map<string, { id: string; fingerprint: string }>();
  const slots = new Map<string, string>();
  const counters = new Map<string, number>();
  const all = () => [...requests.values()];
  const audit = (id: string): AuditEvent[] => (chains.get(id) ?? []).map((link) => link.event);
  /** Seals `event` at `request.version` onto its chain; the request with the new head. */
  const append = (request: ServiceRequest, event: AuditEvent): ServiceRequest => {
    const seal = sealEvent(event, request.version, request.auditHead);
    chains.set(request.id, [...(chains.get(request.id) ?? []), { version: request.version, event, ...seal }]);
    return { ...request, auditHead: seal.hash };
  };
  const records: RequestRecords = {
    async create(request, event, key) {
      const existing = key && idempotency.get(key.key);
      if (existing) {
        requireSameInput(existing.fingerprint, key.fingerprint);
        return requests.get(existing.id) as ServiceRequest;
      }
      const holder = request.openSlot && slots.get(request.openSlot);
      if (holder) throw new OpenRequestExistsError(holder);
      if (request.openSlot) slots.set(request.openSlot, request.id);
      const stored = append(request, event);
      requests.set(request.id, stored);
      if (key) idempotency.set(key.key, { id: request.id, fingerprint: key.fingerprint });
      return stored;
    },
    async get(id) {
      return requests.get(id);
    },
    async transition(request, change, event) {
      const current = requests.get(request.id);
      if (!current || current.version !== request.version)
        throw new ConflictError('CONCURRENT_UPDATE', 'stale');
      const changed = applyChange(current, change, clock.now());
      const next = event ? append(changed, event) : changed;
      requests.set(request.id, next);
      if (next.openSlot && TERMINAL_STATUSES.has(next.status)) slots.delete(next.openSlot);
      return next;
    },
    async numberDocument(request, series, year, change) {
      const counter = `${series}#${year}`;
      const sequence = (counters.get(counter) ?? 0) + 1;
      const next = await this.transition(request, change(sequence), undefined);
      counters.set(counter, sequence);
      return next;
    },
    async listByApplicant(nip, query) {
      return {
        items: all().filter(
          (request) => request.applicant.nip === nip && (!query.status || request.status === query.status),
        ),
      };
    },
    async listByUnit(unit, query) {
      return {
        items: all().filter(
          (request) => request.applicant.unit === unit && (!query.status || request.status === query.status),
        ),
      };
    },
    async listAll(query) {
      return { items: all().filter((request) => !query.status || request.status === query.status) };
    },
    async listQueue(status) {
      return {
        items: all().filter((request) => request.status === status && request.task && !request.outbox),
      };
    },
    async listSubmittedBetween(from, to) {
      return all().filter(
        (request) =>
          request.submittedAt !== undefined && from <= request.submittedAt && request.submittedAt < to,
      );
    },
    async listOutbox(before) {
      return all().filter((request) => request.outbox && request.outbox.since < before);
    },
    async putDocument(document) {
      const list = (documents.get(document.requestId) ?? []).filter((item) => item.id !== document.id);
      documents.set(document.requestId, [...list, document]);
    },
    async listDocuments(requestId) {
      return documents.get(requestId) ?? [];
    },
    async listAudit(requestId) {
      return audit(requestId);
    },
    async listAuditChain(requestId) {
      return chains.get(requestId) ?? [];
    },
  };
  return { records, audit };
}

export function memoryEmployees(employees: readonly Employee[]): EmployeeRecords {
  const byNip = new Map(employees.map((employee) => [employee.nip, employee]));
  return {
    async get(nip) {
      return byNip.get(nip);
    },
    async getMany(nips) {
      return nips.flatMap((nip) => byNip.get(nip) ?? []);
    },
    async put(employee) {
      byNip.set(employee.nip, employee);
    },
    async putMany(list) {
      for (const employee of list) byNip.set(employee.nip, employee);
    },
    async listByUnit(unit) {
      return { items: [...byNip.values()].filter((employee) => employee.unit === unit) };
    },
  };
}

export function memoryArchive(): EmployeeArchive {
  const entries = new Map<string, ArchivedDocument>();
  return {
    async put(document) {
      entries.set(document.documentId, document);
    },
    async get(documentId) {
      return entries.get(documentId);
    },
    async findIssued(sha256) {
      return [...entries.values()].find(
        (document): document is IssuedDocument => document.source === 'ISSUED' && document.sha256 === sha256,
      );
    },
    async revoke(documentId, revocation) {
      const document = entries.get(documentId);
      if (document?.source !== 'ISSUED' || document.revocation) return false;
      entries.set(documentId, { ...document, revocation });
      return true;
    },
    async list(nip) {
      const items = [...entries.values()].filter((document) => document.nip === nip);
      return { items: items.sort((a, b) => b.archivedAt.localeCompare(a.archivedAt)) };
    },
  };
}

export function memoryForceMajeure(periods: ForceMajeure[] = []): ForceMajeurePeriods {
  return {
    async put(period) {
      const index = periods.findIndex((item) => item.id === period.id);
      if (index >= 0) periods[index] = period;
      else periods.push(period);
    },
    async get(id) {
      return periods.find((period) => period.id === id);
    },
    async remove(id) {
      const index = periods.findIndex((period) => period.id === id);
      if (index >= 0) periods.splice(index, 1);
    },
    async list() {
      return [...periods];
    },
  };
}

/** The signing ledger in memory, with the adapter's rule: the first attempt creates the record. */
export function memoryLedger() {
  const records = new Map<string, SigningRecord>();
  const ledger: SigningLedger = {
    async begin(sha256, reference, at) {
      const existing = records.get(sha256);
      if (existing) return { record: existing, created: false };
      const record: SigningRecord = { sha256, reference, status: 'PENDING', startedAt: at };
      records.set(sha256, record);
      return { record, created: true };
    },
    async complete(record) {
      records.set(record.sha256, record);
    },
    async get(sha256) {
      return records.get(sha256);
    },
  };
  return { ledger, records };
}

/** A workflow that records what it was asked, and fails when told to. */
export function recordingWorkflow() {
  const calls: Array<{ call: 'start' | 'resume'; name?: string; token?: string; output?: ResumeOutput }> = [];
  const failures = { start: 0, resume: 0, expired: false };
  const workflow: Pick<Workflow, 'start' | 'resume'> = {
    async start(name) {
      if (failures.start-- > 0) throw Object.assign(new Error('unavailable'), { name: 'ServiceUnavailable' });
      calls.push({ call: 'start', name });
      return `arn:execution:${name}`;
    },
    async resume(token, output) {
      if (failures.expired) throw new ConflictError('TASK_EXPIRED', 'expired');
      if (failures.resume-- > 0)
        throw Object.assign(new Error('unavailable'), { name: 'ServiceUnavailable' });
      calls.push({ call: 'resume', token, output });
    },
  };
  return { workflow, calls, failures };
}

export const EMPLOYEES = {
  budi: {
    nip: '199003152015031002',
    name: 'Budi Santoso',
    employeeType: 'PNS',
    unit: 'DISKOMINFO',
    unitName: 'Dinas Kominfo',
    rank: { code: 'III/c', tmt: '2023-10-01' },
    email: 'budi@example.go.id',
  },
  siti: {
    nip: '198807222012122001',
    name: 'Siti Rahmawati',
    employeeType: 'PNS',
    unit: 'DINKES',
    unitName: 'Dinas Kesehatan',
    rank: { code: 'III/c', tmt: '2020-04-01' },
  },
} as const satisfies Record<string, Employee>;

export const ACTORS = {
  budi: { username: 'asn.demo', roles: ['ASN'], nip: EMPLOYEES.budi.nip, unit: 'DISKOMINFO' },
  siti: { username: 'asn.lain', roles: ['ASN'], nip: EMPLOYEES.siti.nip, unit: 'DINKES' },
  unitAdmin: { username: 'admin.unit', roles: ['UNIT_ADMIN'], nip: '198501102010011003', unit: 'DISKOMINFO' },
  verifier: { username: 'verifikator', roles: ['VERIFIER'], unit: 'BKPSDM' },
  supervisor: { username: 'pengawas', roles: ['SUPERVISOR'], unit: 'BKPSDM' },
  auditor: { username: 'auditor', roles: ['AUDITOR'], unit: 'INSPEKTORAT' },
  agencyAdmin: { username: 'admin.bkpsdm', roles: ['AGENCY_ADMIN'], unit: 'BKPSDM' },
} as const satisfies Record<string, Actor>;
