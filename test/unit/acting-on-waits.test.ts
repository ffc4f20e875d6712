import { describe, expect, it } from 'vitest';
import { ConflictError } from '#kernel/domain/errors';
import type { Stage } from '#kernel/domain/stages';
import { ACTORS, EMPLOYEES } from '#kit/fakes';
import {
  ACCEPT_KGB,
  awaitingVerification,
  type Context,
  draftWithUploads,
  kgbDraft,
  setup,
  upload,
} from '#kit/use-cases';
import { checkPaperPath, type Outcome } from '#requests/domain/lifecycle';
import { isProcessing, type ServiceRequest } from '#requests/domain/request';
import { addDocument } from '#requests/use-cases/add-document';
import { createRequest } from '#requests/use-cases/create-request';
import { decideExtension, requestExtension, resubmitRequest } from '#requests/use-cases/deficiency';
import { recordDecision } from '#requests/use-cases/record-decision';
import { escalateOverdue, rejectIncomplete } from '#requests/use-cases/stage-steps';
import { submitRequest } from '#requests/use-cases/submit-request';
import { answerSurvey } from '#requests/use-cases/survey-and-handover';
import { awaitWait, openWait } from '#requests/use-cases/task-tokens';

async function read(context: Context, id: string): Promise<ServiceRequest> {
  const request = await context.deps.records.get(id);
  if (!request) throw new Error(`no request ${id}`);
  return request;
}

describe('a person’s act before the workflow opens the wait', () => {
  it('is refused with 409 PROCESSING and changes nothing; once opened it is taken and kept for the callback', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    await submitRequest(context.deps, ACTORS.budi, draft.id);
    const before = await read(context, draft.id);
    expect(isProcessing(before)).toBe(true);
    await expect(recordDecision(context.deps, ACTORS.verifier, draft.id, ACCEPT_KGB)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'PROCESSING',
    });
    expect((await read(context, draft.id)).version).toBe(before.version);

    // Opened, the callback not yet recorded: the decision is taken and waits in the outbox…
    await openWait(context.deps, draft.id, 'VERIFICATION');
    expect(isProcessing(await read(context, draft.id))).toBe(true);
    const { request } = await recordDecision(context.deps, ACTORS.verifier, draft.id, ACCEPT_KGB);
    expect(request.outbox).toMatchObject({ kind: 'RESUME', stage: 'VERIFICATION' });
    // …and the workflow takes it the moment it starts waiting.
    expect(await awaitWait(context.deps, draft.id, 'VERIFICATION', 't-1')).toBe('RESUMED');
    expect(context.calls.at(-1)).toMatchObject({ call: 'resume', token: 't-1' });
  });

  it('shows processing until the wait the status names is open with its callback', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    expect(isProcessing(await read(context, id))).toBe(false);
    await recordDecision(context.deps, ACTORS.verifier, id, ACCEPT_KGB);
    const accepted = await read(context, id);
    expect(accepted.status).toBe('AWAITING_SUPERVISOR_VALIDATION');
    expect(isProcessing(accepted)).toBe(true);
    await openWait(context.deps, id, 'SUPERVISOR_VALIDATION');
    await awaitWait(context.deps, id, 'SUPERVISOR_VALIDATION', 't-2');
    expect(isProcessing(await read(context, id))).toBe(false);
  });

  it('refuses the survey until the workflow has issued the document and opened it', async () => {
    const context = setup();
    const id = await awaitingVerification(context);
    const request = await read(context, id);
    await context.deps.records.transition(request, { status: 'AWAITING_SURVEY', task: null }, undefined);
    await expect(
      answerSurvey(context.deps, ACTORS.budi, id, { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] }),
    ).rejects.toMatchObject({ code: 'PROCESSING' });
    await openWait(context.deps, id, 'SURVEY');
    const { request: answered } = await answerSurvey(context.deps, ACTORS.budi, id, {
      scores: [4, 4, 4, 4, 4, 4, 4, 4, 4],
    });
    expect(answered.status).toBe('READY_FOR_HANDOVER');
  });

  it('retries a decision that met a system write (the workflow recording its token) instead of failing it', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    await submitRequest(context.deps, ACTORS.budi, draft.id);
    await openWait(context.deps, draft.id, 'VERIFICATION');
    const records = context.deps.records;
    let raced = false;
    const racing = {
      ...records,
      // The first time the decision writes, the workflow's callback lands just before it.
      async transition(...args: Parameters<typeof records.transition>) {
        if (!raced && args[2]?.action === 'DECIDED') {
          raced = true;
          await awaitWait(context.deps, draft.id, 'VERIFICATION', 't-raced');
        }
        return records.transition(...args);
      },
    };
    const { request } = await recordDecision(
      { ...context.deps, records: racing },
      ACTORS.verifier,
      draft.id,
      ACCEPT_KGB,
    );
    expect(raced).toBe(true);
    expect(request.status).toBe('AWAITING_SUPERVISOR_VALIDATION');
    expect(context.calls.at(-1)).toMatchObject({ call: 'resume', token: 't-raced' });
  });
});

