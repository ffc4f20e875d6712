import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { eventually } from '#kit/eventually';
import { SAMPLE_PDF } from '#kit/fixtures';
import { sentMail } from '#kit/mail';
import { advanceClockPast } from '#kit/workflow';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

const SITI = 'siti.rahmawati@kotademo.go.id';

interface Complaint {
  readonly id: string;
  readonly status: string;
  readonly statusLabel: string;
  readonly overdue: boolean;
  readonly dueAt: string;
  readonly complainant?: { readonly username: string; readonly nip?: string };
  readonly answers: ReadonlyArray<{ readonly text: string }>;
  readonly uploadUrl?: string;
}

/** Siti: a request of a service an employee may hold many of, so tests need no new applicant. */
const SITI_USER = 'asn.lain';
const LETTER = {
  serviceType: 'SURAT_KETERANGAN',
  details: {
    letterType: 'AKTIF_BEKERJA',
    purpose: 'Persyaratan beasiswa anak',
    addressedTo: 'Panitia Beasiswa',
  },
};

async function file(body: object, as = SITI_USER) {
  return api.post<Complaint & { error?: { code: string; field?: string } }>('/complaints', { as, body });
}

describe('complaints (Kediri Pasal 4(3)c)', () => {
  it('runs from received to answered and closed, with mail at each step, the identity shown to handlers only', async () => {
    const request = await api.post<{ id: string }>('/requests', {
      as: SITI_USER,
      body: LETTER,
    });
    const before = (await sentMail(stack.urls.ses, SITI)).length;
    const filed = await file({
      category: 'LAYANAN',
      text: 'Permohonan saya belum juga diverifikasi padahal sudah lewat tiga hari kerja.',
      requestId: request.body.id,
      attachment: {
        fileName: 'tangkapan-layar.pdf',
        contentType: 'application/pdf',
        size: SAMPLE_PDF.length,
      },
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'RECEIVED', statusLabel: 'Diterima', overdue: false });
    await fetch(filed.body.uploadUrl ?? '', {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: SAMPLE_PDF,
    });
    const id = filed.body.id;

    expect((await api.get(`/complaints/${id}`, { as: 'asn.demo' })).status).toBe(404);
    expect(
      (await api.get<Complaint>(`/complaints/${id}`, { as: 'auditor' })).body.complainant,
    ).toBeUndefined();
    expect(
      (await api.get<Complaint>(`/complaints/${id}`, { as: 'admin.bkpsdm' })).body.complainant,
    ).toMatchObject({
      username: SITI_USER,
      nip: '198807222012122001',
    });
    const attachment = await api.get<{ downloadUrl: string }>(`/complaints/${id}/attachment`, {
      as: 'admin.bkpsdm',
    });
    expect(Buffer.from(await (await fetch(attachment.body.downloadUrl)).arrayBuffer())).toEqual(SAMPLE_PDF);
    const queue = await api.get<{ items: Complaint[] }>('/complaints?scope=all&status=RECEIVED', {
      as: 'admin.bkpsdm',
    });
    expect(queue.body.items.map((item) => item.id)).toContain(id);
    expect((await api.get('/complaints?scope=all', { as: SITI_USER })).status).toBe(403);

    expect(
      (
        await api.post<Complaint>(`/complaints/${id}/status`, {
          as: 'admin.bkpsdm',
          body: { status: 'IN_PROGRESS' },
        })
      ).body.status,
    ).toBe('IN_PROGRESS');
    expect(
      (
        await api.post(`/complaints/${id}/answers`, {
          as: SITI_USER,
          body: { text: 'Saya jawab sendiri' },
        })
      ).status,
    ).toBe(403);
    const answered = await api.post<Complaint>(`/complaints/${id}/answers`, {
      as: 'admin.bkpsdm',
      body: { text: 'Berkas Anda sudah diverifikasi hari ini; mohon maaf atas keterlambatannya.' },
    });
    expect(answered.body).toMatchObject({
      status: 'ANSWERED',
      answers: [{ text: expect.stringContaining('diverifikasi') }],
    });
    const closed = await api.post<Complaint>(`/complaints/${id}/status`, {
      as: SITI_USER,
      body: { status: 'CLOSED' },
    });
    expect(closed.body.status).toBe('CLOSED');

    const subjects = (await sentMail(stack.urls.ses, SITI)).slice(before).map((mail) => mail.subject);
    expect(subjects).toEqual([
      expect.stringContaining('Pengaduan Anda telah diterima'),
      expect.stringContaining('sedang ditangani'),
      expect.stringContaining('Pengaduan Anda telah dijawab'),
    ]);
    const mine = await api.get<{ items: Complaint[] }>('/complaints', { as: SITI_USER });
    expect(mine.body.items.find((item) => item.id === id)?.status).toBe('CLOSED');
  });

  it('takes no complaint about a request the complainant may not see, and checks the attachment by content', async () => {
    const others = await api.post<{ id: string }>('/requests', {
      as: SITI_USER,
      body: LETTER,
    });
    const refused = await file(
      {
        category: 'LAYANAN',
        text: 'Permohonan orang lain ini lambat sekali diproses.',
        requestId: others.body.id,
      },
      'asn.demo',
    );
    expect(refused.status).toBe(404);
    expect(refused.body.error?.field).toBe('requestId');

    const fake = Buffer.from('ini bukan gambar');
    const filed = await file({
      category: 'SISTEM',
      text: 'Tombol unggah tidak bekerja di peramban saya.',
      attachment: { fileName: 'layar.png', contentType: 'image/png', size: fake.length },
    });
    await fetch(filed.body.uploadUrl ?? '', {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: fake,
    });
    const attachment = await api.get<{ error: { code: string } }>(`/complaints/${filed.body.id}/attachment`, {
      as: 'admin.bkpsdm',
    });
    expect(attachment.body.error.code).toBe('NOT_A_DOCUMENT');
  });

  it('files a retried complaint once under its Idempotency-Key, with one receipt mail', async () => {
    const body = { category: 'SISTEM', text: 'Halaman arsip tidak dapat dibuka dari ponsel saya.' };
    const headers = { 'idempotency-key': `pengaduan-${Date.now().toString(36)}` };
    const first = await api.post<Complaint>('/complaints', { as: 'asn.demo', body, headers });
    const retried = await api.post<Complaint>('/complaints', { as: 'asn.demo', body, headers });
    expect(first.status).toBe(201);
    expect(retried.body.id).toBe(first.body.id);
    const others = await api.post<Complaint>('/complaints', { as: 'asn.lain', body, headers });
    expect(others.body.id).not.toBe(first.body.id);
    const mine = await api.get<{ items: Complaint[] }>('/complaints?status=RECEIVED', { as: 'asn.demo' });
    expect(mine.body.items.filter((complaint) => complaint.id === first.body.id)).toHaveLength(1);
    const receipts = await eventually(
      async () =>
        (await sentMail(stack.urls.ses, 'budi.santoso@kotademo.go.id')).filter(
          (mail) => mail.subject.includes('diterima') && (mail.body.text?.includes(first.body.id) ?? false),
        ),
      (mails) => mails.length > 0,
    );
    expect(receipts).toHaveLength(1);
  });

  it('answers 422 when an Idempotency-Key is reused for a different complaint', async () => {
    const headers = { 'idempotency-key': `pengaduan-${Date.now().toString(36)}-beda` };
    const body = { category: 'SISTEM', text: 'Unduhan arsip berhenti di tengah jalan.' };
    const first = await api.post<Complaint>('/complaints', { as: 'asn.demo', body, headers });
    const reused = await api.post<{ error: { code: string; field?: string } }>('/complaints', {
      as: 'asn.demo',
      body: { ...body, text: 'Ini pengaduan lain dengan kunci yang sama.' },
      headers,
    });
    expect(first.status).toBe(201);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    const kept = await api.get<Complaint & { text: string }>(`/complaints/${first.body.id}`, {
      as: 'asn.demo',
    });
    expect(kept.body.text).toBe(body.text);
  });

  it('escalates a complaint not answered in time to the handlers and their superiors, once', async () => {
    const filed = await file({ category: 'PETUGAS', text: 'Petugas loket tidak ramah saat saya bertanya.' });
    await advanceClockPast(stack.urls, filed.body.dueAt);
    const escalated = await eventually(
      async () => (await api.get<Complaint>(`/complaints/${filed.body.id}`, { as: 'admin.bkpsdm' })).body,
      (complaint) => complaint.overdue,
    );
    expect(escalated.status).toBe('RECEIVED');
    // Other complaints of this file pass their deadlines too: count only this one's mail.
    const escalations = async () =>
      (await sentMail(stack.urls.ses, 'sekretaris@bkpsdm.kotademo.go.id')).filter(
        (mail) =>
          mail.subject.includes('Pengaduan melewati batas waktu') &&
          (mail.body.text?.includes(filed.body.id) ?? false),
      );
    expect(await eventually(escalations, (mails) => mails.length > 0)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await escalations()).toHaveLength(1);
  });
});
