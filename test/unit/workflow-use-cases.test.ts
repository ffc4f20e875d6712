import { describe, expect, it } from 'vitest';
import type { ArchivedDocument } from '#archive/domain/archive';
import { kgb } from '#catalog/domain/kgb';
import type { ForceMajeure } from '#force-majeure/domain/force-majeure';
import { ConflictError, ForbiddenError, ValidationError } from '#kernel/domain/errors';
import { runtimeSettingsSchema } from '#kernel/domain/settings';
import { ACTORS, EMPLOYEES } from '#kit/fakes';
import { VERIFIED_SALARY } from '#kit/fixtures';
import {
  ACCEPT_KGB,
  awaitingVerification,
  type Context,
  draftWithUploads,
  kgbDraft,
  settings,
  setup,
  upload,
} from '#kit/use-cases';
import { addDocument } from '#requests/use-cases/add-document';
import { decideExtension, requestExtension, resubmitRequest } from '#requests/use-cases/deficiency';
import { readDocument } from '#requests/use-cases/read-document';
import { recordDecision } from '#requests/use-cases/record-decision';
import { escalateOverdue, rejectIncomplete } from '#requests/use-cases/stage-steps';
import { submitRequest } from '#requests/use-cases/submit-request';
import { answerSurvey, downloadOutput, recordPickup } from '#requests/use-cases/survey-and-handover';
import { awaitWait, deliverOwedCalls, openWait } from '#requests/use-cases/task-tokens';
import { assignRequest, claimRequest } from '#requests/use-cases/work-queue';
import { resumedWorkflowInput, resumePointOf } from '#requests/use-cases/workflow-resumption';

describe('submitRequest', () => {
  it('records the submission with its plan and starts the workflow named after the request', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    const { request, deferred } = await submitRequest(context.deps, ACTORS.budi, draft.id);
    expect(deferred).toBeUndefined();
    expect(request).toMatchObject({
      status: 'AWAITING_VERIFICATION',
      plan: { validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'] },
    });
    expect(request.outbox).toBeUndefined();
    expect(context.calls).toEqual([{ call: 'start', name: draft.id }]);
  });

  it('keeps the start it owes when Step Functions is unavailable, and the outbox delivery starts it later', async () => {
    const context = setup();
    context.failures.start = 1;
    const draft = await draftWithUploads(context);
    const { request, deferred } = await submitRequest(context.deps, ACTORS.budi, draft.id);
    expect(deferred).toBeDefined();
    expect(request).toMatchObject({ status: 'AWAITING_VERIFICATION', outbox: { kind: 'START' } });
    context.clock.set('2026-11-23T01:02:00Z');
    expect(await deliverOwedCalls(context.deps)).toMatchObject({
      owed: 1,
      delivered: 1,
      dropped: 0,
      settled: true,
      oldestSince: expect.any(String),
    });
    expect(context.calls).toEqual([{ call: 'start', name: draft.id }]);
    expect((await context.deps.records.get(draft.id))?.outbox).toBeUndefined();
  });

  it('refuses a stored file whose size differs from the registration', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    const [first] = await context.deps.records.listDocuments(draft.id);
    context.stored.set(first?.key ?? '', 999_999);
    await expect(submitRequest(context.deps, ACTORS.budi, draft.id)).rejects.toMatchObject({
      code: 'UPLOAD_MISMATCH',
    });
  });
});

