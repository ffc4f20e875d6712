import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';

const stack = inject('stack');
const api = apiClient(stack.urls.api);

interface Announcement {
  readonly id: string;
  readonly title: string;
  readonly bodyHtml: string;
}

const titles = async (as: string) =>
  (await api.get<{ items: Announcement[] }>('/announcements', { as })).body.items.map((item) => item.title);

describe('information (Kediri Pasal 4(3)a)', () => {
  it('shows each announcement to its audience, in its time window, with its Markdown made safe', async () => {
    const stamp = Date.now();
    const create = (title: string, body: object) =>
      api.post<Announcement>('/announcements', { as: 'admin.bkpsdm', body: { title, body: 'Isi', ...body } });
    const everyone = await create(`Jadwal layanan ${stamp}`, {
      body: '**Layanan** tetap buka.\n\n<script>alert(1)</script>\n\n[tautan](javascript:alert(1))',
      audience: { kind: 'ALL' },
    });
    expect(everyone.status).toBe(201);
    expect(everyone.body.bodyHtml).toContain('<strong>Layanan</strong>');
    expect(everyone.body.bodyHtml).not.toContain('<script>');
    expect(everyone.body.bodyHtml).not.toContain('javascript:');
    const links = await create(`Tautan (${stamp}) aman`, {
      body:
        '[portal](https://bkpsdm.kotademo.go.id/layanan) [surel](mailto:helpdesk@kotademo.go.id) ' +
        '[http](http://contoh.id) [relatif](/admin) [tanpa skema](//jahat.example) ' +
        '![pelacak](https://pelacak.example/piksel.png)',
      audience: { kind: 'ALL' },
    });
    const anchors = [...links.body.bodyHtml.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
    expect(anchors).toEqual(['https://bkpsdm.kotademo.go.id/layanan', 'mailto:helpdesk@kotademo.go.id']);
    expect(links.body.bodyHtml).not.toMatch(/<img|pelacak\.example|jahat\.example|contoh\.id"/);
    expect(links.body.bodyHtml).toContain('relatif');
    await create(`Untuk Dinkes ${stamp}`, { audience: { kind: 'UNIT', unit: 'DINKES' } });
    await create(`Untuk verifikator ${stamp}`, { audience: { kind: 'ROLE', role: 'VERIFIER' } });
    await create(`Nanti ${stamp}`, { audience: { kind: 'ALL' }, publishAt: '2099-01-01T00:00:00Z' });
    await create(`Lewat ${stamp}`, {
      audience: { kind: 'ALL' },
      publishAt: '2020-01-01T00:00:00Z',
      expiresAt: '2020-02-01T00:00:00Z',
    });

    const mine = (await titles('asn.lain')).filter((title) => title.endsWith(String(stamp)));
    expect(mine.sort()).toEqual([`Jadwal layanan ${stamp}`, `Untuk Dinkes ${stamp}`].sort());
    const verifier = (await titles('verifikator')).filter((title) => title.endsWith(String(stamp)));
    expect(verifier.sort()).toEqual([`Jadwal layanan ${stamp}`, `Untuk verifikator ${stamp}`].sort());
    const managed = await api.get<{ items: Announcement[] }>('/announcements?all=true', {
      as: 'admin.bkpsdm',
    });
    expect(managed.body.items.filter((item) => item.title.endsWith(String(stamp)))).toHaveLength(5);

    expect(
      (
        await api.post('/announcements', {
          as: 'verifikator',
          body: { title: 'x', body: 'y', audience: { kind: 'ALL' } },
        })
      ).status,
    ).toBe(403);
    const bad = await api.post<{ error: { field: string } }>('/announcements', {
      as: 'admin.bkpsdm',
      body: {
        title: 'Salah',
        body: 'x',
        audience: { kind: 'ALL' },
        publishAt: '2026-12-02T00:00:00Z',
        expiresAt: '2026-12-01T00:00:00Z',
      },
    });
    expect(bad.body.error.field).toBe('expiresAt');

    expect(
      (await api.call('DELETE', `/announcements/${everyone.body.id}`, { as: 'admin.bkpsdm' })).status,
    ).toBe(204);
    expect(await titles('asn.lain')).not.toContain(`Jadwal layanan ${stamp}`);
  });

  it('publishes each service’s standard from the catalog the workflow enforces', async () => {
    const standard = await api.get<{
      requirements: Array<{ code: string }>;
      procedure: Array<{ step: string; workingDays?: number }>;
      timeLimitWorkingDays: number;
      cost: string;
      complaints: { email: string; responseWorkingDays: number };
    }>('/services/KGB/standard');
    expect(standard.status).toBe(200);
    const service = await api.get<{ requirements: Array<{ code: string }>; sla: Record<string, number> }>(
      '/services/KGB',
    );
    expect(standard.body.requirements).toEqual(service.body.requirements);
    const { verification, supervisorValidation, administratorValidation, signing } = service.body.sla;
    expect(standard.body.timeLimitWorkingDays).toBe(
      (verification ?? 0) + (supervisorValidation ?? 0) + (administratorValidation ?? 0) + (signing ?? 0),
    );
    expect(standard.body.procedure.map((item) => item.step)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Verifikasi administrasi'),
        expect.stringContaining('Penandatanganan'),
      ]),
    );
    expect(standard.body.cost).toContain('gratis');
    expect(standard.body.complaints).toEqual({
      channel: expect.stringContaining('Pengaduan'),
      email: 'helpdesk@bkpsdm.kotademo.go.id',
      responseWorkingDays: 5,
    });
  });
});