describe('the deficiency deadline held without the timer (Kediri Pasal 9(2))', () => {
  async function deficient(context: Context) {
    const id = await awaitingVerification(context);
    await recordDecision(context.deps, ACTORS.verifier, id, {
      stage: 'VERIFICATION',
      outcome: 'DEFICIENT',
      deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Tidak terbaca' }],
    });
    await openWait(context.deps, id, 'COMPLETION');
    await awaitWait(context.deps, id, 'COMPLETION', 't-completion');
    const dueAt = (await read(context, id)).deficiency?.dueAt ?? '';
    return { id, dueAt };
  }
  const at = (dueAt: string, ms: number) => new Date(Date.parse(dueAt) + ms).toISOString();

  it('takes an extension request up to the last moment of the window', async () => {
    const context = setup();
    const { id, dueAt } = await deficient(context);
    context.clock.set(at(dueAt, -1));
    const asked = await requestExtension(context.deps, ACTORS.budi, id, { reason: 'Arsip dicari', days: 2 });
    expect(asked.deficiency?.extension?.requestedDays).toBe(2);
  });

  it.each([
    ['a resubmission', (context: Context, id: string) => resubmitRequest(context.deps, ACTORS.budi, id)],
    [
      'an extension request',
      (context: Context, id: string) =>
        requestExtension(context.deps, ACTORS.budi, id, { reason: 'Arsip dicari', days: 2 }),
    ],
    [
      'a new document',
      (context: Context, id: string) =>
        addDocument(context.deps, ACTORS.budi, id, {
          requirementCode: 'SK_KGB_TERAKHIR',
          fileName: 'sk.pdf',
          contentType: 'application/pdf',
          size: 1000,
        }),
    ],
  ])(
    'refuses %s at the deadline with DEFICIENCY_EXPIRED and rejects the request as the timer would',
    async (_act, act) => {
      const context = setup();
      const { id, dueAt } = await deficient(context);
      context.clock.set(dueAt);
      await expect(act(context, id)).rejects.toMatchObject({
        kind: 'conflict',
        code: 'DEFICIENCY_EXPIRED',
        message: expect.stringContaining('Pasal 9 ayat (2)'),
      });
      const rejected = await read(context, id);
      expect(rejected).toMatchObject({
        status: 'REJECTED',
        rejection: { stage: 'COMPLETION', automatic: true, decidedBy: 'system' },
      });
      expect(context.calls.at(-1)).toMatchObject({
        call: 'resume',
        token: 't-completion',
        output: { route: 'REJECTION', outcome: 'EXPIRED' },
      });
      // Acting again is refused the same way, and the rejection stands.
      await expect(act(context, id)).rejects.toMatchObject({ code: 'DEFICIENCY_EXPIRED' });
      expect(context.audit(id).filter((event) => event.action === 'REJECTED_AUTOMATICALLY')).toHaveLength(1);
    },
  );

  it('leaves the rejection the API made to the timer that fires after it, which only clears what is owed', async () => {
    const context = setup();
    const { id, dueAt } = await deficient(context);
    context.failures.expired = true;
    context.clock.set(at(dueAt, 1));
    await expect(resubmitRequest(context.deps, ACTORS.budi, id)).rejects.toMatchObject({
      code: 'DEFICIENCY_EXPIRED',
    });
    expect(await rejectIncomplete(context.deps, id)).toEqual({ outcome: 'REJECTED' });
    expect((await read(context, id)).outbox).toBeUndefined();
    expect(context.audit(id).filter((event) => event.action === 'REJECTED_AUTOMATICALLY')).toHaveLength(1);
  });

  it('does not expire while force majeure holds deadlines (ended, its extension not yet applied)', async () => {
    const context = setup();
    const { id, dueAt } = await deficient(context);
    context.periods.push({
      id: 'fm-1',
      from: at(dueAt, -86_400_000),
      to: at(dueAt, -3_600_000),
      decree: 'Keputusan Wali Kota Demo Nomor 360/1/2026',
      declaredBy: 'admin.bkpsdm',
      declaredAt: at(dueAt, -86_400_000),
    });
    context.clock.set(at(dueAt, 1));
    const asked = await requestExtension(context.deps, ACTORS.budi, id, { reason: 'Banjir', days: 2 });
    expect(asked.status).toBe('DEFICIENT');
  });

  it('rejects at the timer an extension decided as the deadline passed, clearing what it owed', async () => {
    const context = setup();
    const { id, dueAt } = await deficient(context);
    await requestExtension(context.deps, ACTORS.budi, id, { reason: 'Arsip dicari', days: 2 });
    context.failures.expired = true;
    context.clock.set(at(dueAt, -1));
    await decideExtension(context.deps, ACTORS.verifier, id, { grant: false });
    context.clock.set(at(dueAt, 1));
    expect(await rejectIncomplete(context.deps, id)).toEqual({ outcome: 'REJECTED' });
    const rejected = await read(context, id);
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.outbox).toBeUndefined();
    expect(isProcessing(rejected)).toBe(true); // until the rejection letter is issued
  });
});

