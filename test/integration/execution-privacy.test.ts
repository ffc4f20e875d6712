import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { executions } from '#kit/executions';
import { requestAwaitingVerification, uploadDocument } from '#kit/fixtures';
import { decide, type Published, signAndAnswerSurvey, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const workflow = executions(stack);

/** Siti Rahmawati (asn.lain), the KGB applicant, as the master data knows her. */
const APPLICANT = {
  nip: '198807222012122001',
  name: 'Siti Rahmawati',
  email: 'siti.rahmawati@kotademo.go.id',
};
/** What officials may well write in a reason or a note: the applicant's NIP, name and e-mail, and a NIK. */
const NOTE = `NIP ${APPLICANT.nip} (${APPLICANT.name}, NIK 3571016207880001) tidak terbaca; hubungi ${APPLICANT.email}.`;

const SHAPES = {
  NIP: /(?<![0-9A-Za-z])\d{18}(?![0-9A-Za-z])/g,
  NIK: /(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])/g,
  'e-mail': /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
};

describe('the execution history Step Functions keeps and logs', () => {
  it('holds identifiers only, no NIP, NIK, e-mail or name, through a whole request whose notes carry them', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    const request = await waitingAt(api, id, 'VERIFICATION');
    const decree = request.documents?.find((document) => document.requirementCode === 'SK_KGB_TERAKHIR');
    await api.post(`/requests/${id}/documents/${decree?.id}/verification`, {
      as: 'verifikator',
      body: { status: 'INVALID', reason: NOTE },
    });
    expect((await decide(api, id, 'VERIFICATION', 'DEFICIENT', { note: NOTE })).body.status).toBe(
      'DEFICIENT',
    );
    await waitingAt(api, id, 'COMPLETION');
    await uploadDocument(api, applicant, id, 'SK_KGB_TERAKHIR');
    await api.post(`/requests/${id}/resubmit`, { as: applicant });
    await decide(api, id, 'VERIFICATION', 'ACCEPT', { note: NOTE });
    await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE', { note: NOTE });
    await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE', { note: NOTE });
    await signAndAnswerSurvey(api, id, applicant);
    expect((await api.get(`/requests/${id}/output`, { as: applicant })).status).toBe(200);
    await eventually(
      () => workflow.status(id),
      (status) => status === 'SUCCEEDED',
      15_000,
    );
    const completed = (await api.get<Published>(`/requests/${id}`, { as: 'auditor' })).body;
    expect(completed.status).toBe('COMPLETED');

    const history = await workflow.history(id);
    const text = JSON.stringify(history);
    // The scan sees what it must: the data of every state, the decisions and the issued document.
    expect(history.length).toBeGreaterThan(100);
    expect(text).toContain(id);
    expect(text).toContain('DEFICIENCY');
    expect(text).toContain(completed.output?.sha256);
    const found = Object.fromEntries(
      Object.entries(SHAPES).map(([shape, pattern]) => [shape, [...new Set(text.match(pattern) ?? [])]]),
    );
    expect(found).toEqual({ NIP: [], NIK: [], 'e-mail': [] });
    expect(text).not.toContain(APPLICANT.name);
    expect(text).not.toContain('tidak terbaca');
  });
});
