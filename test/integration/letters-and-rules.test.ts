import { describe, expect, inject, it } from 'vitest';
import { loadAgencyConfig, runtimeSettingsOf } from '#infra/config';
import { countWorkingDates, nextDate, workCalendar } from '#kernel/domain/working-days';
import { apiClient } from '#kit/api';
import { freshApplicant } from '#kit/applicants';
import { requestAwaitingVerification, uploadDocument, VERIFIED_SALARY } from '#kit/fixtures';
import { pageTexts } from '#kit/pdf';
import { advanceClock, decide, type Published, signAndAnswerSurvey, waitingAt } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);
const calendar = workCalendar(runtimeSettingsOf(loadAgencyConfig('demo')));

interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly field?: string };
}

interface Raised extends Published {
  readonly verified?: { readonly salaryRaise?: Record<string, unknown> };
  readonly plan?: { readonly validationTiers: readonly ('SUPERVISOR' | 'ADMINISTRATOR')[] };
}

const download = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

/** The issued document's text, as its applicant downloads it. */
async function outputText(id: string, as: string): Promise<string> {
  const output = await api.get<{ downloadUrl: string }>(`/requests/${id}/output`, { as });
  expect(output.status).toBe(200);
  return (await pageTexts(await download(output.body.downloadUrl))).join(' ');
}

/** A request as a unit admin of DISKOMINFO files it for one of the unit's employees. */
const fileFor = (nip: string, serviceType: string, details: object) =>
  api.post<ErrorBody & { id: string }>('/requests', {
    as: 'admin.unit',
    body: { serviceType, applicantNip: nip, details },
  });

