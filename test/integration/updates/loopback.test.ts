/**
 * The loopback server, read by electron-updater's own generic provider and download code
 * (the parts that run in plain Node; only its Electron `net` request is swapped for Node's
 * http here). What the provider reads and checks is exactly the staged, verified bundle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type RequestOptions } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationToken } from 'builder-util-runtime';
import { GenericProvider } from 'electron-updater/out/providers/GenericProvider';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';
import { serveFolder, type LoopbackServer } from '../../../src/main/updates/loopback-server';
import type { StagedUpdate } from '../../../src/main/updates/stage-update';
import { makeUpdatingOffice, signed } from './update-fixture';

/** electron-updater's executor with Node's http in place of Electron's net module. */
class NodeExecutor extends ElectronHttpExecutor {
  override createRequest(options: RequestOptions, callback: (response: unknown) => void): ReturnType<ElectronHttpExecutor['createRequest']> {
    // Node's ClientRequest has everything HttpExecutor calls (abort, end, on), not Electron's extras.
    return request(options, callback) as unknown as ReturnType<ElectronHttpExecutor['createRequest']>;
  }
}

let ctx: Awaited<ReturnType<typeof makeUpdatingOffice>>;
let staged: StagedUpdate;
let server: LoopbackServer;

beforeAll(async () => {
  ctx = await makeUpdatingOffice();
  await ctx.office.call('updates.install', { folder: await signed(ctx.registry) });
  staged = ctx.handed[0]!;
  server = await serveFolder(staged.dir, [staged.channelFile, staged.installer]);
});
afterAll(async () => {
  await server.close();
  await ctx.office.backend.close();
  ctx.registry.db.close();
});

function get(path: string, init: { method?: string; host?: string } = {}): Promise<number> {
  const url = new URL(path, server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, method: init.method ?? 'GET', headers: init.host ? { host: init.host } : {} }, (res) => {
      res.resume();
      ok(res.statusCode!);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the loopback server', () => {
  it('listens on 127.0.0.1 under a random path', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/$/);
  });

  it('serves the named files, and nothing else', async () => {
    const base = new URL(server.url).pathname;
    expect(await get(`${base}latest-linux.yml`)).toBe(200);
    expect(await get(`${base}Homeward-0.2.0.AppImage`, { method: 'HEAD' })).toBe(200);
    expect(await get(`${base}update.json`)).toBe(404); // in the bundle, but not asked for by electron-updater
    expect(await get(`${base}..%2F..%2Fkeys.json`)).toBe(404);
    expect(await get('/latest-linux.yml')).toBe(404); // without the random path
    expect(await get(`${base}latest-linux.yml`, { method: 'POST' })).toBe(405);
    expect(await get(`${base}latest-linux.yml`, { host: 'evil.example:80' })).toBe(421); // DNS rebinding
  });
});

describe('electron-updater’s generic provider on the loopback server', () => {
  const executor = new NodeExecutor();
  const provider = () =>
    new GenericProvider({ provider: 'generic', url: server.url }, { channel: null, isAddNoCacheQuery: true } as never, { isUseMultipleRangeRequest: false, platform: 'linux', executor });

  it('reads latest-linux.yml and downloads the installer, checking its SHA-512', async () => {
    const info = await provider().getLatestVersion();
    expect(info.version).toBe('0.2.0');
    const [file] = provider().resolveFiles(info);
    expect(file!.url.href).toBe(`${server.url}Homeward-0.2.0.AppImage`);
    const dest = join(mkdtempSync(join(tmpdir(), 'homeward-download-')), 'installer');
    await executor.download(file!.url, dest, { sha512: file!.info.sha512, cancellationToken: new CancellationToken() });
    expect(readFileSync(dest).equals(readFileSync(join(staged.dir, staged.installer)))).toBe(true);
    expect(server.served).toContain('Homeward-0.2.0.AppImage');
  });

  it('refuses an installer changed after staging (its own checksum, a second line of defence)', async () => {
    const info = await provider().getLatestVersion();
    const [file] = provider().resolveFiles(info);
    const installer = join(staged.dir, staged.installer);
    const bytes = readFileSync(installer);
    bytes[10]! ^= 0xff;
    writeFileSync(installer, bytes);
    const dest = join(mkdtempSync(join(tmpdir(), 'homeward-download-')), 'installer');
    await expect(executor.download(file!.url, dest, { sha512: file!.info.sha512, cancellationToken: new CancellationToken() })).rejects.toThrow(/sha512 checksum mismatch/);
  });
});
