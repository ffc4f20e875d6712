import type { ArchiveStore } from '#archive/domain/ports';
import { kgb } from '#catalog/domain/kgb';
import type { SigningAuthorities } from '#documents/domain/ports';
import type { FileStore } from '#files/domain/ports';
import type { ForceMajeure } from '#force-majeure/domain/force-majeure';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import type { SurveyAnswer, SurveyRecords } from '#requests/domain/ports';
import { addDocument } from '#requests/use-cases/add-document';
import { createRequest } from '#requests/use-cases/create-request';
import { submitRequest } from '#requests/use-cases/submit-request';
import { awaitWait, openWait } from '#requests/use-cases/task-tokens';
import {
  ACTORS,
  EMPLOYEES,
  memoryArchive,
  memoryEmployees,
  memoryForceMajeure,
  memoryRecords,
  recordingWorkflow,
  sequentialIds,
  testClock,
} from './fakes';
import { VERIFIED_SALARY } from './fixtures';

/**
 * The use cases' world in memory for unit tests: records, files, workflow calls, the clock,
 * force-majeure periods, Budi and Siti's master data and the demo agency's settings. A Monday,
 * 23 November 2026, 08:00 WIB.
 */
/** A verifier accepting a KGB request, entering the new salary the demo table lacks. */
export const ACCEPT_KGB = {
  stage: 'VERIFICATION',
  outcome: 'ACCEPT',
  newBaseSalary: VERIFIED_SALARY,
} as const;

/** The demo agency's settings, as the functions read them. */
export const settings = runtimeSettingsOf(loadAgencyConfig('demo'));

export function setup() {
  const clock = testClock('2026-11-23T01:00:00Z');
  const { records, audit } = memoryRecords(clock);
  const { workflow, calls, failures } = recordingWorkflow();
  const stored = new Map<string, number>();
  const files: FileStore = {
    uploadUrl: async (key) => `https://uploads.example/${key}`,
    downloadUrl: async (key) => `https://uploads.example/${key}`,
    head: async (key) => (stored.has(key) ? { size: stored.get(key) ?? 0 } : undefined),
    // Stored files are PDFs of the registered size, as their content shows.
    read: async (key) => {
      const body = new Uint8Array(stored.get(key) ?? 0);
      body.set(Buffer.from('%PDF-1.7'));
      return body;
    },
    put: async (key, body) => {
      stored.set(key, body.length);
    },
  };
  const surveys: SurveyAnswer[] = [];
  const periods: ForceMajeure[] = [];
  const surveyRecords: SurveyRecords = {
    save: async (answer) => {
      surveys.push(answer);
      return true;
    },
    get: async (id) => surveys.find((answer) => answer.requestId === id),
    listAnsweredBetween: async (from, to) =>
      surveys.filter((answer) => from <= answer.answeredAt && answer.answeredAt < to),
  };
  const archive: ArchiveStore = {
    put: async () => ({ sha256: 'x', size: 1 }),
    downloadUrl: async (key) => `https://archive.example/${key}`,
  };
  const authorities: SigningAuthorities = {
    forService: async () => [],
    put: async () => undefined,
    remove: async () => false,
  };
  const deps = {
    records,
    employees: memoryEmployees(Object.values(EMPLOYEES)),
    files,
    workflow,
    clock,
    ids: sequentialIds('00000000-0000-4000-8000-00000000000'),
    settings,
    maxUploadBytes: 10 * 1_048_576,
    authorities,
    surveys: surveyRecords,
    archive,
    employeeArchive: memoryArchive(),
    forceMajeure: memoryForceMajeure(periods),
    accounts: { get: async () => undefined, listByRole: async () => [], put: async () => undefined },
    mailer: { send: async () => undefined },
  };
  return { deps, audit, stored, calls, failures, clock, periods };
}

export type Context = ReturnType<typeof setup>;

export async function upload(context: Context, requestId: string, code: string) {
  const { document } = await addDocument(context.deps, ACTORS.budi, requestId, {
    requirementCode: code,
    fileName: `${code}.pdf`,
    contentType: 'application/pdf',
    size: 1000,
  });
  context.stored.set(document.key, 1000);
  return document;
}

export function kgbDraft(context: Context) {
  return createRequest(context.deps, ACTORS.budi, { serviceType: 'KGB', details: kgb.detailsExample });
}

export async function draftWithUploads(context: Context) {
  const request = await kgbDraft(context);
  for (const requirement of kgb.requirements.filter((item) => item.required))
    await upload(context, request.id, requirement.code);
  return request;
}

/** Submitted, with verification opened and the workflow waiting (token `t-verification`). */
export async function awaitingVerification(context: Context) {
  const draft = await draftWithUploads(context);
  await submitRequest(context.deps, ACTORS.budi, draft.id);
  await openWait(context.deps, draft.id, 'VERIFICATION');
  await awaitWait(context.deps, draft.id, 'VERIFICATION', 't-verification');
  return draft.id;
}
