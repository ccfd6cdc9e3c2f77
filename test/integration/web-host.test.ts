import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startWebHost, staticFile, type WebHost } from '../../src/main/web/web-host';
import { makeBackend } from '../helpers/backend';

let host: WebHost;
let base: string;
let t: Awaited<ReturnType<typeof makeBackend>>;

beforeAll(async () => {
  t = await makeBackend();
  const rendererDir = mkdtempSync(join(tmpdir(), 'homeward-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ backend: t.backend, rendererDir });
  base = new URL(host.url).origin;
});
afterAll(async () => {
  await host.close();
});

const rpc = (body: unknown, token: string | null = host.token) =>
  fetch(`${base}/api/rpc`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe('web mode host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect(staticFile('/srv/r', '/../../etc/passwd')).toBeNull();
    expect(staticFile('/srv/r', '/%2e%2e/x')).toBeNull();
  });

  it('answers the contract only with the run token', async () => {
    expect((await rpc({ method: 'setup.status', input: {} }, null)).status).toBe(401);
    expect((await rpc({ method: 'setup.status', input: {} }, 'wrong-token')).status).toBe(401);
    const ok = await rpc({ method: 'setup.status', input: {} });
    expect(await ok.json()).toEqual({ ok: true, result: { setUp: false, institutionName: null } });
    const bad = await fetch(`${base}/api/rpc`, { method: 'POST', headers: { authorization: `Bearer ${host.token}` }, body: '{not json' });
    expect((await bad.json()).error.code).toBe('invalid_input');
  });

  it('refuses a request that names another host (DNS rebinding)', async () => {
    const port = new URL(base).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('streams job events only with the token', async () => {
    expect((await fetch(`${base}/api/events?session=x`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events?token=${host.token}&session=x`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    controller.abort();
  });
});
