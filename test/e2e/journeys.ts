import { type Browser, expect, type Page } from '@playwright/test';
import { menu, PORTAL, pickAccount, SAMPLE_PDF, screen, signedIn } from './kit';

const REQUIRED = [
  'SK kenaikan gaji berkala terakhir',
  'SK kenaikan pangkat terakhir',
  'Penilaian kinerja dua tahun terakhir',
];

async function upload(page: Page, requirement: string, fileName: string): Promise<void> {
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: requirement, level: 3 }) });
  await item
    .locator('input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await item.getByRole('button', { name: /^Unggah/ }).click();
  await expect(item.getByText(fileName)).toBeVisible();
}

/**
 * An official opens the request, from their queue or (`viaMailLink`) from the link in the mail
 * they were sent, which asks them to sign in first and then opens the request itself.
 */
async function decide(
  browser: Browser,
  username: string,
  requestId: string,
  outcome: RegExp,
  options: { shotName?: string; viaMailLink?: boolean } = {},
) {
  const { shotName, viaMailLink } = options;
  let page: Page;
  if (viaMailLink) {
    page = await (await browser.newContext({ baseURL: PORTAL() })).newPage();
    await page.goto(`/permohonan/${requestId}`);
    await expect(page).toHaveURL(/\/masuk$/);
    await pickAccount(page, username);
    await expect(page).toHaveURL(new RegExp(`/permohonan/${requestId}$`));
  } else {
    page = await signedIn(browser, username);
    await menu(page, 'Antrean tugas');
    await page.locator(`a[href="/permohonan/${requestId}"]`).first().click();
  }
  await page.getByRole('radio', { name: outcome }).check();
  if (shotName) await screen(page, shotName);
  await page.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(page.getByText('Keputusan tersimpan.')).toBeVisible();
  await page.context().close();
}

/**
 * The ASN's whole KGB journey with the officials' part: filing with uploads, a document found
 * deficient and fixed, two validations, the signature, the survey and the download.
 */
