import { describe, expect, it } from 'vitest';
import { kgb } from '#domain/catalog/kgb';
import { ConflictError, ValidationError } from '#domain/errors';
import type { FileStore, Workflow } from '#domain/ports';
import { addDocument } from '#domain/use-cases/add-document';
import { createRequest } from '#domain/use-cases/create-request';
import { recordDecision } from '#domain/use-cases/record-decision';
import { awaitDecision, openStage } from '#domain/use-cases/stage-steps';
import { submitRequest } from '#domain/use-cases/submit-request';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { ACTORS, EMPLOYEES, memoryEmployees, memoryRecords, sequentialIds, testClock } from '#kit/fakes';

const settings = runtimeSettingsOf(loadAgencyConfig('demo'));

function setup(workflow: Partial<Workflow> = {}) {
  const clock = testClock('2026-11-23T01:00:00Z');
  const { records, audit } = memoryRecords(clock);
  const stored = new Map<string, number>();
  const files: FileStore = {
    uploadUrl: async (key) => `https://uploads.example/${key}`,
    head: async (key) => (stored.has(key) ? { size: stored.get(key) ?? 0 } : undefined),
  };
  const started: string[] = [];
  const resumed: Array<{ token: string; output: object }> = [];
  const flow: Workflow = {
    start: async (name) => {
      started.push(name);
      return `arn:execution:${name}`;
    },
    resume: async (token, output) => {
      resumed.push({ token, output });
    },
    ...workflow,
  };
  const ids = sequentialIds('id');
  const deps = {
    records,
    employees: memoryEmployees(Object.values(EMPLOYEES)),
    files,
    workflow: flow,
    clock,
    ids,
    settings,
    maxUploadBytes: 10 * 1_048_576,
  };
  return { deps, audit, stored, started, resumed };
}

async function draftWithUploads(context: ReturnType<typeof setup>) {
  const request = await createRequest(context.deps, ACTORS.budi, {
    serviceType: 'KGB',
    details: kgb.detailsExample,
  });
  for (const requirement of kgb.requirements.filter((item) => item.required)) {
    const { document } = await addDocument(context.deps, ACTORS.budi, request.id, {
      requirementCode: requirement.code,
      fileName: `${requirement.code}.pdf`,
      contentType: 'application/pdf',
      size: 1000,
    });
    context.stored.set(document.key, 1000);
  }
  return request;
}

describe('submitRequest', () => {
  it('submits a complete draft, confirms its uploads and starts the workflow named after the request', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    const submitted = await submitRequest(context.deps, ACTORS.budi, draft.id);
    expect(submitted).toMatchObject({
      status: 'AWAITING_VERIFICATION',
      submittedAt: '2026-11-23T01:00:00.000Z',
    });
    expect(context.started).toEqual([draft.id]);
    const documents = await context.deps.records.listDocuments(draft.id);
    expect(documents.every((document) => document.status === 'UPLOADED')).toBe(true);
  });

  it('refuses a draft whose uploaded file differs in size from what was registered', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    const [first] = await context.deps.records.listDocuments(draft.id);
    context.stored.set(first?.key ?? '', 999_999);
    await expect(submitRequest(context.deps, ACTORS.budi, draft.id)).rejects.toMatchObject({
      code: 'UPLOAD_MISMATCH',
    });
  });

  it('starts the workflow again, not the status, when a submission is retried after the start failed', async () => {
    let failures = 1;
    const context = setup({
      start: async (name) => {
        if (failures-- > 0) throw Object.assign(new Error('down'), { name: 'ServiceUnavailable' });
        return name;
      },
    });
    const draft = await draftWithUploads(context);
    await expect(submitRequest(context.deps, ACTORS.budi, draft.id)).rejects.toThrow('down');
    const retried = await submitRequest(context.deps, ACTORS.budi, draft.id);
    expect(retried.status).toBe('AWAITING_VERIFICATION');
    expect(context.audit(draft.id).filter((event) => event.action === 'SUBMITTED')).toHaveLength(1);
  });

  it('answers a conflict once the workflow has opened verification', async () => {
    const context = setup();
    const draft = await draftWithUploads(context);
    await submitRequest(context.deps, ACTORS.budi, draft.id);
    await openStage(context.deps, draft.id, 'VERIFICATION');
    await expect(submitRequest(context.deps, ACTORS.budi, draft.id)).rejects.toThrow(ConflictError);
  });

  it('refuses to register a document larger than the agency’s limit', async () => {
    const context = setup();
    const request = await createRequest(context.deps, ACTORS.budi, {
      serviceType: 'KGB',
      details: kgb.detailsExample,
    });
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

describe('recordDecision', () => {
  async function awaitingVerification(context: ReturnType<typeof setup>) {
    const draft = await draftWithUploads(context);
    await submitRequest(context.deps, ACTORS.budi, draft.id);
    const opened = await openStage(context.deps, draft.id, 'VERIFICATION');
    await awaitDecision(context.deps, draft.id, 'VERIFICATION', 'token-1');
    return { id: draft.id, opened };
  }

  it('opens verification with a deadline in working days and the timeout the state machine waits', async () => {
    const context = setup();
    const { opened } = await awaitingVerification(context);
    // Monday 08:00 WIB + 3 working days (KGB) → end of Thursday 26 November WIB
    expect(opened).toEqual({
      stage: 'VERIFICATION',
      dueAt: '2026-11-26T17:00:00.000Z',
      timeoutSeconds: 316_800,
    });
  });

  it('records the decision and its audit line, then resumes the workflow with the route', async () => {
    const context = setup();
    const { id } = await awaitingVerification(context);
    const decided = await recordDecision(context.deps, ACTORS.verifier, id, {
      stage: 'VERIFICATION',
      outcome: 'ACCEPT',
      note: 'Lengkap',
    });
    expect(decided.status).toBe('AWAITING_SUPERVISOR_VALIDATION');
    expect(decided.task).toBeUndefined();
    expect(context.resumed).toEqual([
      {
        token: 'token-1',
        output: {
          stage: 'VERIFICATION',
          outcome: 'ACCEPT',
          route: 'SUPERVISOR_VALIDATION',
          decidedBy: 'verifikator',
          decidedAt: '2026-11-23T01:00:00.000Z',
          note: 'Lengkap',
        },
      },
    ]);
    expect(context.audit(id).at(-1)).toMatchObject({
      action: 'DECIDED',
      actor: { username: 'verifikator', role: 'VERIFIER' },
      stage: 'VERIFICATION',
      outcome: 'ACCEPT',
      fromStatus: 'AWAITING_VERIFICATION',
      toStatus: 'AWAITING_SUPERVISOR_VALIDATION',
    });
  });

  it('puts the request back as it was when the workflow cannot be resumed, so the decision can be given again', async () => {
    const context = setup({
      resume: async () => {
        throw new ConflictError('TASK_EXPIRED', 'expired');
      },
    });
    const { id } = await awaitingVerification(context);
    await expect(
      recordDecision(context.deps, ACTORS.verifier, id, { stage: 'VERIFICATION', outcome: 'ACCEPT' }),
    ).rejects.toThrow('expired');
    const after = await context.deps.records.get(id);
    expect(after).toMatchObject({
      status: 'AWAITING_VERIFICATION',
      task: { stage: 'VERIFICATION', token: 'token-1' },
    });
    expect(
      context
        .audit(id)
        .map((event) => event.action)
        .slice(-2),
    ).toEqual(['DECIDED', 'DECISION_WITHDRAWN']);
  });
});