describe('decisions through the outbox', () => {
  it('opens verification with its service level in working days and the timeout the state machine waits', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    await submitRequest(context.deps, ACTORS.budi, draft.id);
    // Monday 08:00 WIB + 3 working days (KGB) → end of Thursday 26 November WIB
    expect(await openWait(context.deps, draft.id, 'VERIFICATION')).toEqual({
      stage: 'VERIFICATION',
      dueAt: '2026-11-26T17:00:00.000Z',
      timeoutSeconds: 316_800,
    });
  });

  it('keeps the deadline of a wait already open (a workflow restarted after a restore), with one audit event', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    context.clock.set('2026-11-24T01:00:00Z');
    expect(await openWait(context.deps, id, 'VERIFICATION')).toEqual({
      stage: 'VERIFICATION',
      dueAt: '2026-11-26T17:00:00.000Z',
      timeoutSeconds: 230_400,
    });
    const opened = context.audit(id).filter((event) => event.action === 'STAGE_OPENED');
    expect(opened).toHaveLength(1);
  });

  it('restarts a restored request where its record stands, without the note or the applicant in the input', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const request = await context.deps.records.get(id);
    if (!request) throw new Error('no request');
    expect(resumePointOf(request)).toBe('VERIFICATION');
    expect(resumedWorkflowInput(request, 'VERIFICATION')).toEqual({
      requestId: id,
      serviceType: 'KGB',
      applicant: { unit: 'DISKOMINFO' },
      plan: request.plan,
      resumeAt: 'VERIFICATION',
    });
    const signed = {
      ...request,
      status: 'AWAITING_SURVEY' as const,
      signature: { mode: 'ELECTRONIC' as const, signedBy: 'penandatangan', signedAt: '2026-11-25T01:00:00Z' },
    };
    expect(resumePointOf(signed)).toBe('ISSUANCE');
    expect(resumedWorkflowInput(signed, 'ISSUANCE')).toMatchObject({
      decision: { stage: 'SIGNING', route: 'ISSUANCE', outcome: 'SIGN', decidedBy: 'penandatangan' },
    });
    expect(resumePointOf({ ...request, status: 'AWAITING_SIGNATURE' })).toBe('SIGNATURE_DRAFT');
    expect(resumePointOf({ ...request, status: 'DEFICIENT' })).toBe('COMPLETION');
    expect(resumePointOf({ ...request, status: 'COMPLETED' })).toBeUndefined();
    expect(
      resumePointOf({ ...request, outbox: { kind: 'START', since: '2026-11-23T01:00:00Z' } }),
    ).toBeUndefined();
  });

  it('records the decision and resumes the waiting workflow with the route', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const { request } = await recordDecision(context.deps, ACTORS.verifier, id, ACCEPT_KGB);
    expect(request).toMatchObject({ status: 'AWAITING_SUPERVISOR_VALIDATION' });
    expect(request.task).toBeUndefined();
    expect(request.outbox).toBeUndefined();
    expect(context.calls.at(-1)).toMatchObject({
      call: 'resume',
      token: 't-verification',
      output: { route: 'SUPERVISOR_VALIDATION', outcome: 'ACCEPT' },
    });
    expect(context.audit(id).at(-1)).toMatchObject({
      action: 'DECIDED',
      actor: { role: 'VERIFIER' },
      toStatus: 'AWAITING_SUPERVISOR_VALIDATION',
    });
  });

  it('fixes the KGB raise on acceptance, the new salary entered by the verifier where the table lacks it', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const before = await context.deps.records.get(id);
    const missing = recordDecision(context.deps, ACTORS.verifier, id, {
      stage: 'VERIFICATION',
      outcome: 'ACCEPT',
    });
    await expect(missing).rejects.toMatchObject({ code: 'NEW_SALARY_REQUIRED', field: 'newBaseSalary' });
    expect(await context.deps.records.get(id)).toEqual(before);
    const { request } = await recordDecision(context.deps, ACTORS.verifier, id, ACCEPT_KGB);
    expect(request.verified?.salaryRaise).toMatchObject({
      rank: 'III/c',
      newTmt: '2026-12-01',
      newWorkingPeriod: { years: 14, months: 0 },
      newBaseSalary: VERIFIED_SALARY,
      salarySource: { kind: 'VERIFIER', enteredBy: 'verifikator' },
    });
  });

  it('refuses a new salary given with any decision but a KGB acceptance', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const deficient = recordDecision(context.deps, ACTORS.verifier, id, {
      stage: 'VERIFICATION',
      outcome: 'DEFICIENT',
      deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Tidak terbaca' }],
      newBaseSalary: VERIFIED_SALARY,
    });
    await expect(deficient).rejects.toMatchObject({
      code: 'NEW_SALARY_NOT_APPLICABLE',
      field: 'newBaseSalary',
    });
  });

  it('keeps a decision the workflow could not take yet, and delivers it when the workflow waits again', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    context.failures.expired = true;
    const { request, deferred } = await recordDecision(context.deps, ACTORS.verifier, id, ACCEPT_KGB);
    expect(deferred).toBeInstanceOf(ConflictError);
    expect(request).toMatchObject({
      status: 'AWAITING_SUPERVISOR_VALIDATION',
      outbox: { kind: 'RESUME', stage: 'VERIFICATION' },
    });
    context.failures.expired = false;
    // The verification's deadline passed meanwhile: escalation leaves the decided request alone…
    await escalateOverdue(context.deps, id, 'VERIFICATION');
    expect(context.audit(id).some((event) => event.action === 'SLA_BREACHED')).toBe(false);
    // …and the overdue wait that follows takes the decision at once.
    expect(await awaitWait(context.deps, id, 'VERIFICATION', 't-overdue')).toBe('RESUMED');
    expect(context.calls.at(-1)).toMatchObject({
      call: 'resume',
      token: 't-overdue',
      output: { route: 'SUPERVISOR_VALIDATION' },
    });
    expect((await context.deps.records.get(id))?.outbox).toBeUndefined();
  });

  it('accepts exactly one of two decisions read from the same version', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const outcomes = await Promise.allSettled([
      recordDecision(context.deps, ACTORS.verifier, id, ACCEPT_KGB),
      recordDecision(context.deps, ACTORS.verifier, id, ACCEPT_KGB),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
      reason: expect.any(ConflictError),
    });
  });

  it('flags an overdue stage and spends its token; the request keeps waiting', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    context.clock.set((await context.deps.records.get(id))?.task?.dueAt ?? '');
    expect(await escalateOverdue(context.deps, id, 'VERIFICATION')).toEqual({
      postponed: false,
      notified: 1,
    });
    const request = await context.deps.records.get(id);
    expect(request?.task).toMatchObject({ stage: 'VERIFICATION', overdue: true });
    expect(request?.task?.token).toBeUndefined();
    expect(request?.status).toBe('AWAITING_VERIFICATION');
  });

  it('escalates once when the step is retried: one breach recorded, the same mail handed over again', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    context.clock.set((await context.deps.records.get(id))?.task?.dueAt ?? '');
    const handedOver: string[] = [];
    const deps = {
      ...context.deps,
      mailer: { send: async (mailId: string) => void handedOver.push(mailId) },
    };
    await escalateOverdue(deps, id, 'VERIFICATION');
    await escalateOverdue(deps, id, 'VERIFICATION');
    expect(context.audit(id).filter((event) => event.action === 'SLA_BREACHED')).toHaveLength(1);
    expect(handedOver).toHaveLength(2);
    expect(new Set(handedOver).size).toBe(1);
  });

  it('waits again instead when the deadline has moved later, or while a force-majeure period runs', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const dueAt = (await context.deps.records.get(id))?.task?.dueAt ?? '';
    context.clock.set(new Date(Date.parse(dueAt) - 3_600_000).toISOString());
    expect(await escalateOverdue(context.deps, id, 'VERIFICATION')).toEqual({
      postponed: true,
      timeoutSeconds: 3600,
    });
    context.clock.set(dueAt);
    context.periods.push({
      id: 'fm-1',
      from: '2026-11-23T00:00:00.000Z',
      decree: 'Keputusan Wali Kota Demo Nomor 360/1/2026',
      declaredBy: 'admin.bkpsdm',
      declaredAt: '2026-11-23T00:00:00.000Z',
    });
    expect(await escalateOverdue(context.deps, id, 'VERIFICATION')).toEqual({
      postponed: true,
      timeoutSeconds: 86_400,
    });
    // Ended, its deadlines not all moved yet: the timer looks again in minutes, never escalates.
    context.periods[0] = { ...(context.periods[0] as ForceMajeure), to: dueAt };
    expect(await escalateOverdue(context.deps, id, 'VERIFICATION')).toEqual({
      postponed: true,
      timeoutSeconds: 300,
    });
    expect((await context.deps.records.get(id))?.task?.overdue).toBe(false);
    // Once the extension is recorded, a deadline still passed escalates.
    context.periods[0] = {
      ...(context.periods[0] as ForceMajeure),
      extension: { workingDays: 0, requests: 0, appliedAt: dueAt },
    };
    expect(await escalateOverdue(context.deps, id, 'VERIFICATION')).toMatchObject({ postponed: false });
  });
});

