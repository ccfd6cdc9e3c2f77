/**
 * `test` for the Homeward specs: `server`, a fresh `homeward serve` on an empty data folder
 * per spec file (so each file starts at the first-run wizard; tests in a file share it, in
 * order), and `shot(name)`, a named full-page screenshot in test-results/screenshots/<name>.png.
 * In a beforeAll hook, use `servers.for(testInfo.file)`. `test.use({ serverKind: 'demo' })` gives
 * a file the demo institution (`npm run demo`) instead.
 */
import { test as base, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ServerPerFile, type Server, type ServerKind } from './server';

export type Shot = (name: string, page?: Page) => Promise<void>;

export const test = base.extend<{ server: Server; shot: Shot; home: () => Promise<void> }, { servers: ServerPerFile; serverKind: ServerKind }>({
  serverKind: ['empty', { scope: 'worker', option: true }],
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const servers = new ServerPerFile();
      await use(servers);
      await servers.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  server: async ({ servers, serverKind }, use, testInfo) => {
    await use(await servers.for(testInfo.file, serverKind));
  },
  shot: async ({ page }, use) => {
    const dir = join(process.cwd(), 'test-results', 'screenshots');
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
