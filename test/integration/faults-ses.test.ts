import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { eventually } from '#kit/eventually';
import { startOutage } from '#kit/faults';
import { completeKgbDraft } from '#kit/fixtures';
import { type SentMail, sentMail } from '#kit/mail';
import { advanceClock, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

/** Three minutes, in days: past the wait before a refused mail's next attempt (one minute). */
const PAST_FIRST_RETRY = 3 / 1440;

/** The applicant's mail linking to one request or complaint: the receipt notice, the complaint's acknowledgement. */
async function mailAbout(applicant: string, path: string): Promise<SentMail[]> {
  return (await sentMail(stack.urls.ses, `${applicant}@kotademo.go.id`)).filter((mail) =>
    mail.body.text?.includes(path),
  );
}

describe('SES refusing calls', () => {
  it('keeps the workflow’s notice and a route’s mail, and delivers each exactly once when SES answers again', async () => {
    const applicant = (await freshApplicant(api)).username;
    const draft = await completeKgbDraft(api, applicant);

    const outage = await startOutage(stack.urls, 'ses');
    const submitted = await api.post(`/requests/${draft.id}/submit`, { as: applicant });
    expect(submitted.status).toBe(200);
    // The receipt notice could not be sent: the workflow goes on without waiting for it.
    await waitingAt(api, draft.id, 'VERIFICATION');
    const filed = await api.post<{ id: string }>('/complaints', {
      as: applicant,
      body: {
        category: 'LAYANAN',
        text: 'Surel pemberitahuan permohonan saya tidak pernah sampai.',
        requestId: draft.id,
      },
    });
    expect(filed.status).toBe(201);
    const request = `/permohonan/${draft.id}`;
    const complaint = `/pengaduan/${filed.body.id}`;
    // Each SDK attempt was refused: the notice, the acknowledgement and the handlers' mail, three each.
    expect(await outage.refused()).toBeGreaterThanOrEqual(9);
    expect(await mailAbout(applicant, request)).toEqual([]);
    expect(await mailAbout(applicant, complaint)).toEqual([]);
    expect(await outage.end()).toBeGreaterThanOrEqual(9);

    await advanceClock(stack.urls, PAST_FIRST_RETRY);
    await eventually(
      async () => [...(await mailAbout(applicant, request)), ...(await mailAbout(applicant, complaint))],
      (mails) => mails.length >= 2,
      20_000,
    );
    // Later runs of the outbox job send nothing twice.
    await advanceClock(stack.urls, PAST_FIRST_RETRY);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect((await mailAbout(applicant, request)).map((mail) => mail.subject)).toEqual([
      expect.stringContaining('telah diterima'),
    ]);
    expect((await mailAbout(applicant, complaint)).map((mail) => mail.subject)).toEqual([
      expect.stringContaining('Pengaduan Anda telah diterima'),
    ]);
  });
});
