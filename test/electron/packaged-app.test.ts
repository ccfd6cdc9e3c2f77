/**
 * What gets packaged, proven here: `electron-builder --dir` runs against a stand-in Electron
 * folder (the real binary cannot be downloaded here; the stand-in carries Electron's fuse wire,
 * so the fuses electron-builder flips can be read back), with no native rebuild. Then app.asar
 * is opened and the packaged main process is started under Node, with a stand-in `electron`
 * module and a guard on every network API, to show it makes no network call at start.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUPPORT = path.join(import.meta.dirname, 'packaged');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's fuse wire as shipped (version 1, 8 fuses): RunAsNode on, cookie encryption off,
// NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, V8 snapshot off, file:// privileges on.
const SHIPPED_WIRE = '10110001';

let work: string;
let unpacked: string;
let asarFile: string;
let entries: string[];

function standInElectron(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in for the Electron binary\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, SHIPPED_WIRE.length]), Buffer.from(SHIPPED_WIRE), Buffer.from('\n')]), { mode: 0o755 });
  writeFileSync(path.join(dir, 'version'), '45.5.0');
  writeFileSync(path.join(dir, 'LICENSE'), 'stand-in\n');
}

beforeAll(() => {
  // The main bundles are rebuilt so the run below starts what the sources say now; the
  // renderer must have been built (npm ci runs `npm run build`).
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT });
  expect(existsSync(path.join(ROOT, 'dist/renderer/index.html')), 'run npm run build first').toBe(true);
  work = mkdtempSync(path.join(tmpdir(), 'homeward-pack-'));
  standInElectron(path.join(work, 'electron-dist'));
  const out = path.join(work, 'release');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', '--x64', `-c.electronDist=${path.join(work, 'electron-dist')}`, `-c.directories.output=${out}`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_RELEASE: '' },
    timeout: 300_000,
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain('not a release build'); // the beforePack hook ran and did not rebuild
  unpacked = path.join(out, 'linux-unpacked');
  asarFile = path.join(unpacked, 'resources', 'app.asar');
  entries = listPackage(asarFile, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
}, 320_000);

describe('electron-builder --dir (stand-in Electron, no rebuild)', () => {
  it('app.asar holds the built main, preload and renderer', () => {
    for (const f of ['/package.json', '/dist/main/electron/main.js', '/dist/main/electron/backend-host.js', '/dist/main/jobs/job-worker.js', '/dist/preload/preload.cjs', '/dist/renderer/index.html']) {
      expect(entries, f).toContain(f);
    }
    expect(entries.some((e) => /^\/dist\/renderer\/assets\/index-[\w-]+\.js$/.test(e))).toBe(true);
  });

  it('app.asar holds no sources, tests, source maps or development packages', () => {
    expect(entries.filter((e) => /\.(ts|tsx|mts|cts|map)$/.test(e))).toEqual([]);
    expect(entries.filter((e) => /^\/(src|test|bench|scripts|docs|migrations)(\/|$)/.test(e))).toEqual([]);
    const packages = new Set(entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(e)).map((e) => e.slice('/node_modules/'.length)));
    for (const dev of ['vitest', 'typescript', 'electron', 'electron-builder', 'react', 'vite', 'eslint', '@playwright/test', 'drizzle-kit', 'tsx']) expect(packages.has(dev), dev).toBe(false);
    // The runtime packages the main process loads from node_modules (the rest is bundled).
    for (const runtime of ['better-sqlite3-multiple-ciphers', 'electron-updater', 'exceljs']) expect(packages.has(runtime), runtime).toBe(true);
    // Web mode and the CLI print with it; the desktop app prints through Electron.
    expect(packages.has('playwright-core')).toBe(false);
  });

  it('unpacks the SQLite addon beside app.asar, without its C sources or object files', () => {
    const addon = path.join(unpacked, 'resources/app.asar.unpacked/node_modules/better-sqlite3-multiple-ciphers');
    expect(existsSync(path.join(addon, 'build/Release/better_sqlite3.node'))).toBe(true);
    expect(readdirSync(addon).sort()).toEqual(['LICENSE', 'build', 'lib', 'package.json']);
    expect(readdirSync(path.join(addon, 'build/Release'))).toEqual(['better_sqlite3.node']);
  });

  it('ships the migrations, reference data and fonts as extra resources', () => {
    const resources = path.join(unpacked, 'resources');
    const migrations = readdirSync(path.join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql'));
    expect(migrations.length).toBeGreaterThan(3);
    expect(readdirSync(path.join(resources, 'migrations')).filter((f) => f.endsWith('.sql')).sort()).toEqual(migrations.sort());
    expect(readFileSync(path.join(resources, 'migrations/meta/_journal.json'))).toEqual(readFileSync(path.join(ROOT, 'migrations/meta/_journal.json')));
    expect(readdirSync(path.join(resources, 'resources/geo')).sort()).toEqual(readdirSync(path.join(ROOT, 'resources/geo')).sort());
    // The print fonts, every one the printed forms embed, with their licence.
    expect(readdirSync(path.join(resources, 'resources/fonts')).sort()).toEqual(readdirSync(path.join(ROOT, 'resources/fonts')).sort());
    expect(readdirSync(path.join(resources, 'resources/fonts'))).toContain('OFL.txt');
  });

  it('writes no app-update.yml: the app has no update server to ask', () => {
    expect(existsSync(path.join(unpacked, 'resources/app-update.yml'))).toBe(false);
  });

  it('flips the fuses in the binary it packs', async () => {
    const wire = await getCurrentFuseWire(path.join(unpacked, 'homeward'));
    // Each fuse is an ASCII '1' (on) or '0' (off) in the wire.
    const on = (i: FuseV1Options) => (wire[i] === 0x31 ? true : wire[i] === 0x30 ? false : `fuse ${i} is ${String(wire[i])}`);
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true);
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(false);
  });
});

describe('the packaged main process at start', () => {
  function guarded(script: string[], extraEnv: Record<string, string> = {}) {
    const guardLog = path.join(mkdtempSync(path.join(tmpdir(), 'homeward-guard-')), 'network.log');
    writeFileSync(guardLog, '');
    const res = spawnSync(process.execPath, ['--import', path.join(SUPPORT, 'network-guard.mjs'), ...script], {
      encoding: 'utf8',
      env: { ...process.env, NETWORK_GUARD_LOG: guardLog, NETWORK_GUARD: path.join(SUPPORT, 'network-guard.mjs'), ...extraEnv },
      timeout: 120_000,
    });
    const attempts = readFileSync(guardLog, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { what: string; detail: string });
    return { res, attempts };
  }

  it('the guard itself catches DNS, sockets, HTTP(S), fetch, UDP and listening', () => {
    const probe = `
      const tryIt = async (f) => { try { await f(); } catch {} };
      const net = await import('node:net'), dns = await import('node:dns'), http = await import('node:http'), https = await import('node:https'), dgram = await import('node:dgram');
      await tryIt(() => fetch('https://example.org/'));
      await tryIt(() => dns.promises.lookup('example.org'));
      await tryIt(() => new Promise((r) => dns.lookup('example.org', r)));
      await tryIt(() => net.connect(443, '93.184.216.34'));
      await tryIt(() => http.get('http://127.0.0.1:9/'));
      await tryIt(() => https.request('https://example.org/'));
      await tryIt(() => dgram.createSocket('udp4'));
      await tryIt(() => net.createServer().listen(0));`;
    const { attempts } = guarded(['--input-type=module', '-e', probe]);
    expect(attempts.map((a) => a.what)).toEqual(['fetch', 'dns.promises.lookup', 'dns.lookup', 'socket.connect', 'http.get', 'https.request', 'dgram.createSocket', 'server.listen']);
  });

  it('starts, serves the page, answers the page’s first call, logs locally, and makes no network call', () => {
    const app = path.join(work, 'app');
    extractAll(asarFile, app);
    const userData = path.join(work, 'user-data');
    const reportFile = path.join(work, 'stand-in-report.json');
    const { res, attempts } = guarded(['--import', path.join(SUPPORT, 'register-electron.mjs'), path.join(app, 'dist/main/electron/main.js')], {
      STANDIN_APP_PATH: app,
      STANDIN_RESOURCES: path.join(unpacked, 'resources'),
      STANDIN_USER_DATA: userData,
      STANDIN_REPORT: reportFile,
    });
    expect(res.status, res.stdout + res.stderr).toBe(0);
    expect(attempts).toEqual([]);

    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      windows: { webPreferences: { sandbox: boolean; contextIsolation: boolean; nodeIntegration: boolean; preload: string } }[];
      page: { status: number; csp: string; bytes: number };
      ipc: { ok: boolean; result: unknown };
      errors: string[];
      sandboxEnabled: boolean;
      permissionHandlers: number;
      forked: { modulePath: string }[];
    };
    expect(report.errors).toEqual([]);
    expect(report.sandboxEnabled).toBe(true);
    expect(report.permissionHandlers).toBe(2);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]!.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: path.join(app, 'dist/preload/preload.cjs') });
    expect(report.page.status).toBe(200);
    expect(report.page.csp).toMatch(/default-src 'self'/);
    // The backend ran from the package, opened its (empty) data folder, and answered.
    expect(report.forked.map((f) => path.relative(app, f.modulePath))).toEqual([path.join('dist', 'main', 'electron', 'backend-host.js')]);
    expect(report.ipc).toEqual({ ok: true, result: { setUp: false, institutionName: null } });

    // The log stays in the user's data folder; no crash file was written.
    const logs = readdirSync(path.join(userData, 'logs'));
    expect(logs).toEqual(['homeward.log']);
    const events = readFileSync(path.join(userData, 'logs', 'homeward.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string; version?: string });
    expect(events[0]).toMatchObject({ event: 'app.start', version: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string });
  });
});
