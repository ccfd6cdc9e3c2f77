/**
 * Web mode: the same backend over HTTP, for `npm run demo`, `homeward serve` and the
 * end-to-end tests. Bound to 127.0.0.1 only; every API call needs the random token printed
 * with the URL, so another local program or a web page in the browser cannot use it. The
 * Host header is checked to stop DNS-rebinding pages from reaching it by name.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend-types';
import type { RpcRequest } from '../../shared/api/transport';
import { appResponseHeaders, contentTypeFor } from '../serving/response-headers';

const MAX_BODY = 80 * 1024 * 1024; // an imported register of 50 MB, base64-encoded

export interface WebHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...appResponseHeaders(contentType), 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The file under rendererDir that a URL path names, or null if it would step outside. */
export function staticFile(rendererDir: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, path === '/' ? 'index.html' : `.${path}`);
  return file.startsWith(root + sep) ? file : null;
}

export async function startWebHost(options: { backend: Backend; rendererDir: string; port?: number }): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Wrong host');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');

      if (url.pathname === '/api/rpc') {
        if (req.method !== 'POST') return send(res, 405, 'POST only');
        if (!sameToken(req.headers.authorization?.replace(/^Bearer /, ''), token)) return send(res, 401, 'Missing or wrong token');
        let request: RpcRequest;
        try {
          request = JSON.parse((await readBody(req)).toString('utf8')) as RpcRequest;
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request could not be read.' } }), 'application/json; charset=utf-8');
        }
        const response = await options.backend.dispatch(request, 'http');
        return send(res, 200, JSON.stringify(response), 'application/json; charset=utf-8');
      }

      if (url.pathname === '/api/events') {
        if (!sameToken(url.searchParams.get('token'), token)) return send(res, 401, 'Missing or wrong token');
        const session = url.searchParams.get('session') ?? '';
        res.writeHead(200, { ...appResponseHeaders('text/event-stream; charset=utf-8'), 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        const unsubscribe = options.backend.subscribe(session, (m) => res.write(`data: ${JSON.stringify(m)}\n\n`));
        // Keeps proxies and the browser from timing the stream out during a quiet spell.
        const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
        req.on('close', () => {
          clearInterval(ping);
          unsubscribe();
        });
        return;
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      const file = staticFile(options.rendererDir, url.pathname);
      if (!file) return send(res, 404, 'Not found');
      try {
        const body = await readFile(file);
        return send(res, 200, body, contentTypeFor(file));
      } catch {
        return send(res, 404, 'Not found');
      }
    } catch {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
