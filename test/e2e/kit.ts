import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page } from '@playwright/test';

export const PORTAL = () => {
  const url = process.env.E2E_PORTAL_URL;
  if (!url) throw new Error('E2E_PORTAL_URL is not set: the global setup did not run');
  return url;
};
export const API = () => process.env.E2E_API_URL ?? '';

const SHOTS = join(import.meta.dirname, 'artefacts', 'screens');

/** A minimal PDF (the API checks uploads by content: %PDF). */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A browser page of its own for one seeded account, signed in through the local picker. */
export async function signedIn(
  browser: Browser,
  username: string,
  options: { phone?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: PORTAL(),
    ...(options.phone && { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }),
  });
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.getByRole('button', { name: new RegExp(`\\(${username.replace('.', '\\.')}\\)`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Masuk/);
  return page;
}

/** Signs in from wherever the page is (e.g. after opening a mail link), as the picker offers. */
export async function pickAccount(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`\\(${username.replace('.', '\\.')}\\)`) }).click();
}

/** A screenshot of a main screen, kept as a test artefact (test/e2e/artefacts/screens). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** axe (WCAG 2.x A/AA, 2.2 included): no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const grave = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    grave.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
    `axe on ${label}`,
  ).toEqual([]);
}

/** Both: the screen's picture for people, and axe's verdict; on a phone, nothing wider than it. */
export async function screen(page: Page, name: string): Promise<void> {
  await expect(page.getByText('Memuat…')).toHaveCount(0);
  await expectAccessible(page, name);
  const width = page.viewportSize()?.width ?? 0;
  if (width <= 400) {
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth'),
      `${name} scrolls sideways`,
    ).toBeLessThanOrEqual(width);
  }
  await shot(page, name);
}

/** Opens a page from the role's menu. */
export async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true }).click();
}
