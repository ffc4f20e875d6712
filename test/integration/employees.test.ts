import { describe, expect, inject, it } from 'vitest';
import { apiClient } from '#kit/api';
import { eventually } from '#kit/eventually';

const api = apiClient(inject('stack').urls.api);

interface ImportJob {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  imported: number;
  unchanged: number;
  rejected: number;
  errors: Array<{ row: number; column?: string; message: string }>;
  percent: number;
}

const HEADER =
  'NIP;NAMA;JENIS_PEGAWAI;JENIS_KELAMIN;TANGGAL_LAHIR;KODE_UNIT;NAMA_UNIT;GOLONGAN;TMT_CPNS;EMAIL';

function csv(rows: readonly string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

const postCsv = (text: string, as = 'admin.bkpsdm') =>
  api.post<ImportJob & { progressUrl: string }>('/employees:import', {
    as,
    body: text,
    headers: { 'content-type': 'text/csv' },
  });

describe('employee master data', () => {
  it('imports a CSV export in the background, reporting each bad row, and imports the same file only once', async () => {
    const file = csv([
      '199501012020012001;Rina Marlina, S.E.;PNS;P;01-01-1995;BAPPEDA;Badan Perencanaan Pembangunan Daerah;III/a;01-01-2020;rina@kotademo.go.id',
      '199501012020011002;Andi Wijaya;PNS;L;31-02-1995;BAPPEDA;Badan Perencanaan Pembangunan Daerah;III/a;01-01-2020;andi@kotademo.go.id',
      '12345;Bukan NIP;PNS;L;01-01-1990;BAPPEDA;Badan Perencanaan Pembangunan Daerah;III/a;01-01-2020;x@kotademo.go.id',
    ]);
    const started = await postCsv(file);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      totalRows: 3,
      progressUrl: `/employees/imports/${started.body.id}`,
    });
    const done = await eventually(
      async () => (await api.get<ImportJob>(started.body.progressUrl, { as: 'admin.bkpsdm' })).body,
      (job) => job.status === 'COMPLETED',
    );
    expect(done).toMatchObject({ processedRows: 3, imported: 1, rejected: 2, percent: 100 });
    expect(done.errors.map((error) => error.row).sort()).toEqual([3, 4]);
    expect(done.errors.find((error) => error.row === 3)?.column).toMatch(/TANGGAL_LAHIR/);

    const again = await postCsv(file);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(started.body.id);

    const employee = await api.get<{ name: string; rank: { code: string } }>(
      '/employees/199501012020012001',
      { as: 'verifikator' },
    );
    expect(employee.body).toMatchObject({ name: 'Rina Marlina, S.E.', rank: { code: 'III/a' } });
  });

  it('refuses a file it cannot read, saying why, and answers only agency admins', async () => {
    const unreadable = await postCsv('NAMA;ALAMAT\r\nBudi;Jl. Mawar');
    expect(unreadable.status).toBe(400);
    expect((unreadable.body as unknown as { error: { code: string } }).error.code).toBe('INVALID_CSV');
    expect((await postCsv(csv([]), 'verifikator')).status).toBe(403);
    const json = await api.post('/employees:import', { as: 'admin.bkpsdm', body: { rows: [] } });
    expect(json.status).toBe(415);
  });

  it('shows an employee to themselves, their unit admin and agency staff, and to no one else', async () => {
    const budi = '199003152015031002';
    expect((await api.get(`/employees/${budi}`, { as: 'asn.demo' })).status).toBe(200);
    expect((await api.get(`/employees/${budi}`, { as: 'admin.unit' })).status).toBe(200);
    expect((await api.get(`/employees/${budi}`, { as: 'auditor' })).status).toBe(200);
    expect((await api.get(`/employees/${budi}`, { as: 'asn.lain' })).status).toBe(404);
    const unit = await api.get<{ items: Array<{ unit: string }> }>('/employees?unit=DISKOMINFO&limit=100', {
      as: 'admin.unit',
    });
    expect(unit.body.items.length).toBeGreaterThan(3);
    expect(unit.body.items.every((employee) => employee.unit === 'DISKOMINFO')).toBe(true);
    expect((await api.get('/employees?unit=DINKES', { as: 'admin.unit' })).status).toBe(403);
  });
});
