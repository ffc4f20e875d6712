import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { requestAwaitingVerification } from '#kit/fixtures';
import { decide, validate, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

interface Group {
  readonly group: string;
  readonly respondents: number;
  readonly elements: ReadonlyArray<{ code: string; answered: number; sum: number; nrr: number | null }>;
  readonly ikm: number | null;
  readonly grade: string | null;
  readonly sample: { population: number; minimum: number; reached: boolean };
}

interface Report {
  readonly agency: Group;
  readonly services: readonly Group[];
}

/** KGB's satisfaction over the three days around `now`, whatever the agency's time zone. */
async function kgbSatisfaction(now: string): Promise<Group | undefined> {
  const day = (offset: number) => new Date(Date.parse(now) + offset * 86_400_000).toISOString().slice(0, 10);
  const report = await api.get<Report>(`/reports/satisfaction?from=${day(-1)}&to=${day(1)}&serviceType=KGB`, {
    as: 'auditor',
  });
  return report.body.services.find((group) => group.group === 'KGB');
}

describe('the satisfaction survey (Kediri Pasal 13, PermenPANRB 14/2017)', () => {
  it('publishes the nine SKM elements on a 1–4 scale, in Bahasa Indonesia, to anyone', async () => {
    const questionnaire = await api.get<{
      elements: Array<{ code: string; name: string; question: string; answers: string[] }>;
    }>('/surveys/questionnaire');
    expect(questionnaire.status).toBe(200);
    expect(questionnaire.body.elements.map((element) => element.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
    expect(questionnaire.body.elements[0]).toMatchObject({ name: 'Persyaratan', answers: expect.any(Array) });
    expect(questionnaire.body.elements.every((element) => element.answers.length === 4)).toBe(true);
  });

  it('takes one answer per completed request, from its applicant only, and counts it in the IKM', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await validate(api, id);
    await decide(api, id, 'SIGNING', 'SIGN');
    await waitingAt(api, id, 'SURVEY');
    const now = (await (await fetch(`${stack.urls.api}/local/clock`)).json()) as { now: string };
    const before = await kgbSatisfaction(now.now);

    const scores = [4, 3, 3, 4, 2, 4, 3, 1, 4];
    const stranger = await api.post(`/requests/${id}/survey`, { as: 'asn.demo', body: { scores } });
    expect(stranger.status).toBe(404);
    const outOfScale = await api.post<{ error: { code: string } }>(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores: [5, 3, 3, 4, 2, 4, 3, 1, 4] },
    });
    expect(outOfScale.status).toBe(400);
    const answered = await api.post(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores, comment: 'Petugas ramah, tetapi sarana ruang tunggu kurang.' },
    });
    expect(answered.status).toBe(200);
    const again = await api.post<{ error: { code: string } }>(`/requests/${id}/survey`, {
      as: applicant,
      body: { scores },
    });
    expect(again.status).toBe(409);

    const after = await kgbSatisfaction(now.now);
    expect(after?.respondents).toBe((before?.respondents ?? 0) + 1);
    for (const [index, element] of (after?.elements ?? []).entries()) {
      expect(element.sum - (before?.elements[index]?.sum ?? 0)).toBe(scores[index]);
      expect(element.nrr).toBeCloseTo(element.sum / element.answered, 10);
    }
    // IKM = mean of the nine NRRs × 25 (weights of exactly 1/9), rounded to two decimals.
    const nrrs = (after?.elements ?? []).map((element) => element.nrr ?? 0);
    const expected = Math.round((nrrs.reduce((sum, nrr) => sum + nrr, 0) / 9) * 25 * 100) / 100;
    expect(after?.ikm).toBeCloseTo(expected, 2);
    expect(after?.sample.reached).toBe((after?.respondents ?? 0) >= (after?.sample.minimum ?? Infinity));
  });
});
