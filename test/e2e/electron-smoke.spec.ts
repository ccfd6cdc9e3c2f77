/**
 * Smoke tests of the real packaged app, tagged @electron and skipped here (the Electron binary
 * cannot be downloaded on these machines). On a release machine `npm run smoke:electron`
 * (scripts/electron-smoke.mjs, docs/release.md) packs a copy that differs from the release only
 * in allowing --inspect (Playwright drives Electron through it), and points these at it:
 * HOMEWARD_ELECTRON_APP is that copy's executable, HOMEWARD_PACKAGED_APP the release's own.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const SMOKE_APP = process.env['HOMEWARD_ELECTRON_APP'];
const RELEASE_APP = process.env['HOMEWARD_PACKAGED_APP'];

test.describe('the packaged desktop app', { tag: '@electron' }, () => {
  test.skip(!SMOKE_APP || !RELEASE_APP, 'needs the packaged app: run `npm run smoke:electron` on a release machine (docs/release.md)');
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  test.beforeAll(async () => {
    // Chromium's own sandbox stays on (Playwright would add --no-sandbox on Linux otherwise).
    app = await electron.launch({ executablePath: SMOKE_APP!, args: [`--user-data-dir=${mkdtempSync(join(tmpdir(), 'homeward-smoke-'))}`], chromiumSandbox: true });
  });
  test.afterAll(async () => {
    await app?.close();
  });

  test('the window opens sandboxed, isolated, without Node', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(page.url()).toBe('app://homeward/index.html');
    expect(await page.evaluate(() => [typeof (globalThis as { process?: unknown }).process, typeof (globalThis as { require?: unknown }).require])).toEqual(['undefined', 'undefined']);
    // Sandboxed at the OS level: seccomp-bpf in filter mode on Linux; Electron's own report elsewhere.
    const pid = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId());
    if (process.platform === 'linux') {
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(`/proc/${pid}/status`, 'utf8')).toMatch(/^Seccomp:\s+2$/m);
    } else {
      const metric = await app.evaluate(({ app: electronApp }, rendererPid) => electronApp.getAppMetrics().find((m) => m.pid === rendererPid), pid);
      expect(metric).toMatchObject({ type: 'Tab', sandboxed: true });
    }
  });

  test('a page that is not the app’s own is refused by the IPC bridge', async () => {
    const answer = await app.evaluate(async ({ app: electronApp, BrowserWindow }) => {
      const preload = `${electronApp.getAppPath()}/dist/preload/preload.cjs`;
      const other = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
      await other.loadURL('data:text/html,<p>not Homeward</p>');
      const result: unknown = await other.webContents.executeJavaScript(`window.homeward.invoke({ method: 'setup.status', input: {} })`);
      other.destroy();
      return result;
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('the SQLite addon loads and the crypto self-test passes in the backend process', async () => {
    const page = await app.firstWindow();
    const result = await page.evaluate(() => (window as unknown as { homeward: { invoke(r: unknown): Promise<unknown> } }).homeward.invoke({ method: 'diagnostics.selfTest', input: {} }));
    expect(result).toMatchObject({ ok: true, result: { ok: true } });
    const checks = (result as { result: { checks: { name: string; ok: boolean }[] } }).result.checks;
    expect(checks.find((c) => c.name === 'sqlite encrypted database')).toEqual({ name: 'sqlite encrypted database', ok: true });
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  });

  test('the release binary’s fuses read as set', async () => {
    const wire = await getCurrentFuseWire(RELEASE_APP!);
    const on = (i: FuseV1Options) => (wire[i] === 0x31 ? true : wire[i] === 0x30 ? false : `fuse ${i} is ${String(wire[i])}`);
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      nodeOptions: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: on(FuseV1Options.EnableNodeCliInspectArguments),
      onlyLoadAppFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      asarIntegrity: process.platform === 'linux' ? 'not on Linux' : on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      cookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      fileProtocolPrivileges: on(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: false,
      nodeOptions: false,
      inspect: false,
      onlyLoadAppFromAsar: true,
      asarIntegrity: process.platform === 'linux' ? 'not on Linux' : true,
      cookieEncryption: true,
      fileProtocolPrivileges: false,
    });
  });
});
