import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './test/e2e/chromium';

/**
 * End-to-end tests in web mode: each spec file starts its own `homeward serve` on an empty
 * data folder (test/e2e/support/fixtures.ts), so every file begins at the first-run wizard.
 * Playwright's own output (traces, failure screenshots) goes to test-results/playwright/, which
 * it empties at the start of a run; named screenshots go to test-results/screenshots/ and the
 * printing tests' PDFs and PNGs (written earlier, by vitest) to test-results/printing/, both
 * outside it so a run keeps them.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
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
