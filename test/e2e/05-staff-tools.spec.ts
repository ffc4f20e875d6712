import { expect, type Locator, type Page, test } from '@playwright/test';
import { apiClient } from '../kit/api';
import { freshApplicant } from '../kit/applicants';
import { completeDraft, requestAwaitingVerification, SAMPLE_PDF } from '../kit/fixtures';
import { decide, validate, waitingAt } from '../kit/workflow';
import { API, menu, PORTAL, screen, signedIn } from './kit';

const api = () => apiClient(API());

/** A `datetime-local` value `days` from now, at `hour` o'clock (the browser runs in Asia/Jakarta). */
function localAt(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

async function expectFieldError(page: Page, label: RegExp | string, message: RegExp) {
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
  await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
}

/** Tabs from the top of the page until `target` has focus, at most `limit` times. */
async function reachByTab(page: Page, target: Locator, limit = 60) {
  await page.locator('body').focus();
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
  }
  throw new Error(`not reached by ${limit} presses of Tab`);
}

test('an agency admin corrects and withdraws a force majeure recorded ahead, records one already over, and enters a service handled on paper during it', async ({
  browser,
}) => {
  const applicant = await freshApplicant(api());
  const admin = await signedIn(browser, 'admin.bkpsdm');
  await menu(admin, 'Keadaan kahar');

  // Recorded ahead: corrected, then withdrawn before it begins.
  await admin.getByLabel('Mulai (tanggal dan jam)').fill(localAt(40, 8));
  await admin.getByLabel('Nomor keputusan').fill('Keputusan Wali Kota Demo 300/1/2026');
  await admin.getByRole('button', { name: 'Catat keadaan kahar' }).click();
  await expect(admin.getByText('Keadaan kahar tercatat.')).toBeVisible();
  const ahead = admin
    .getByRole('list', { name: 'Periode keadaan kahar' })
    .getByRole('listitem')
    .filter({ hasText: '300/1/2026' });
  await expect(ahead.getByText('Belum berlaku')).toBeVisible();
  await ahead.getByRole('button', { name: /^Koreksi/ }).click();
  const correction = ahead.getByRole('form', { name: 'Koreksi' });
  // The API refuses a start in the past: its words, at the field, with what was typed kept.
  await correction.getByLabel('Mulai (tanggal dan jam)').fill(localAt(-2, 8));
  await correction.getByLabel('Nomor keputusan').fill('Keputusan Wali Kota Demo 300/2/2026');
  await correction.getByRole('button', { name: 'Simpan koreksi' }).click();
  await expect(admin.getByTestId('error-summary').getByRole('link', { name: /masa depan/ })).toBeVisible();
  await expect(correction.getByLabel('Mulai (tanggal dan jam)')).toHaveAttribute('aria-invalid', 'true');
  await expect(correction.getByLabel('Nomor keputusan')).toHaveValue('Keputusan Wali Kota Demo 300/2/2026');
  await screen(admin, 'admin-10-koreksi-keadaan-kahar');
  await correction.getByLabel('Mulai (tanggal dan jam)').fill(localAt(41, 8));
  await correction.getByRole('button', { name: 'Simpan koreksi' }).click();
  await expect(admin.getByText('Koreksi tersimpan.')).toBeVisible();
  const corrected = admin.getByRole('listitem').filter({ hasText: '300/2/2026' });
  await corrected.getByRole('button', { name: /^Tarik/ }).click();
  await expect(admin.getByText('Keadaan kahar ditarik.')).toBeVisible();
  await expect(admin.getByRole('listitem').filter({ hasText: '300/2/2026' })).toHaveCount(0);

  // One already over: its paper services can be entered.
  await admin.getByLabel('Mulai (tanggal dan jam)').fill('2025-02-10T08:00');
  await admin.getByLabel(/Berakhir \(tanggal dan jam\)/).fill('2025-02-14T17:00');
  await admin.getByLabel('Nomor keputusan').fill('Keputusan Wali Kota Demo 360/7/2025');
  await admin.getByRole('button', { name: 'Catat keadaan kahar' }).click();
  await expect(
    admin.getByRole('listitem').filter({ hasText: '360/7/2025' }).getByText('Berakhir'),
  ).toBeVisible();

  await menu(admin, 'Layanan manual');
  await admin.getByRole('button', { name: 'Catat layanan manual' }).click();
  await expectFieldError(admin, 'Keadaan kahar', /Keadaan kahar/);
  const period = admin.getByLabel('Keadaan kahar').locator('option', { hasText: '360/7/2025' });
  await admin.getByLabel('Keadaan kahar').selectOption((await period.getAttribute('value')) ?? '');
  await admin.getByLabel(/NIP pegawai/).fill(applicant.nip);
  await admin.getByLabel('Layanan', { exact: true }).selectOption('SATYALANCANA');
  await admin.getByLabel('Satyalancana yang diusulkan').selectOption('X');
  // Submitted before the period began: the API's message at the field.
  await admin.getByLabel('Diajukan pada').fill('2025-02-01T09:00');
  const stages = admin.locator('fieldset.manual-stage');
  await expect(stages).toHaveCount(4);
  const officials = [
    'Drs. Hadi, Verifikator',
    'Sri, S.Sos., Kepala Subbidang',
    'Budi, S.H., Kepala Bidang',
    'Wali Kota Demo',
  ];
  for (const [index, official] of officials.entries()) {
    await stages.nth(index).getByLabel('Diputuskan oleh').fill(official);
    await stages
      .nth(index)
      .getByLabel('Diputuskan pada')
      .fill(`2025-02-1${index + 1}T10:00`);
  }
  await admin.getByLabel('Tanggal hasil').fill('2025-02-14T15:00');
  await admin.getByLabel(/Nomor dokumen terbit/).fill('800/55/2025');
  await admin
    .getByLabel(/Pindaian dokumen terbit/)
    .setInputFiles({ name: 'piagam.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await admin.getByRole('button', { name: 'Catat layanan manual' }).click();
  await expectFieldError(admin, 'Diajukan pada', /dalam periode keadaan kahar/);
  await expect(stages.nth(3).getByLabel('Diputuskan oleh')).toHaveValue('Wali Kota Demo');
  await screen(admin, 'admin-11-layanan-manual-galat');
  await admin.getByLabel('Diajukan pada').fill('2025-02-10T09:00');
  await admin.getByRole('button', { name: 'Catat layanan manual' }).click();
  await expect(admin.getByText('Layanan manual tercatat:')).toBeVisible();
  await expect(admin.getByRole('status').getByText('Selesai')).toBeVisible();
  await screen(admin, 'admin-12-layanan-manual');

  // The employee's record, from the list.
  await menu(admin, 'Data pegawai');
  await admin.getByLabel(/^Unit/).fill(applicant.unit);
  await admin.getByRole('button', { name: 'Tampilkan' }).click();
  await admin.getByRole('link', { name: new RegExp(applicant.nip) }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(admin.getByText(`NIP ${applicant.nip}`)).toBeVisible();
  await screen(admin, 'admin-13-rincian-pegawai');
  await admin.context().close();
});

test('an agency admin changes an account’s roles and targets an announcement at one role, then edits it', async ({
  browser,
}) => {
  const applicant = await freshApplicant(api());
  const admin = await signedIn(browser, 'admin.bkpsdm');
  await menu(admin, 'Akun');
  await admin.getByRole('link', { name: applicant.username, exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
  const roles = admin.getByRole('group', { name: 'Peran' });
  await roles.getByLabel('ASN', { exact: true }).uncheck();
  await admin.getByRole('button', { name: 'Simpan peran' }).click();
  await expect(
    admin.getByTestId('error-summary').getByRole('link', { name: /paling sedikit satu peran/ }),
  ).toBeVisible();
  await roles.getByLabel('ASN', { exact: true }).check();
  await roles.getByLabel('Admin kepegawaian unit').check();
  // A unit code the API refuses: its message, at the field.
  await admin.getByLabel(/^Unit/).fill('UNIT TIDAK SAH');
  await admin.getByRole('button', { name: 'Simpan peran' }).click();
  await expect(admin.getByTestId('error-summary')).toBeFocused();
  await expect(admin.getByLabel(/^Unit/)).toHaveAttribute('aria-invalid', 'true');
  await admin.getByLabel(/^Unit/).fill('');
  await admin.getByRole('button', { name: 'Simpan peran' }).click();
  await expect(admin.getByText('Peran akun tersimpan.')).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Peran diubah' })).toBeVisible();
  // The account's own address opens it too, though the username holds dots.
  await admin.reload();
  await expect(admin.getByRole('cell', { name: 'Peran diubah' })).toBeVisible();
  await screen(admin, 'admin-14-peran-akun');

  await menu(admin, 'Pengumuman');
  await admin.getByLabel('Judul').fill('Jadwal penandatanganan SK');
  await admin.getByLabel('Isi (Markdown)').fill('Penandatanganan SK kenaikan pangkat **Senin pagi**.');
  await admin.getByRole('radio', { name: 'Satu peran' }).check();
  await admin.getByRole('button', { name: 'Terbitkan' }).click();
  await expectFieldError(admin, /^Peran$/, /Peran/);
  await admin.getByLabel('Peran', { exact: true }).selectOption('SIGNER');
  await admin.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(admin.getByText('Pengumuman tersimpan.')).toBeVisible();
  const item = admin.getByRole('listitem').filter({ hasText: 'Jadwal penandatanganan SK' });
  await expect(item.getByText('Satu peran: Pejabat penandatangan')).toBeVisible();
  await screen(admin, 'admin-15-pengumuman-sasaran');

  // Only signers see it.
  const signer = await signedIn(browser, 'penandatangan');
  await expect(signer.getByText('Jadwal penandatanganan SK')).toBeVisible();
  await signer.context().close();
  const asn = await signedIn(browser, 'asn.demo');
  await expect(asn.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(asn.getByText('Memuat…')).toHaveCount(0);
  await expect(asn.getByText('Jadwal penandatanganan SK')).toHaveCount(0);
  await asn.context().close();

  await item.getByRole('button', { name: /^Ubah/ }).click();
  await expect(admin.getByRole('heading', { name: 'Ubah pengumuman' })).toBeVisible();
  await admin.getByRole('radio', { name: 'Satu unit' }).check();
  await admin.getByRole('textbox', { name: 'Unit' }).fill('DINKES');
  await admin.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(item.getByText('Satu unit: DINKES')).toBeVisible();
  await item.getByRole('button', { name: /^Hapus/ }).click();
  await expect(admin.getByRole('listitem').filter({ hasText: 'Jadwal penandatanganan SK' })).toHaveCount(0);
  await admin.context().close();
});

test('an ASN attaches a screenshot to a complaint the handler opens; anyone checks a large copy by upload', async ({
  browser,
}) => {
  const asn = await signedIn(browser, 'asn.demo');
  await menu(asn, 'Pengaduan');
  await asn.getByLabel('Kategori').selectOption('SISTEM');
  await asn
    .getByLabel('Isi pengaduan')
    .fill('Halaman unggah dokumen menampilkan galat; tangkapan layar terlampir.');
  await asn
    .getByLabel(/Lampiran/)
    .setInputFiles({ name: 'bukan-gambar.txt', mimeType: 'text/plain', buffer: Buffer.from('teks') });
  await asn.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await expect(
    asn.getByTestId('error-summary').getByRole('link', { name: /PDF, JPEG, atau PNG|PDF/ }),
  ).toBeVisible();
  await expect(asn.getByLabel('Isi pengaduan')).toHaveValue(/tangkapan layar terlampir/);
  await asn
    .getByLabel(/Lampiran/)
    .setInputFiles({ name: 'galat.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await asn.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await expect(asn).toHaveURL(/\/pengaduan\/[0-9a-f-]{36}$/);
  const complaintPath = new URL(asn.url()).pathname;
  await expect(asn.getByText(/Lampiran: galat\.pdf/)).toBeVisible();
  const [answer] = await Promise.all([
    asn.waitForResponse((response) => response.url().endsWith('/attachment')),
    asn.getByRole('button', { name: /Unduh lampiran/ }).click(),
  ]);
  expect(answer.status()).toBe(200);
  await asn.goto(complaintPath);
  await expect(asn.getByText(/Lampiran: galat\.pdf/)).toBeVisible();
  await screen(asn, 'asn-14-pengaduan-lampiran');
  await asn.context().close();

  // Over the API's body limit: uploaded by presigned URL with progress, then checked.
  const large = Buffer.concat([SAMPLE_PDF, Buffer.from(`%${' '.repeat(4_700_000)}\n%%EOF\n`)]);
  const visitor = await (await browser.newContext({ baseURL: PORTAL() })).newPage();
  await visitor.goto('/verifikasi');
  await visitor
    .getByLabel('Salinan dokumen (PDF)')
    .setInputFiles({ name: 'pindaian-besar.pdf', mimeType: 'application/pdf', buffer: large });
  const [registered] = await Promise.all([
    visitor.waitForResponse((response) => response.url().endsWith('/verify/uploads')),
    visitor.getByRole('button', { name: 'Periksa dengan berkas' }).click(),
  ]);
  expect(registered.status()).toBe(201);
  await expect(visitor.getByText(/tidak sama dengan dokumen terbit/)).toBeVisible();
  await screen(visitor, 'publik-04-verifikasi-unggahan');
  await visitor.context().close();
});

test('a signer signs in bulk with live progress and revokes an issued letter; a verifier prints a wet-signature draft, uploads its signed scan and records the physical handover', async ({
  browser,
}) => {
  const client = api();
  const kgb = await requestAwaitingVerification(client);
  await validate(client, kgb.id);

  // A service handed over at the counter, taken through its wet signature on the API.
  const applicant = (await freshApplicant(client)).username;
  const award = await completeDraft(client, applicant, 'SATYALANCANA', {
    awardClass: 'X',
    hasTakenUnpaidLeave: false,
  });
  await client.post(`/requests/${award.id}/submit`, { as: applicant });
  await validate(client, award.id);
  // The wet signature at the counter: the verifier prints the draft and uploads the signed scan.
  const counter = await signedIn(browser, 'verifikator');
  await counter.goto(`/permohonan/${award.id}`);
  await expect(counter.getByRole('link', { name: 'Buka draf untuk dicetak' })).toBeVisible();
  await counter
    .getByLabel('Berkas pindaian (PDF)')
    .setInputFiles({ name: 'piagam-ttd.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await counter.getByRole('button', { name: 'Unggah pindaian' }).click();
  await expect(counter.getByText('Pindaian terunggah.')).toBeVisible();
  await screen(counter, 'pejabat-05-cetak-dan-pindaian');
  await counter.context().close();
  await decide(client, award.id, 'SIGNING', 'SIGN');
  await waitingAt(client, award.id, 'SURVEY');
  await client.post(`/requests/${award.id}/survey`, {
    as: applicant,
    body: { scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
  });
  await waitingAt(client, award.id, 'HANDOVER');

  const signer = await signedIn(browser, 'penandatangan');
  await menu(signer, 'Tanda tangan massal');
  const box = signer.locator(`#batch-${kgb.id}`);
  await expect(box).toBeEnabled();
  await box.check();
  await signer.getByRole('button', { name: /Tandatangani 1 draf/ }).click();
  const progress = signer.getByRole('region', { name: 'Kemajuan tanda tangan massal' });
  await expect(progress.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(
    progress.getByRole('table', { name: 'Hasil per draf' }).getByText('Ditandatangani'),
  ).toBeVisible();
  await screen(signer, 'pejabat-02-kemajuan-tanda-tangan');

  await progress.getByRole('link', { name: new RegExp(kgb.id) }).click();
  const revocation = signer.getByRole('region', { name: 'Cabut dokumen terbit' });
  await expect(revocation).toBeVisible();
  await revocation.getByLabel('Alasan pencabutan').fill('Salah');
  await revocation.getByRole('button', { name: 'Cabut dokumen' }).click();
  await expectFieldError(signer, 'Alasan pencabutan', /Paling sedikit 10 karakter/);
  await revocation.getByLabel('Alasan pencabutan').fill('Terdapat kekeliruan masa kerja golongan pada SK.');
  await screen(signer, 'pejabat-03-cabut-dokumen');
  await revocation.getByRole('button', { name: 'Cabut dokumen' }).click();
  await expect(revocation.getByRole('status').getByText('Dicabut')).toBeVisible();
  await signer.context().close();

  const verifier = await signedIn(browser, 'verifikator');
  await verifier.goto(`/permohonan/${award.id}`);
  const handover = verifier.getByRole('region', { name: 'Catat penyerahan fisik' });
  await handover.getByRole('button', { name: 'Simpan penyerahan' }).click();
  await expectFieldError(verifier, 'Nama penerima', /Nama penerima/);
  await handover.getByLabel('Nama penerima').fill('Budi Santoso');
  await screen(verifier, 'pejabat-04-penyerahan-fisik');
  await handover.getByRole('button', { name: 'Simpan penyerahan' }).click();
  await expect(verifier.getByText('Selesai').first()).toBeVisible();
  await expect(handover).toHaveCount(0);
  await verifier.context().close();
});

test('the new screens fit a 360 px phone and pass axe there', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin.bkpsdm', { phone: true });
  for (const [path, name] of [
    ['/layanan-manual', 'ponsel-admin-01-layanan-manual'],
    ['/keadaan-kahar', 'ponsel-admin-02-keadaan-kahar'],
    ['/pengumuman', 'ponsel-admin-03-pengumuman'],
    ['/akun/verifikator', 'ponsel-admin-04-akun'],
  ] as const) {
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    await screen(admin, name);
  }
  // Reached from the top of the page with the keyboard alone.
  await reachByTab(admin, admin.getByRole('button', { name: 'Simpan peran' }));
  await admin.context().close();

  const verifier = await signedIn(browser, 'verifikator', { phone: true });
  await verifier.goto('/layanan-manual');
  await expect(verifier.getByRole('heading', { level: 1 })).toBeVisible();
  await screen(verifier, 'ponsel-pejabat-01-layanan-manual');
  await verifier.context().close();
});