describe('force majeure recorded ahead (Kediri Pasal 18)', () => {
  async function overdueWithPeriodAt(offsetMs: number) {
    const context = setup();
    const id = await awaitingVerification(context);
    const dueAt = (await read(context, id)).task?.dueAt ?? '';
    const from = new Date(Date.parse(dueAt) + offsetMs).toISOString();
    context.periods.push({
      id: 'fm-ahead',
      from,
      decree: 'Keputusan Wali Kota Demo Nomor 360/2/2026',
      declaredBy: 'admin.bkpsdm',
      declaredAt: '2026-11-23T00:00:00.000Z',
    });
    context.clock.set(dueAt);
    return escalateOverdue(context.deps, id, 'VERIFICATION');
  }

  it('holds no deadline before it begins: a stage due a moment before it escalates', async () => {
    expect(await overdueWithPeriodAt(1)).toMatchObject({ postponed: false });
  });

  it('holds deadlines from the moment it begins', async () => {
    expect(await overdueWithPeriodAt(0)).toEqual({ postponed: true, timeoutSeconds: 86_400 });
  });
});

describe('one open request per employee and one-at-a-time service', () => {
  it('refuses a second KGB draft naming the open one, and takes a new one once that is rejected', async () => {
    const context = setup();
    const first = await kgbDraft(context);
    await expect(kgbDraft(context)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'OPEN_REQUEST_EXISTS',
      message: expect.stringContaining(first.id),
    });
    // A unit admin filing for the same employee meets the same open request.
    await expect(
      createRequest(context.deps, ACTORS.unitAdmin, {
        serviceType: 'KGB',
        details: first.details,
        applicantNip: first.applicant.nip,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    for (const requirement of ['SK_KGB_TERAKHIR', 'SK_PANGKAT_TERAKHIR', 'PENILAIAN_KINERJA'])
      await upload(context, first.id, requirement);
    await submitRequest(context.deps, ACTORS.budi, first.id);
    await openWait(context.deps, first.id, 'VERIFICATION');
    await recordDecision(context.deps, ACTORS.verifier, first.id, {
      stage: 'VERIFICATION',
      outcome: 'REJECT',
      note: 'Masa kerja belum dua tahun',
    });
    const next = await kgbDraft(context);
    expect(next.id).not.toBe(first.id);
  });

  it('takes several open requests of a service one may hold many of (a certificate)', async () => {
    const context = setup();
    const letter = {
      serviceType: 'SURAT_KETERANGAN',
      details: { letterType: 'AKTIF_BEKERJA', purpose: 'Beasiswa anak', addressedTo: 'Panitia' },
    };
    await createRequest(context.deps, ACTORS.budi, letter);
    await expect(createRequest(context.deps, ACTORS.budi, letter)).resolves.toMatchObject({
      status: 'DRAFT',
    });
  });
});

describe('decisions taken on paper follow the on-line path (Kediri Pasal 18, 10)', () => {
  const plan = { validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'] as const };
  const paper = (stage: Stage, outcome: Outcome, decidedBy = `Pejabat ${stage}`) => ({
    stage,
    outcome,
    decidedBy,
  });
  const verified = paper('VERIFICATION', 'ACCEPT');
  const supervised = paper('SUPERVISOR_VALIDATION', 'APPROVE');
  const administered = paper('ADMINISTRATOR_VALIDATION', 'APPROVE');
  const signed = paper('SIGNING', 'SIGN');
  const complete = [verified, supervised, administered, signed];

  it('takes verification, both tiers in order and signing, or a rejection at any stage', () => {
    expect(() => checkPaperPath(plan, complete, 'COMPLETED')).not.toThrow();
    expect(() =>
      checkPaperPath(plan, [verified, paper('SUPERVISOR_VALIDATION', 'REJECT')], 'REJECTED'),
    ).not.toThrow();
    // A return goes back to verification, and the path goes on from there.
    const returned = [verified, paper('SUPERVISOR_VALIDATION', 'RETURN'), ...complete];
    expect(() => checkPaperPath(plan, returned, 'COMPLETED')).not.toThrow();
  });

  it.each([
    ['a skipped tier', [verified, administered, signed], 'stages.1.stage'],
    ['tiers out of order', [verified, administered, supervised, signed], 'stages.1.stage'],
    ['an outcome the stage does not take', [paper('VERIFICATION', 'SIGN')], 'stages.0.outcome'],
    ['a completed service never signed', [verified, supervised, administered], 'stages.2.outcome'],
  ])('refuses %s, naming the field', (_what, stages, field) => {
    expect(() => checkPaperPath(plan, stages, 'COMPLETED')).toThrow(
      expect.objectContaining({ kind: 'invalid', field }),
    );
  });

  it('refuses one person approving both tiers', () => {
    const same = [
      verified,
      paper('SUPERVISOR_VALIDATION', 'APPROVE', 'Hendra Wijaya'),
      paper('ADMINISTRATOR_VALIDATION', 'APPROVE', 'hendra wijaya'),
      signed,
    ];
    expect(() => checkPaperPath(plan, same, 'COMPLETED')).toThrow(
      expect.objectContaining({ code: 'SECOND_TIER_REFUSED', field: 'stages.2.decidedBy' }),
    );
  });
});

describe('a later request taking an issued document from the archive (Kediri Pasal 12–13)', () => {
  it('is refused the letter until the letter’s own request has its survey answered, with the same error', async () => {
    const context = setup();
    const letterId = '33333333-3333-4333-8333-333333333333';
    const issued = await context.deps.records.create(
      {
        id: '44444444-4444-4444-8444-444444444444',
        serviceType: 'KGB',
        status: 'AWAITING_SURVEY',
        applicant: { nip: EMPLOYEES.budi.nip, name: 'Budi', unit: 'DISKOMINFO' },
        createdBy: 'asn.demo',
        details: {},
        createdAt: '2026-11-20T01:00:00.000Z',
        updatedAt: '2026-11-20T01:00:00.000Z',
        version: 1,
        plan: {
          validationTiers: ['SUPERVISOR', 'ADMINISTRATOR'],
          signatureMode: 'ELECTRONIC',
          handoverMode: 'ELECTRONIC',
        },
        output: {
          documentId: letterId,
          kind: 'ISSUED',
          key: 'documents/x.pdf',
          contentType: 'application/pdf',
          size: 10,
          sha256: 'b'.repeat(64),
          createdAt: '2026-11-20T01:00:00.000Z',
        },
      },
      {
        requestId: '44444444-4444-4444-8444-444444444444',
        at: '2026-11-20T01:00:00.000Z',
        actor: { username: 'system', role: 'SYSTEM' },
        action: 'CREATED',
      },
    );
    await context.deps.employeeArchive.put({
      documentId: letterId,
      nip: EMPLOYEES.budi.nip,
      requirementCode: 'SK_KGB_TERAKHIR',
      title: 'Surat Pemberitahuan Kenaikan Gaji Berkala',
      fileName: 'kgb.pdf',
      contentType: 'application/pdf',
      size: 10,
      sha256: 'b'.repeat(64),
      key: 'documents/x.pdf',
      archivedAt: '2026-11-20T01:00:00.000Z',
      source: 'ISSUED',
      kind: 'ISSUED',
      requestId: issued.id,
      serviceType: 'KGB',
      number: '822/001/BKPSDM/2026',
      signature: {
        mode: 'ELECTRONIC',
        sha256: 'b'.repeat(64),
        algorithm: 'ECDSA_SHA_256',
        keyId: 'k',
        value: 'MEUCIQ==',
        signedAt: '2026-11-20T01:00:00.000Z',
        signer: { name: 'Kepala', position: 'Kepala BKPSDM' },
      },
    });
    const next = await kgbDraft(context);
    const take = () =>
      addDocument(context.deps, ACTORS.budi, next.id, {
        requirementCode: 'SK_KGB_TERAKHIR',
        archiveDocumentId: letterId,
      });
    await expect(take()).rejects.toMatchObject({ kind: 'forbidden', code: 'SURVEY_REQUIRED' });
    await context.deps.records.transition(
      issued,
      { surveyAnsweredAt: '2026-11-21T01:00:00.000Z' },
      undefined,
    );
    await expect(take()).resolves.toMatchObject({
      document: { status: 'UPLOADED', archiveDocumentId: letterId },
    });
  });
});
