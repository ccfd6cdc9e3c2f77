/**
 * `test` for the Homeward specs: a fresh `homeward serve` on an empty data folder per spec
 * file (worker-scoped; the config runs one worker), and `shot(name)`, a named full-page
 * screenshot in test-results/screenshots/<name>.png.
 */
import { test as base, type Page } from '@playwright/test';
import { join } from 'node:path';
import { startServer, type Server } from './server';

export type Shot = (name: string, page?: Page) => Promise<void>;

export const test = base.extend<{ shot: Shot; home: () => Promise<void> }, { server: Server }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  shot: async ({ page }, use, testInfo) => {
    const dir = join(testInfo.project.outputDir, 'screenshots');
    await use(async (name, p = page) => {
      // Fonts first: a screenshot taken while Noto Sans Devanagari loads shows boxes.
      await p.evaluate(() => document.fonts.ready.then(() => undefined));
      await p.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    });
  },
  /** Opens the app at its address (with the run token). */
  home: async ({ page, server }, use) => {
    await use(async () => {
      await page.goto(server.url);
    });
  },
});

export { expect } from '@playwright/test';