describe('deficient documents', () => {
  async function deficient(context: Context) {
    const id = await awaitingVerification(context);
    await recordDecision(context.deps, ACTORS.verifier, id, {
      stage: 'VERIFICATION',
      outcome: 'DEFICIENT',
      deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Tidak terbaca' }],
    });
    await openWait(context.deps, id, 'COMPLETION');
    await awaitWait(context.deps, id, 'COMPLETION', 't-completion');
    return id;
  }

  it('gives the applicant the deficiency window in working days', async () => {
    const context = setup();
    const id = await deficient(context);
    expect((await context.deps.records.get(id))?.deficiency?.dueAt).toBe('2026-11-30T17:00:00.000Z');
  });

  it('takes a resubmission only once each deficient document is uploaded again', async () => {
    const context = setup();
    const id = await deficient(context);
    context.clock.set('2026-11-24T01:00:00Z');
    await expect(resubmitRequest(context.deps, ACTORS.budi, id)).rejects.toMatchObject({
      code: 'DEFICIENCIES_OPEN',
    });
    await upload(context, id, 'SK_KGB_TERAKHIR');
    const { request } = await resubmitRequest(context.deps, ACTORS.budi, id);
    expect(request.status).toBe('AWAITING_VERIFICATION');
    expect(context.calls.at(-1)).toMatchObject({
      call: 'resume',
      token: 't-completion',
      output: { route: 'VERIFICATION' },
    });
  });

  it('lets the applicant ask once for more time, and a grant moves the deadline by working days', async () => {
    const context = setup();
    const id = await deficient(context);
    await requestExtension(context.deps, ACTORS.budi, id, { reason: 'Menunggu legalisir', days: 3 });
    await expect(
      requestExtension(context.deps, ACTORS.budi, id, { reason: 'lagi', days: 3 }),
    ).rejects.toMatchObject({
      code: 'EXTENSION_ALREADY_REQUESTED',
    });
    await expect(decideExtension(context.deps, ACTORS.budi, id, { grant: true })).rejects.toThrow(
      ForbiddenError,
    );
    const { request } = await decideExtension(context.deps, ACTORS.verifier, id, { grant: true });
    // Monday 30 November was the last day; three more working days end on Thursday 3 December.
    expect(request.deficiency?.dueAt).toBe('2026-12-03T17:00:00.000Z');
    expect(context.calls.at(-1)).toMatchObject({
      call: 'resume',
      output: { route: 'EXTENSION', outcome: 'GRANT' },
    });
  });

  it('rejects automatically when the window passes, unless the resubmission came in at the last moment', async () => {
    const context = setup();
    const id = await deficient(context);
    context.clock.set((await context.deps.records.get(id))?.deficiency?.dueAt ?? '');
    expect(await rejectIncomplete(context.deps, id)).toEqual({ outcome: 'REJECTED' });
    expect(await context.deps.records.get(id)).toMatchObject({
      status: 'REJECTED',
      rejection: { automatic: true, stage: 'COMPLETION' },
    });

    const late = setup();
    const lateId = await deficient(late);
    late.clock.set('2026-11-30T16:59:00Z');
    await upload(late, lateId, 'SK_KGB_TERAKHIR');
    late.failures.expired = true;
    await resubmitRequest(late.deps, ACTORS.budi, lateId);
    expect(await rejectIncomplete(late.deps, lateId)).toEqual({ outcome: 'RESUBMITTED' });
    expect(await late.deps.records.get(lateId)).toMatchObject({ status: 'AWAITING_VERIFICATION' });
  });
});

