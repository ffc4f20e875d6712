import { defineConfig } from '@playwright/test';

/**
 * End-to-end journeys in Debian's Chromium (browsers cannot be downloaded here) against a local
 * stack of their own on free ports, serving the production build of the portal. Screenshots of
 * each journey's main screens go to test/e2e/artefacts/ (git-ignored).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test/e2e/artefacts/results',
  globalSetup: './test/e2e/global-setup.ts',
  // One stack, one clock: journeys run one after another.
  workers: 1,
  fullyParallel: false,
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { outputFolder: 'test/e2e/artefacts/report', open: 'never' }]],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'retain-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', testIgnore: /phone\.spec\.ts/, use: { viewport: { width: 1280, height: 900 } } },
    {
      name: 'phone',
      testMatch: /phone\.spec\.ts/,
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
});
