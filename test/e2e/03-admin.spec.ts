import { expect, test } from '@playwright/test';
import { menu, screen, signedIn } from './kit';

const CSV = [
  'NIP;NAMA;JENIS_PEGAWAI;JENIS_KELAMIN;TANGGAL_LAHIR;KODE_UNIT;NAMA_UNIT;GOLONGAN;TMT_CPNS;EMAIL',
  '199601012021012001;Rina Marlina, S.E.;PNS;P;01-01-1996;BAPPEDA;Badan Perencanaan Pembangunan Daerah;III/a;01-01-2021;rina@kotademo.go.id',
  '199602022021011002;Andi Wijaya, S.T.;PNS;L;02-02-1996;BAPPEDA;Badan Perencanaan Pembangunan Daerah;III/a;01-01-2021;andi@kotademo.go.id',
  '12345;Bukan NIP;PNS;L;01-01-1990;BAPPEDA;Badan Perencanaan Pembangunan Daerah;III/a;01-01-2020;x@kotademo.go.id',
].join('\r\n');

test('an agency admin imports employees with live progress and row errors, then reads the report charts and exports them', async ({
  browser,
}) => {
  const admin = await signedIn(browser, 'admin.bkpsdm');
  await screen(admin, 'admin-01-beranda');
  await menu(admin, 'Data pegawai');

  // Nothing chosen: the error summary says so, at the top and at the field.
  await admin.getByRole('button', { name: 'Mulai impor' }).click();
  await expect(admin.getByTestId('error-summary')).toBeFocused();

  await admin
    .getByLabel('Berkas CSV')
    .setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await admin.getByRole('button', { name: 'Mulai impor' }).click();
  const progress = admin.getByRole('region', { name: /Kemajuan impor/ });
  await expect(progress.getByText('COMPLETED')).toBeVisible();
  await expect(progress.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(progress.getByRole('table', { name: 'Galat per baris' }).getByRole('row')).toHaveCount(2);
  await admin.getByLabel('Unit').fill('BAPPEDA');
  await admin.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(admin.getByRole('cell', { name: 'Rina Marlina, S.E.' })).toBeVisible();
  await screen(admin, 'admin-02-impor-pegawai');

  await menu(admin, 'Laporan');
  await expect(admin.getByRole('heading', { name: 'Laporan kinerja layanan' })).toBeVisible();
  const volume = admin.getByRole('img', { name: 'Permohonan per layanan' });
  await expect(volume.locator('svg')).toBeVisible();
  await expect(volume.locator('svg path').first()).toBeAttached();
  await expect(admin.getByRole('table', { name: 'Ringkasan per layanan' })).toBeVisible();
  await screen(admin, 'admin-03-laporan');
  const [file] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByRole('button', { name: 'Unduh XLSX' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^kinerja-layanan-.*\.xlsx$/);

  // Delegation: an acting official (Plt.) may sign KGB letters under a decree.
  await menu(admin, 'Kewenangan TTD');
  await admin.getByRole('button', { name: 'Simpan kewenangan' }).click();
  await expect(admin.getByTestId('error-summary').getByRole('link')).toHaveCount(5);
  await admin.getByLabel('Nama pengguna').fill('administrator');
  await admin.getByLabel('Nama', { exact: true }).fill('Ratna Dewi, S.H., M.H.');
  await admin.getByLabel('Jabatan').fill('Kepala Bidang Mutasi');
  await admin.getByLabel('Dasar kewenangan').fill('Keputusan Wali Kota Demo Nomor 800/12/2026');
  await admin.getByLabel('Berlaku mulai').fill('2026-01-01');
  await admin.getByLabel('Pelaksana').selectOption('PLT');
  await admin.getByRole('button', { name: 'Simpan kewenangan' }).click();
  await expect(admin.getByRole('row', { name: /Ratna Dewi/ })).toHaveCount(1);
  await expect(admin.getByRole('cell', { name: /Plt\. Kepala Bidang Mutasi/ })).toBeVisible();
  await screen(admin, 'admin-09-kewenangan');
  await admin.getByRole('button', { name: 'Hapus Ratna Dewi, S.H., M.H.' }).click();
  await expect(admin.getByRole('row', { name: /Ratna Dewi/ })).toHaveCount(0);

  for (const [link, name] of [
    ['Akun', 'admin-04-akun'],
    ['Pengumuman', 'admin-05-pengumuman'],
    ['Keadaan kahar', 'admin-06-keadaan-kahar'],
    ['Pengaduan', 'admin-07-pengaduan'],
  ] as const) {
    await menu(admin, link);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(admin.getByText('Memuat…')).toHaveCount(0);
    await screen(admin, name);
  }
});