describe('survey, output and handover', () => {
  async function issued(context: Context, handoverMode: 'ELECTRONIC' | 'PHYSICAL' = 'ELECTRONIC') {
    const id = await awaitingVerification(context);
    const request = await context.deps.records.get(id);
    if (!request) throw new Error('missing');
    await context.deps.records.transition(
      request,
      {
        status: 'AWAITING_SURVEY',
        task: { stage: 'SURVEY', openedAt: 'x', overdue: false, token: 't-survey' },
        plan: { validationTiers: [], signatureMode: 'ELECTRONIC', handoverMode },
        output: {
          documentId: 'doc-1',
          kind: 'ISSUED',
          key: 'documents/x.pdf',
          contentType: 'application/pdf',
          size: 1,
          sha256: 'abc',
          createdAt: 'x',
        },
      },
      undefined,
    );
    return id;
  }

  it('keeps the document locked until the applicant answers the survey', async () => {
    const context = setup();
    const id = await issued(context);
    await expect(downloadOutput(context.deps, ACTORS.budi, id)).rejects.toMatchObject({
      code: 'SURVEY_REQUIRED',
      kind: 'forbidden',
    });
    await expect(
      answerSurvey(context.deps, ACTORS.unitAdmin, id, { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] }),
    ).rejects.toThrow(ForbiddenError);
    const { request } = await answerSurvey(context.deps, ACTORS.budi, id, {
      scores: [4, 3, 4, 4, 3, 4, 4, 3, 4],
      comment: 'Cepat',
    });
    expect(request.status).toBe('READY_FOR_HANDOVER');
    expect(context.calls.at(-1)).toMatchObject({ token: 't-survey', output: { route: 'HANDOVER' } });
  });

  it('completes an electronic handover at the applicant’s first download', async () => {
    const context = setup();
    const id = await issued(context);
    await answerSurvey(context.deps, ACTORS.budi, id, { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
    await openWait(context.deps, id, 'HANDOVER');
    await awaitWait(context.deps, id, 'HANDOVER', 't-handover');
    const { downloadUrl, output } = await downloadOutput(context.deps, ACTORS.budi, id);
    expect(downloadUrl).toBe('https://archive.example/documents/x.pdf');
    expect(output.sha256).toBe('abc');
    expect(await context.deps.records.get(id)).toMatchObject({
      status: 'COMPLETED',
      handover: { mode: 'ELECTRONIC', by: 'asn.demo' },
    });
    expect(context.calls.at(-1)).toMatchObject({ token: 't-handover', output: { route: 'COMPLETE' } });
  });

  it('has staff record a physical pickup, and refuses an electronic download of a physical-only document', async () => {
    const context = setup();
    const id = await issued(context, 'PHYSICAL');
    await answerSurvey(context.deps, ACTORS.budi, id, { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
    await expect(downloadOutput(context.deps, ACTORS.budi, id)).rejects.toMatchObject({
      code: 'PHYSICAL_HANDOVER',
    });
    await expect(recordPickup(context.deps, ACTORS.budi, id, { recipientName: 'Budi' })).rejects.toThrow(
      ForbiddenError,
    );
    // Until the workflow has opened the handover, staff are asked to wait: nothing changes.
    await expect(
      recordPickup(context.deps, ACTORS.verifier, id, { recipientName: 'Budi Santoso' }),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'PROCESSING' });
    await openWait(context.deps, id, 'HANDOVER');
    const { request } = await recordPickup(context.deps, ACTORS.verifier, id, {
      recipientName: 'Budi Santoso',
    });
    expect(request).toMatchObject({
      status: 'COMPLETED',
      handover: { mode: 'PHYSICAL', recipientName: 'Budi Santoso' },
    });
    // Handed over, the document is the holder's to download.
    await expect(downloadOutput(context.deps, ACTORS.budi, id)).resolves.toMatchObject({
      output: { documentId: 'doc-1' },
    });
  });
});

describe('work queues', () => {
  it('lets an official claim a request others then see as held, and a supervisor assign it', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const other = { username: 'verifikator.2', roles: ['VERIFIER'] } as const;
    const claimed = await claimRequest(context.deps, { ...ACTORS.verifier, name: 'Dewi' }, id);
    expect(claimed.claim).toMatchObject({ username: 'verifikator', name: 'Dewi' });
    await expect(claimRequest(context.deps, other, id)).rejects.toThrow(/Dewi/);
    await expect(
      recordDecision(context.deps, other, id, { stage: 'VERIFICATION', outcome: 'ACCEPT' }),
    ).rejects.toMatchObject({
      code: 'CLAIMED_BY_OTHER',
    });
    const accounts = {
      get: async (username: string) =>
        username === 'verifikator.2' ? { username, name: 'Rina', roles: ['VERIFIER' as const] } : undefined,
      listByRole: async () => [],
      put: async () => undefined,
    };
    await expect(
      assignRequest({ ...context.deps, accounts }, ACTORS.verifier, id, 'verifikator.2'),
    ).rejects.toThrow(ForbiddenError);
    const assigned = await assignRequest(
      { ...context.deps, accounts },
      ACTORS.supervisor,
      id,
      'verifikator.2',
    );
    expect(assigned.claim).toMatchObject({ username: 'verifikator.2', name: 'Rina', assignedBy: 'pengawas' });
    await expect(
      assignRequest({ ...context.deps, accounts }, ACTORS.supervisor, id, 'nobody'),
    ).rejects.toThrow(/tidak ditemukan/);
  });

  it('refuses to claim a request that waits on nobody in a queue, and hides a draft from the verifier', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    await expect(claimRequest(context.deps, ACTORS.verifier, draft.id)).rejects.toMatchObject({
      kind: 'not-found',
      code: 'REQUEST_NOT_FOUND',
    });
    await submitRequest(context.deps, ACTORS.budi, draft.id);
    await expect(claimRequest(context.deps, ACTORS.verifier, draft.id)).rejects.toMatchObject({
      code: 'NOT_IN_QUEUE',
    });
    await expect(claimRequest(context.deps, ACTORS.verifier, draft.id)).rejects.toThrow(ConflictError);
  });
});

