/**
 * Prints with an installed Chromium driven by playwright-core (web mode, CLI, tests). One
 * browser with one page is kept warm between prints — starting Chromium and a page costs
 * seconds, a print on a warm page a fraction of one — and closed after a few idle minutes so
 * it does not hold memory all day. The rendering happens in Chromium's own processes; the backend only awaits, so
 * printing needs no worker thread to keep the backend responsive.
 *
 * playwright-core is loaded on the first print only (it is large, and the desktop app prints
 * through Electron instead), which is also why it is a runtime dependency kept out of the
 * esbuild bundle.
 */
import type { Browser, Page } from 'playwright-core';
import type { PdfEngine } from './pdf-engine';
import { findChromium } from './find-chromium';

const IDLE_CLOSE_MS = 5 * 60_000;

/** Flags for a browser on a closed network: no background connections, no first-run work. */
export function chromiumArgs(isRoot: boolean): string[] {
  return [
    // Chromium refuses to start its sandbox as root; the print page runs no script and loads nothing.
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
}

export interface ChromiumEngineOptions {
  executablePath?: () => string;
  idleCloseMs?: number;
  /** The browser's environment (default: this process's); a test empties the system fonts through it. */
  env?: Record<string, string>;
}

export function chromiumEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  const executablePath = options.executablePath ?? (() => findChromium());
  const idleCloseMs = options.idleCloseMs ?? IDLE_CLOSE_MS;
  let warm: Promise<{ browser: Browser; page: Page }> | null = null;
  // Prints take turns on the one warm page; on two cores, parallel prints would gain nothing.
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;
  let idleTimer: NodeJS.Timeout | null = null;

  async function startPage(onGone: () => void): Promise<{ browser: Browser; page: Page }> {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: executablePath(), args: chromiumArgs(process.getuid?.() === 0), handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, env: options.env });
    browser.on('disconnected', onGone);
    try {
      // No script runs in a print document and nothing loads from the network.
      const page = await browser.newPage({ javaScriptEnabled: false, offline: true });
      page.on('crash', () => void browser.close());
      return { browser, page };
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  function warmPage(): Promise<{ browser: Browser; page: Page }> {
    if (warm) return warm;
    // A failed start or a crashed browser is not kept: the next print starts afresh.
    const forget = () => {
      if (warm === starting) warm = null;
    };
    const starting = startPage(forget);
    warm = starting;
    starting.catch(forget);
    return starting;
  }

  async function shutDown(): Promise<void> {
    const held = warm;
    warm = null;
    if (held) await held.then((w) => w.browser.close(), () => undefined);
  }

  async function print(html: string): Promise<Uint8Array> {
    const { page } = await warmPage();
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({ preferCSSPageSize: true, printBackground: true });
  }

  /** Runs `work` with the idle timer stopped; when nothing is left to do, the timer starts again. */
  function busy<T>(work: () => Promise<T>): Promise<T> {
    if (idleTimer) clearTimeout(idleTimer);
    pending++;
    const job = work();
    const done = () => {
      if (--pending > 0) return;
      idleTimer = setTimeout(() => void shutDown(), idleCloseMs);
      idleTimer.unref();
    };
    void job.then(done, done);
    return job;
  }

  function toPdf(html: string): Promise<Uint8Array> {
    return busy(() => {
      const job = queue.then(() => print(html));
      queue = job.then(
        () => undefined,
        () => undefined,
      );
      return job;
    });
  }

  return {
    toPdf,
    async prepare(sample) {
      // Already started (or starting): a print made it ready, or will.
      if (warm) await busy(warmPage);
      else await toPdf(sample);
    },
    async close() {
      await queue;
      if (idleTimer) clearTimeout(idleTimer);
      await shutDown();
    },
  };
}
