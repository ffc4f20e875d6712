import { expect, test } from '@playwright/test';
import { menu, PORTAL, pickAccount, SAMPLE_PDF, screen, signedIn } from './kit';

test('the archive, complaints (opened from a mail link after sign-in), bulk signing, verification by file, English and a lost address', async ({
  browser,
}) => {
  const asn = await signedIn(browser, 'asn.demo');
  await menu(asn, 'Arsip digital');
  await asn.getByRole('button', { name: 'Unggah dan simpan' }).click();
  await expect(asn.getByTestId('error-summary')).toBeFocused();
  await asn.getByLabel('Judul dokumen').fill('SK CPNS');
  await asn
    .getByLabel('Berkas')
    .setInputFiles({ name: 'sk-cpns.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await asn.getByRole('button', { name: 'Unggah dan simpan' }).click();
  await expect(asn.getByText('Dokumen tersimpan di arsip.')).toBeVisible();
  await expect(asn.getByRole('cell', { name: /SK CPNS/ }).first()).toBeVisible();
  await screen(asn, 'asn-12-arsip');

  await menu(asn, 'Pengaduan');
  await asn.getByLabel('Kategori').selectOption('SISTEM');
  await asn.getByLabel('Isi pengaduan').fill('Pendek');
  await asn.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await expect(asn.getByTestId('error-summary').getByRole('link', { name: /Isi pengaduan/ })).toBeVisible();
  await expect(asn.getByLabel('Isi pengaduan')).toHaveValue('Pendek');
  await asn.getByLabel('Isi pengaduan').fill('Tombol unggah tidak merespons di ponsel saya.');
  await asn.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await expect(asn).toHaveURL(/\/pengaduan\/[0-9a-f-]{36}$/);
  const complaintPath = new URL(asn.url()).pathname;
  await screen(asn, 'asn-13-pengaduan');

  // English, remembered on this device.
  await asn.getByRole('button', { name: /English/ }).click();
  await expect(
    asn.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Complaints' }),
  ).toBeVisible();
  await asn.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await asn.goto('/tidak-ada');
  await expect(asn.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
  await screen(asn, 'umum-01-tidak-ditemukan');
  await asn.context().close();

  // The link in the handler's mail: sign in first, then straight to the complaint.
  const context = await browser.newContext({ baseURL: PORTAL() });
  const handler = await context.newPage();
  await handler.goto(complaintPath);
  await expect(handler).toHaveURL(/\/masuk$/);
  await pickAccount(handler, 'admin.bkpsdm');
  await expect(handler).toHaveURL(new RegExp(`${complaintPath}$`));
  await handler.getByLabel('Jawaban Anda').fill('Terima kasih, sudah kami teruskan ke tim teknis.');
  await handler.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(handler.getByText('Terima kasih, sudah kami teruskan ke tim teknis.')).toBeVisible();
  await screen(handler, 'admin-08-jawab-pengaduan');
  await context.close();

  const signer = await signedIn(browser, 'penandatangan');
  await menu(signer, 'Tanda tangan massal');
  await expect(signer.getByRole('button', { name: /Tandatangani 0 draf/ })).toBeDisabled();
  await screen(signer, 'pejabat-01-tanda-tangan-massal');
  await signer.context().close();

  const visitor = await (await browser.newContext({ baseURL: PORTAL() })).newPage();
  await visitor.goto('/verifikasi');
  await visitor
    .getByLabel('Salinan dokumen (PDF)')
    .setInputFiles({ name: 'salinan.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await visitor.getByRole('button', { name: 'Periksa dengan berkas' }).click();
  await expect(visitor.getByText(/tidak sama dengan dokumen terbit/)).toBeVisible();
  await screen(visitor, 'publik-03-verifikasi-berkas');
  await visitor.context().close();
});
