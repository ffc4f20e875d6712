import { expect, test } from '@playwright/test';
import { apiClient } from '../kit/api';
import { requestAwaitingVerification } from '../kit/fixtures';
import { issueAndAnswerSurvey } from '../kit/workflow';
import { API, menu, PORTAL, screen, signedIn } from './kit';

test('an auditor opens a request’s history as a timeline, checks its audit chain, and anyone verifies its letter', async ({
  browser,
}) => {
  // A request that went all the way, driven through the API: the auditor's journey starts after it.
  const api = apiClient(API());
  const { id, applicant } = await requestAwaitingVerification(api);
  await issueAndAnswerSurvey(api, id, applicant);
  const output = await api.get<{ documentId: string }>(`/requests/${id}/output`, { as: applicant });
  expect(output.status).toBe(200);

  const auditor = await signedIn(browser, 'auditor');
  await menu(auditor, 'Audit');
  await auditor.getByLabel('Nomor permohonan').fill(id);
  await auditor.getByRole('button', { name: 'Buka riwayat' }).click();
  await expect(auditor.getByRole('heading', { name: 'Jejak audit' })).toBeVisible();
  await expect(auditor.getByRole('cell', { name: /DECIDED/ }).first()).toBeVisible();
  await expect(
    auditor
      .getByRole('list', { name: /Riwayat eksekusi/ })
      .getByText('AwaitAdministrativeVerification')
      .first(),
  ).toBeVisible();
  await auditor.getByRole('button', { name: 'Periksa rantai hash' }).click();
  await expect(auditor.getByText(/Rantai utuh: \d+ mata rantai/)).toBeVisible();
  await screen(auditor, 'auditor-01-riwayat');
  const [json] = await Promise.all([
    auditor.waitForEvent('download'),
    auditor.getByRole('button', { name: 'Unduh JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toBe(`riwayat-${id}.json`);
  await menu(auditor, 'Laporan');
  await expect(auditor.getByRole('img', { name: 'Permohonan per layanan' }).locator('svg')).toBeVisible();
  await screen(auditor, 'auditor-02-laporan');
  await auditor.context().close();

  // The QR code's link: the public page, no sign-in, in the holder's language.
  const visitor = await (await browser.newContext({ baseURL: PORTAL() })).newPage();
  await visitor.goto(`/verifikasi/${output.body.documentId}`);
  await expect(visitor.getByText('Sah', { exact: true })).toBeVisible();
  await expect(visitor.getByText('Cocok dengan kunci publik instansi')).toBeVisible();
  await screen(visitor, 'publik-01-verifikasi');
  await visitor.getByRole('button', { name: /English/ }).click();
  await expect(visitor.getByRole('heading', { name: 'Verify a document' })).toBeVisible();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await screen(visitor, 'publik-02-verify-english');
  await visitor.context().close();
});
