import { afterAll, describe, expect, inject, it } from 'vitest';
import { type ApiResponse, apiClient } from '#kit/api';
import { type Applicant, freshApplicants } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import { completeDraft, KGB_DETAILS, SAMPLE_PDF, VERIFIED_SALARY } from '#kit/fixtures';
import type { Published } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const execution = executions(stack);

/** Each wait is driven this many times, by as many requests running side by side. */
const RUNS = 20;

type ErrorBody = { error?: { code: string; message: string } };

/** How the first attempt of each act went: taken at once, or refused with 409 PROCESSING. */
const tally = new Map<string, { taken: number; refused: number }>();

function count(act: string, refused: boolean) {
  const entry = tally.get(act) ?? { taken: 0, refused: 0 };
  if (refused) entry.refused += 1;
  else entry.taken += 1;
  tally.set(act, entry);
}

/** Reads the request until the system has finished moving it on (`processing: false`). */
function settled(id: string): Promise<Published> {
  return eventually(
    async () => (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body,
    (request) => request.processing === false,
    20_000,
  );
}

/**
 * A client acting at machine speed: the act is sent the moment the previous call returned.
 * Either it is taken (2xx), or refused with 409 PROCESSING and nothing changed; then it is sent
 * again the instant the request shows `processing: false`, and must be taken.
 */
async function eagerly(name: string, id: string, act: () => Promise<ApiResponse<ErrorBody>>) {
  const first = await act();
  if (first.status < 300) {
    count(name, false);
    return first;
  }
  if (first.status !== 409 || first.body.error?.code !== 'PROCESSING')
    throw new Error(`${name} of ${id} refused: ${first.status} ${JSON.stringify(first.body)}`);
  count(name, true);
  await settled(id);
  const second = await act();
  if (second.status >= 300)
    throw new Error(
      `${name} of ${id}, once settled, refused: ${second.status} ${JSON.stringify(second.body)}`,
    );
  return second;
}

/** A KGB acceptance carries the new base salary the demo's salary table lacks (the verifier enters it). */
const KGB_ACCEPT = { newBaseSalary: VERIFIED_SALARY };

const decide =
  (id: string, as: string, stage: string, outcome: string, extra: object = {}) =>
  () =>
    api.post<ErrorBody>(`/requests/${id}/decisions`, { as, body: { stage, outcome, ...extra } });

/** The applicant's fixed document for a deficient requirement, registered as soon as the window opens. */
async function fixDocument(id: string, applicant: Applicant) {
  await eagerly('upload while deficient', id, () =>
    api.post<ErrorBody>(`/requests/${id}/documents`, {
      as: applicant.username,
      body: {
        requirementCode: 'SK_KGB_TERAKHIR',
        fileName: 'SK_KGB_TERAKHIR.pdf',
        contentType: 'application/pdf',
        size: SAMPLE_PDF.length,
      },
    }),
  ).then(async (registered) => {
    const { uploadUrl } = registered.body as unknown as { uploadUrl: string };
    await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
  });
}

const ids: string[] = [];

async function drafts(serviceType: string, details: object, applicants: readonly Applicant[]) {
  const created = await Promise.all(
    applicants.map((applicant) => completeDraft(api, applicant.username, serviceType, details)),
  );
  ids.push(...created.map((draft) => draft.id));
  return created.map((draft, index) => ({ id: draft.id, applicant: applicants[index] as Applicant }));
}

/** Twenty whole lifecycles at once: the budget bounds a loaded 2-core machine, not what is asserted. */
const LIFECYCLES_TIMEOUT = 180_000;

describe('acting early never strands a request (every wait, at machine speed)', () => {
  afterAll(() => {
    const lines = [...tally].map(([act, { taken, refused }]) => `${act}: ${taken} taken, ${refused} refused`);
    console.info(`acting early, first attempts:\n  ${lines.join('\n  ')}`);
  });

  it(
    `verification, each tier, a re-decision after a return, signing, survey, electronic handover: ${RUNS} each`,
    async () => {
      const applicants = await freshApplicants(api, RUNS);
      const requests = await drafts('KGB', KGB_DETAILS, applicants);
      await Promise.all(
        requests.map(async ({ id, applicant }) => {
          const submitted = await api.post(`/requests/${id}/submit`, { as: applicant.username });
          expect(submitted.status).toBe(200);
          await eagerly('verification', id, decide(id, 'verifikator', 'VERIFICATION', 'ACCEPT', KGB_ACCEPT));
          await eagerly(
            'supervisor validation',
            id,
            decide(id, 'pengawas', 'SUPERVISOR_VALIDATION', 'APPROVE'),
          );
          await eagerly(
            'administrator validation (return)',
            id,
            decide(id, 'administrator', 'ADMINISTRATOR_VALIDATION', 'RETURN', {
              note: 'Periksa ulang masa kerja',
            }),
          );
          await eagerly(
            'verification after a return',
            id,
            decide(id, 'verifikator', 'VERIFICATION', 'ACCEPT', KGB_ACCEPT),
          );
          await eagerly(
            'supervisor validation',
            id,
            decide(id, 'pengawas', 'SUPERVISOR_VALIDATION', 'APPROVE'),
          );
          await eagerly(
            'administrator validation',
            id,
            decide(id, 'administrator', 'ADMINISTRATOR_VALIDATION', 'APPROVE'),
          );
          await eagerly('signing', id, decide(id, 'penandatangan', 'SIGNING', 'SIGN'));
          await eagerly('survey', id, () =>
            api.post<ErrorBody>(`/requests/${id}/survey`, {
              as: applicant.username,
              body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
            }),
          );
          await eagerly('electronic handover', id, () =>
            api.get<ErrorBody>(`/requests/${id}/output`, { as: applicant.username }),
          );
          expect((await settled(id)).status).toBe('COMPLETED');
        }),
      );
    },
    LIFECYCLES_TIMEOUT,
  );

  it(
    `a deficiency: the upload, the extension asked and decided, the resubmission: ${RUNS} each`,
    async () => {
      const applicants = await freshApplicants(api, RUNS);
      const requests = await drafts('KGB', KGB_DETAILS, applicants);
      await Promise.all(
        requests.map(async ({ id, applicant }) => {
          await api.post(`/requests/${id}/submit`, { as: applicant.username });
          await eagerly(
            'verification (deficient)',
            id,
            decide(id, 'verifikator', 'VERIFICATION', 'DEFICIENT', {
              deficiencies: [{ requirementCode: 'SK_KGB_TERAKHIR', reason: 'Pindaian tidak terbaca' }],
            }),
          );
          await eagerly('extension asked', id, () =>
            api.post<ErrorBody>(`/requests/${id}/extension`, {
              as: applicant.username,
              body: { reason: 'Arsip SK sedang dicari', days: 2 },
            }),
          );
          await eagerly('extension decided', id, () =>
            api.post<ErrorBody>(`/requests/${id}/extension/decision`, {
              as: 'verifikator',
              body: { grant: true },
            }),
          );
          await fixDocument(id, applicant);
          await eagerly('resubmission', id, () =>
            api.post<ErrorBody>(`/requests/${id}/resubmit`, { as: applicant.username }),
          );
          await eagerly(
            'verification after resubmission',
            id,
            decide(id, 'verifikator', 'VERIFICATION', 'ACCEPT', KGB_ACCEPT),
          );
          expect((await settled(id)).status).toBe('AWAITING_SUPERVISOR_VALIDATION');
        }),
      );
    },
    LIFECYCLES_TIMEOUT,
  );

  it(
    `wet signature: the signed scan, signing, survey, physical handover: ${RUNS} each`,
    async () => {
      const applicants = await freshApplicants(api, RUNS);
      const requests = await drafts(
        'SATYALANCANA',
        { awardClass: 'X', hasTakenUnpaidLeave: false },
        applicants,
      );
      await Promise.all(
        requests.map(async ({ id, applicant }) => {
          await api.post(`/requests/${id}/submit`, { as: applicant.username });
          await eagerly('verification', id, decide(id, 'verifikator', 'VERIFICATION', 'ACCEPT'));
          await eagerly(
            'supervisor validation',
            id,
            decide(id, 'pengawas', 'SUPERVISOR_VALIDATION', 'APPROVE'),
          );
          await eagerly(
            'administrator validation',
            id,
            decide(id, 'administrator', 'ADMINISTRATOR_VALIDATION', 'APPROVE'),
          );
          const scan = await eagerly('signed scan', id, () =>
            api.post<ErrorBody>(`/requests/${id}/signed-scan`, {
              as: 'verifikator',
              body: { fileName: 'piagam-ttd.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
            }),
          );
          const { uploadUrl } = scan.body as unknown as { uploadUrl: string };
          await fetch(uploadUrl, {
            method: 'PUT',
            headers: { 'content-type': 'application/pdf' },
            body: SAMPLE_PDF,
          });
          await eagerly('signing', id, decide(id, 'penandatangan', 'SIGNING', 'SIGN'));
          await eagerly('survey', id, () =>
            api.post<ErrorBody>(`/requests/${id}/survey`, {
              as: applicant.username,
              body: { scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] },
            }),
          );
          await eagerly('physical handover', id, () =>
            api.post<ErrorBody>(`/requests/${id}/handover`, {
              as: 'verifikator',
              body: { recipientName: 'Pegawai Uji' },
            }),
          );
          expect((await settled(id)).status).toBe('COMPLETED');
        }),
      );
    },
    LIFECYCLES_TIMEOUT,
  );

  it('leaves no failed execution, no workflow fault and no request processing', async () => {
    expect(ids.length).toBe(3 * RUNS);
    const statuses = await Promise.all(ids.map((id) => execution.status(id)));
    expect(statuses.filter((status) => status === 'FAILED')).toEqual([]);
    for (const id of ids) {
      const history = await api.get<{ audit: Array<{ action: string }> }>(`/requests/${id}/history`, {
        as: 'auditor',
      });
      expect(history.body.audit.map((event) => event.action)).not.toContain('WORKFLOW_FAULT');
      expect((await settled(id)).processing).toBe(false);
    }
  });
});
