import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { freshApplicant, freshApplicants } from '#kit/applicants';
import { KGB_DETAILS, requestAwaitingVerification, VERIFIED_SALARY } from '#kit/fixtures';
import { waitingAt } from '#kit/workflow';

const api = apiClient(inject('stack').urls.api);

type ErrorBody = { error: { code: string; message: string; field?: string } };

describe('the API refuses what it must, in the error shape and in Bahasa Indonesia', () => {
  it('answers 401 without a token and with a forged one', async () => {
    const missing = await api.get<ErrorBody>(`/requests/${randomUUID()}`);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('UNAUTHENTICATED');

    const forged = await api.get<ErrorBody>(`/requests/${randomUUID()}`, {
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJjb2duaXRvOnVzZXJuYW1lIjoieCJ9.c2lnbmF0dXJl' },
    });
    expect(forged.status).toBe(401);
  });

  it('answers 403 to a role the route does not serve', async () => {
    const response = await api.post<ErrorBody>('/requests', {
      as: 'verifikator',
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('hides another applicant’s request behind a 404, and shows it to the unit admin of the applicant’s unit', async () => {
    const created = await api.post<{ id: string }>('/requests', {
      as: 'asn.demo',
      body: {
        serviceType: 'SURAT_KETERANGAN',
        details: {
          letterType: 'AKTIF_BEKERJA',
          purpose: 'Persyaratan beasiswa anak',
          addressedTo: 'Panitia Beasiswa',
        },
      },
    });
    expect(created.status).toBe(201);
    const stranger = await api.get<ErrorBody>(`/requests/${created.body.id}`, { as: 'asn.lain' });
    expect(stranger.status).toBe(404);
    expect(stranger.body.error.code).toBe('REQUEST_NOT_FOUND');
    // A draft is its applicant's and its filer's only; once submitted the unit admin follows it.
    expect((await api.get(`/requests/${created.body.id}`, { as: 'admin.unit' })).status).toBe(404);
    const { id } = await requestAwaitingVerification(api, (await freshApplicant(api, 'DISKOMINFO')).username);
    expect((await api.get(`/requests/${id}`, { as: 'admin.unit' })).status).toBe(200);
  });

  it('names the offending field of a bad body', async () => {
    const applicant = (await freshApplicant(api)).username;
    const response = await api.post<ErrorBody>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: { ...KGB_DETAILS, currentBaseSalary: 'banyak' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'details.currentBaseSalary' });
    expect(response.body.error.message).toContain('harus berupa angka');
  });

  it('refuses a body that is not JSON with 415, and malformed JSON with 400', async () => {
    const form = await api.post<ErrorBody>('/requests', {
      as: 'asn.demo',
      body: 'serviceType=KGB',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const broken = await api.post<ErrorBody>('/requests', { as: 'asn.demo', body: '{"serviceType":' });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
  });

  it('refuses a request the national rules rule out, naming why', async () => {
    // Bayu is a PPPK of DISKOMINFO; periodic raises by this service are for PNS (PP 15/2019).
    const response = await api.post<ErrorBody & { error: { message: string } }>('/requests', {
      as: 'admin.unit',
      body: { serviceType: 'KGB', details: KGB_DETAILS, applicantNip: '199508152023211371' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'NOT_ELIGIBLE', field: 'serviceType' });
    expect(response.body.error.message).toContain('PPPK');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const response = await api.get<ErrorBody>('/tidak-ada', { as: 'asn.demo' });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('returns the same request when a create is retried with the same Idempotency-Key', async () => {
    const applicant = (await freshApplicant(api)).username;
    const key = `kunci-${randomUUID()}`;
    const body = { serviceType: 'KGB', details: KGB_DETAILS };
    const first = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body,
      headers: { 'idempotency-key': key },
    });
    const again = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
  });

  it('answers 422 when an Idempotency-Key is reused with a different body, and creates nothing', async () => {
    const applicant = (await freshApplicant(api)).username;
    const key = `kunci-${randomUUID()}`;
    const headers = { 'idempotency-key': key };
    const body = { serviceType: 'KGB', details: KGB_DETAILS };
    const first = await api.post<{ id: string }>('/requests', { as: applicant, body, headers });
    const before = await api.get<{ items: unknown[] }>('/requests?limit=100', { as: applicant });
    const other = {
      ...body,
      details: { ...KGB_DETAILS, currentBaseSalary: KGB_DETAILS.currentBaseSalary + 1 },
    };
    const reused = await api.post<ErrorBody>('/requests', { as: applicant, body: other, headers });
    expect(first.status).toBe(201);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    const after = await api.get<{ items: unknown[] }>('/requests?limit=100', { as: applicant });
    expect(after.body.items).toHaveLength(before.body.items.length);
    // The same body under the key is still a retry.
    const retried = await api.post<{ id: string }>('/requests', { as: applicant, body, headers });
    expect(retried.body.id).toBe(first.body.id);
  });

  it('refuses to submit a draft whose required documents are missing', async () => {
    const applicant = (await freshApplicant(api)).username;
    const created = await api.post<{ id: string }>('/requests', {
      as: applicant,
      body: { serviceType: 'KGB', details: KGB_DETAILS },
    });
    const response = await api.post<ErrorBody>(`/requests/${created.body.id}/submit`, { as: applicant });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'REQUIREMENTS_INCOMPLETE', field: 'documents' });
  });

  it('accepts exactly one of two concurrent decisions on the same stage, every time', async () => {
    const applicants = await freshApplicants(api, 10);
    const outcomes = await Promise.all(
      applicants.map(async (applicant) => {
        const request = await requestAwaitingVerification(api, applicant.username);
        await waitingAt(api, request.id, 'VERIFICATION');
        // Two verifiers' consoles sending the same decision at the same instant.
        const decide = () =>
          api.post<ErrorBody>(`/requests/${request.id}/decisions`, {
            as: 'verifikator',
            body: { stage: 'VERIFICATION', outcome: 'ACCEPT', newBaseSalary: VERIFIED_SALARY },
          });
        const answers = await Promise.all([decide(), decide()]);
        return answers.map((response) => response.status).sort();
      }),
    );
    expect(outcomes).toEqual(applicants.map(() => [200, 409]));
  });

  it('answers 409 to a decision for a stage the request is not in', async () => {
    const request = await requestAwaitingVerification(api);
    const response = await api.post<ErrorBody>(`/requests/${request.id}/decisions`, {
      as: 'pengawas',
      body: { stage: 'SUPERVISOR_VALIDATION', outcome: 'APPROVE' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('STAGE_MISMATCH');
  });

  it('answers 403 to a decision by a role the stage does not take', async () => {
    const request = await requestAwaitingVerification(api);
    await waitingAt(api, request.id, 'VERIFICATION');
    const response = await api.post<ErrorBody>(`/requests/${request.id}/decisions`, {
      as: 'pengawas',
      body: { stage: 'VERIFICATION', outcome: 'ACCEPT' },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/verifikator|tahap/i);
  });
});