describe('KGB letters state what a KGB decree states', () => {
  it('takes the new salary from the verifier where the table lacks it, and the letter states old and new', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await waitingAt(api, id, 'VERIFICATION');
    const refused = await api.post<ErrorBody>(`/requests/${id}/decisions`, {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'NEW_SALARY_REQUIRED',
      field: 'newBaseSalary',
      message: expect.stringContaining('golongan III/c masa kerja golongan 14 tahun'),
    });
    const still = await api.get<Raised>(`/requests/${id}`, { as: 'verifikator' });
    expect(still.body).toMatchObject({ status: 'AWAITING_VERIFICATION', processing: false });
    expect(still.body.verified).toBeUndefined();

    const accepted = await api.post<Raised>(`/requests/${id}/decisions`, {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT', newBaseSalary: VERIFIED_SALARY },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.verified?.salaryRaise).toMatchObject({
      oldBaseSalary: 3_455_600,
      newBaseSalary: VERIFIED_SALARY,
      newTmt: '2026-12-01',
      nextTmt: '2028-12-01',
      salarySource: { kind: 'VERIFIER', enteredBy: 'verifikator' },
    });
    await decide(api, id, 'SUPERVISOR_VALIDATION', 'APPROVE');
    await decide(api, id, 'ADMINISTRATOR_VALIDATION', 'APPROVE');
    await signAndAnswerSurvey(api, id, applicant);
    const text = await outputText(id, applicant);
    for (const expected of [
      'Gaji pokok lama : Rp3.455.600',
      'Masa kerja golongan lama : 12 tahun 0 bulan',
      'Gaji pokok baru : Rp4.000.000 (diisi verifikator; daftar gaji PP 5/2024)',
      'Masa kerja golongan baru : 14 tahun 0 bulan',
      'Dalam golongan : Penata (III/c)',
      'Terhitung mulai tanggal : 1 Desember 2026',
      'Kenaikan gaji berikutnya : 1 Desember 2028',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('refuses a new salary with any other decision, naming the field', async () => {
    const applicant = (await freshApplicant(api)).username;
    const { id } = await requestAwaitingVerification(api, applicant);
    await waitingAt(api, id, 'VERIFICATION');
    const refused = await api.post<ErrorBody>(`/requests/${id}/decisions`, {
      as: 'verifikator',
      body: { stage: 'VERIFICATION', outcome: 'REJECT', note: 'Berkas tidak sesuai', newBaseSalary: 1 },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'NEW_SALARY_NOT_APPLICABLE', field: 'newBaseSalary' });
  });

  it('defers a raise by the master data’s performance predicate: Diah’s 2025 predicate fell short', async () => {
    const refused = await fileFor('198412072009012140', 'KGB', {
      lastRaiseEffectiveDate: '2025-01-01',
      lastRaiseDecreeNumber: '822.4/51/419.44/2025',
      currentBaseSalary: 3_500_000,
      workingPeriodYears: 16,
      workingPeriodMonths: 0,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      field: 'employee.performanceRatings',
      message: expect.stringContaining('KGB ditunda 1 tahun karena predikat kinerja 2025 butuh perbaikan'),
    });
  });
});

describe('Satyalancana exclusions read the employee data', () => {
  const award = (awardClass: string) => ({ awardClass, hasTakenUnpaidLeave: false });

  it('refuses a medium disciplinary sanction and a CLTN recorded in master data; a light sanction does not', async () => {
    const sanctioned = await fileFor('198003232005031247', 'SATYALANCANA', award('XX'));
    expect(sanctioned.status).toBe(400);
    expect(sanctioned.body.error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      field: 'employee.disciplinarySanctions',
      message: expect.stringContaining('tingkat sedang dengan TMT 1 Agustus 2019'),
    });
    const tookLeave = await fileFor('198602142010042364', 'SATYALANCANA', award('X'));
    expect(tookLeave.status).toBe(400);
    expect(tookLeave.body.error).toMatchObject({
      field: 'employee.unpaidLeaves',
      message: expect.stringContaining('CLTN 1 Januari 2016 s.d. 31 Desember 2017'),
    });
    const light = await fileFor('197206181999031097', 'SATYALANCANA', award('XX'));
    expect(light.status).toBe(201);
  });
});

describe('leave counts working days from the agency’s calendar', () => {
  it('refuses a stated number that disagrees, and a leave that began unless it is sick leave within its window', async () => {
    const now = await advanceClock(stack.urls, 0);
    let start = new Date(Date.parse(now) + 14 * 86_400_000).toISOString().slice(0, 10);
    while (countWorkingDates(start, start, calendar) === 0) start = nextDate(start);
    let end = start;
    for (let day = 0; day < 6; day += 1) end = nextDate(end);
    const counted = countWorkingDates(start, end, calendar);
    const leave = (details: object) =>
      api.post<ErrorBody & { id: string }>('/requests', {
        as: 'asn.demo',
        body: {
          serviceType: 'CUTI',
          details: {
            leaveType: 'TAHUNAN',
            startDate: start,
            endDate: end,
            workingDays: counted,
            reason: 'Keperluan keluarga',
            addressDuringLeave: 'Jl. Brawijaya No. 12, Kota Demo',
            ...details,
          },
        },
      });
    const wrong = await leave({ workingDays: counted + 1 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({
      field: 'details.workingDays',
      message: expect.stringContaining(`memuat ${counted} hari kerja`),
    });
    expect((await leave({})).status).toBe(201);

    const today = now.slice(0, 10);
    const daysAgo = (days: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const begun = await leave({
      startDate: daysAgo(1),
      endDate: today,
      workingDays: undefined,
      leaveType: 'BESAR',
      forFirstPilgrimage: true,
    });
    expect(begun.status).toBe(400);
    expect(begun.body.error).toMatchObject({
      field: 'details.startDate',
      message: expect.stringContaining('Cuti Besar diajukan sebelum hari pertama cuti'),
    });
    const sick = await leave({
      leaveType: 'SAKIT',
      startDate: daysAgo(3),
      endDate: end,
      workingDays: undefined,
    });
    expect(sick.status).toBe(201);
    const tooLate = await leave({
      leaveType: 'SAKIT',
      startDate: daysAgo(15),
      endDate: end,
      workingDays: undefined,
    });
    expect(tooLate.body.error).toMatchObject({
      field: 'details.startDate',
      message: expect.stringContaining('paling lambat 14 hari'),
    });
  });
});

describe('a letter for an ASN of another agency (Gorontalo Pasal 3(2))', () => {
  it('names that employee’s own agency and unit, and prints labels, never codes', async () => {
    const username = `samsul.${Date.now().toString(36)}`;
    const created = await api.post('/accounts', {
      as: 'admin.bkpsdm',
      body: { username, nip: '198308082008011074', roles: ['ASN'] },
    });
    expect(created.status).toBe(201);
    const draft = await api.post<Raised>('/requests', {
      as: username,
      body: {
        serviceType: 'SURAT_KETERANGAN',
        details: { letterType: 'AKTIF_BEKERJA', purpose: 'Persyaratan pengajuan beasiswa anak' },
      },
    });
    expect(draft.status).toBe(201);
    const service = await api.get<{ requirements: Array<{ code: string; required: boolean }> }>(
      '/services/SURAT_KETERANGAN',
    );
    for (const requirement of service.body.requirements.filter((item) => item.required)) {
      await uploadDocument(api, username, draft.body.id, requirement.code);
    }
    expect((await api.post(`/requests/${draft.body.id}/submit`, { as: username })).status).toBe(200);
    const accepted = await decide(api, draft.body.id, 'VERIFICATION', 'ACCEPT');
    const tiers = (accepted.body as Raised).plan?.validationTiers ?? [];
    for (const tier of tiers) {
      await decide(
        api,
        draft.body.id,
        tier === 'SUPERVISOR' ? 'SUPERVISOR_VALIDATION' : 'ADMINISTRATOR_VALIDATION',
        'APPROVE',
      );
    }
    await waitingAt(api, draft.body.id, 'SIGNING');
    await signAndAnswerSurvey(api, draft.body.id, username);
    const text = await outputText(draft.body.id, username);
    expect(text).toContain('Instansi : Pemerintah Kabupaten Tetangga');
    expect(text).toContain('Unit kerja : Dinas Pendidikan dan Kebudayaan');
    expect(text).toContain('Jenis surat keterangan : Keterangan Aktif Bekerja');
    expect(text).not.toContain('AKTIF_BEKERJA');
  });
});