/** Budi's KGB letter of 2024, as issuance enters it in his archive. */
const ARCHIVED_KGB: ArchivedDocument = {
  documentId: '11111111-1111-4111-8111-111111111111',
  nip: EMPLOYEES.budi.nip,
  requirementCode: 'SK_KGB_TERAKHIR',
  title: kgb.outputName,
  fileName: `KGB-${EMPLOYEES.budi.nip}.pdf`,
  contentType: 'application/pdf',
  size: 2048,
  sha256: 'a'.repeat(64),
  key: 'documents/earlier/kgb.pdf',
  source: 'ISSUED',
  kind: 'ISSUED',
  requestId: '22222222-2222-4222-8222-222222222222',
  serviceType: 'KGB',
  number: '800/101/BKPSDM/2024',
  archivedAt: '2024-11-20T03:00:00.000Z',
  signature: {
    mode: 'ELECTRONIC',
    sha256: 'a'.repeat(64),
    algorithm: 'ECDSA_SHA_256',
    keyId: 'local-test',
    value: 'MEUCIQ==',
    signedAt: '2024-11-20T03:00:00.000Z',
    signer: { name: 'Drs. Bambang Sutrisno', position: 'Kepala BKPSDM' },
  },
};

describe('document registration', () => {
  it('takes a requirement from the applicant’s archive, complete at once, and shows it to the verifier', async () => {
    const context = setup();
    await context.deps.employeeArchive.put(ARCHIVED_KGB);
    const request = await kgbDraft(context);
    const { document, uploadUrl } = await addDocument(context.deps, ACTORS.budi, request.id, {
      requirementCode: 'SK_KGB_TERAKHIR',
      archiveDocumentId: ARCHIVED_KGB.documentId,
    });
    expect(uploadUrl).toBeUndefined();
    expect(document).toMatchObject({
      status: 'UPLOADED',
      archiveDocumentId: ARCHIVED_KGB.documentId,
      key: ARCHIVED_KGB.key,
      sha256: ARCHIVED_KGB.sha256,
    });
    await expect(readDocument(context.deps, ACTORS.verifier, request.id, document.id)).rejects.toMatchObject({
      code: 'REQUEST_NOT_FOUND',
    });
    for (const requirement of kgb.requirements.filter(
      (item) => item.required && item.code !== 'SK_KGB_TERAKHIR',
    ))
      await upload(context, request.id, requirement.code);
    await submitRequest(context.deps, ACTORS.budi, request.id);
    const { downloadUrl } = await readDocument(context.deps, ACTORS.verifier, request.id, document.id);
    expect(downloadUrl).toBe(`https://archive.example/${ARCHIVED_KGB.key}`);
  });

  it('refuses another employee’s archive as if the document did not exist, and a requirement not taken from archives', async () => {
    const context = setup();
    await context.deps.employeeArchive.put({ ...ARCHIVED_KGB, nip: EMPLOYEES.siti.nip });
    const request = await kgbDraft(context);
    await expect(
      addDocument(context.deps, ACTORS.budi, request.id, {
        requirementCode: 'SK_KGB_TERAKHIR',
        archiveDocumentId: ARCHIVED_KGB.documentId,
      }),
    ).rejects.toMatchObject({ code: 'ARCHIVE_DOCUMENT_NOT_FOUND', field: 'archiveDocumentId' });
    await expect(
      addDocument(context.deps, ACTORS.budi, request.id, {
        requirementCode: 'SURAT_PENGANTAR',
        archiveDocumentId: ARCHIVED_KGB.documentId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FROM_ARCHIVE', field: 'requirementCode' });
  });

  it('refuses an archived document offered for a requirement it is not', async () => {
    const context = setup();
    await context.deps.employeeArchive.put(ARCHIVED_KGB);
    const request = await kgbDraft(context);
    await expect(
      addDocument(context.deps, ACTORS.budi, request.id, {
        requirementCode: 'SK_PANGKAT_TERAKHIR',
        archiveDocumentId: ARCHIVED_KGB.documentId,
      }),
    ).rejects.toMatchObject({ code: 'ARCHIVE_DOCUMENT_MISMATCH' });
  });

  it('follows the agency’s requirement overrides', async () => {
    const context = setup();
    const strict = runtimeSettingsSchema.parse({
      ...settings,
      catalogOverrides: {
        KGB: {
          requirements: [
            { code: 'SK_KGB_TERAKHIR', name: 'SK KGB terakhir', required: true, fromArchive: false },
          ],
        },
      },
    });
    const request = await kgbDraft(context);
    const deps = { ...context.deps, settings: strict };
    await context.deps.employeeArchive.put(ARCHIVED_KGB);
    await expect(
      addDocument(deps, ACTORS.budi, request.id, {
        requirementCode: 'SK_KGB_TERAKHIR',
        archiveDocumentId: ARCHIVED_KGB.documentId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FROM_ARCHIVE' });
    await expect(
      addDocument(deps, ACTORS.budi, request.id, {
        requirementCode: 'PENILAIAN_KINERJA',
        fileName: 'skp.pdf',
        contentType: 'application/pdf',
        size: 1000,
      }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_REQUIREMENT' });
  });

  it('refuses a document larger than the agency’s limit', async () => {
    const context = setup();
    const request = await kgbDraft(context);
    await expect(
      addDocument(context.deps, ACTORS.budi, request.id, {
        requirementCode: 'SK_KGB_TERAKHIR',
        fileName: 'besar.pdf',
        contentType: 'application/pdf',
        size: 11 * 1_048_576,
      }),
    ).rejects.toThrow(ValidationError);
  });
});
