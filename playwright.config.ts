import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './test/e2e/chromium';

/**
 * End-to-end tests in web mode: each spec file starts its own `homeward serve` on an empty
 * data folder (test/e2e/support/fixtures.ts), so every file begins at the first-run wizard.
 * Named screenshots go to test-results/screenshots/ (written during the run, after Playwright
 * has cleaned outputDir, so they survive it).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    launchOptions: CHROMIUM,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    video: 'off',
    screenshot: 'only-on-failure',
    locale: 'en-IN',
    timezoneId: 'Asia/Kolkata',
  },
});