export async function kgbJourney(browser: Browser, options: { phone: boolean; prefix: string }) {
  const { phone, prefix } = options;
  const asn = await signedIn(browser, 'asn.lain', { phone });
  await screen(asn, `${prefix}01-beranda`);
  await menu(asn, 'Layanan');
  await asn.getByRole('link', { name: 'Kenaikan Gaji Berkala' }).click();
  await screen(asn, `${prefix}02-standar-layanan`);
  await asn.getByRole('button', { name: 'Ajukan permohonan' }).click();

  // A failed submit keeps what was typed and says what is wrong, at the top and at the field.
  await asn.getByLabel('TMT KGB terakhir').fill('2024-12-01');
  await asn.getByLabel('Nomor SK KGB terakhir').fill('822.4/123/2024');
  await asn.getByLabel(/Masa kerja golongan pada KGB terakhir \(tahun\)/).fill('12');
  await asn.getByLabel(/Masa kerja golongan pada KGB terakhir \(bulan\)/).fill('0');
  await asn.getByRole('button', { name: /Simpan dan lanjutkan/ }).click();
  const summary = asn.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Gaji pokok saat ini/ })).toBeVisible();
  await expect(asn.getByLabel('Nomor SK KGB terakhir')).toHaveValue('822.4/123/2024');
  await screen(asn, `${prefix}03-galat-isian`);
  await summary.getByRole('link', { name: /Gaji pokok saat ini/ }).click();
  await expect(asn.getByLabel(/Gaji pokok saat ini/)).toBeFocused();
  await asn.keyboard.type('3455600');
  await asn.getByRole('button', { name: /Simpan dan lanjutkan/ }).click();

  await expect(asn).toHaveURL(/\/permohonan\/[0-9a-f-]{36}$/);
  const requestId = asn.url().split('/').pop() ?? '';
  await expect(asn.getByText('3455600')).toBeVisible();
  for (const [index, requirement] of REQUIRED.entries())
    await upload(asn, requirement, `dokumen-${index + 1}.pdf`);
  await screen(asn, `${prefix}04-unggah-dokumen`);
  await asn.getByRole('button', { name: 'Ajukan permohonan' }).click();
  await expect(asn.getByText('Menunggu verifikasi').first()).toBeVisible();

  // The verifier reviews each document beside its preview and marks one deficient.
  const verifier = await signedIn(browser, 'verifikator');
  await menu(verifier, 'Antrean tugas');
  await expect(verifier.locator(`a[href="/permohonan/${requestId}"]`).first()).toBeVisible();
  await screen(verifier, `${prefix}05-antrean-verifikator`);
  await verifier.locator(`a[href="/permohonan/${requestId}"]`).first().click();
  await verifier.getByRole('button', { name: 'Ambil' }).click();
  await expect(verifier.getByRole('button', { name: 'Lepaskan' })).toBeVisible();
  await verifier.getByRole('button', { name: 'Pratinjau SK_KGB_TERAKHIR' }).click();
  await expect(verifier.getByRole('img', { name: /Pratinjau dokumen-1\.pdf/ })).toBeVisible();
  const mark = async (code: string, valid: boolean, reason?: string) => {
    const form = verifier
      .locator('form.mark-form')
      .filter({ has: verifier.getByRole('group', { name: new RegExp(code) }) });
    await form.getByRole('radio', { name: valid ? 'Valid' : 'Tidak valid', exact: true }).check();
    if (reason) await form.getByLabel('Alasan tidak valid').fill(reason);
    await form.getByRole('button', { name: /Simpan tanda/ }).click();
  };
  await mark('SK_KGB_TERAKHIR', false, 'Berkas tidak terbaca; unggah pindaian yang jelas.');
  await expect(verifier.getByText(/Ditandai tidak valid/)).toBeVisible();
  await mark('SK_PANGKAT_TERAKHIR', true);
  await mark('PENILAIAN_KINERJA', true);
  await expect(verifier.getByText('Ditandai valid')).toHaveCount(2);
  await verifier.getByRole('radio', { name: 'Dokumen kurang' }).check();
  await screen(verifier, `${prefix}06-pemeriksaan-dokumen`);
  await verifier.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(verifier.getByText('Keputusan tersimpan.')).toBeVisible();

  // The ASN sees what to fix and by when, replaces the document, and resubmits.
  await asn.reload();
  await expect(asn.getByRole('heading', { name: 'Dokumen perlu diperbaiki' }).first()).toBeVisible();
  await screen(asn, `${prefix}07-perbaikan`);
  await upload(asn, REQUIRED[0] ?? '', 'sk-kgb-jelas.pdf');
  await asn.getByRole('button', { name: 'Ajukan kembali setelah perbaikan' }).last().click();
  await expect(asn.getByText('Menunggu verifikasi').first()).toBeVisible();

  await verifier.reload();
  await verifier.getByRole('radio', { name: 'Diterima' }).check();
  // The demo agency's salary table has no rows: the verifier enters the new base salary.
  await verifier.getByLabel(/Gaji pokok baru/).fill('4000000');
  await verifier.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(verifier.getByText('Keputusan tersimpan.')).toBeVisible();
  await verifier.context().close();

  await decide(browser, 'pengawas', requestId, /^Disetujui$/, { shotName: `${prefix}08-validasi-pengawas` });
  await decide(browser, 'administrator', requestId, /^Disetujui$/);
  await decide(browser, 'penandatangan', requestId, /^Ditandatangani$/, {
    shotName: `${prefix}09-tanda-tangan`,
    viaMailLink: true,
  });

  // The survey unlocks the download; the first download hands the document over.
  await asn.reload();
  await expect(asn.getByRole('heading', { name: 'Survei kepuasan masyarakat' })).toBeVisible();
  await screen(asn, `${prefix}10-survei`);
  const questions = asn.locator('form fieldset');
  const count = await questions.count();
  expect(count).toBe(9);
  for (let index = 0; index < count; index++) await questions.nth(index).getByRole('radio').nth(3).check();
  await asn.getByLabel(/Saran dan masukan/).fill('Cepat dan jelas.');
  await asn.getByRole('button', { name: 'Kirim survei' }).click();
  const link = asn.getByRole('link', { name: 'Unduh dokumen' });
  await expect(link).toBeVisible();
  await expect(asn.getByText('Selesai').first()).toBeVisible();
  await screen(asn, `${prefix}11-unduh`);
  const [download] = await Promise.all([asn.waitForEvent('download'), link.click()]);
  const file = await download.path();
  expect(file).toBeTruthy();
  await asn.context().close();
  return { requestId, portal: PORTAL() };
}
