/**
 * electron-updater's generic provider only downloads over HTTP(S), never from file://, so
 * the staged bundle is served to it from this computer: 127.0.0.1 on a random port, under a
 * random path, exactly the named files, GET and HEAD only, and only to requests addressed to
 * 127.0.0.1 (a web page using DNS rebinding sends another Host). Plain Node, tested here.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface LoopbackServer {
  /** Base URL for the generic provider, ending in a slash. */
  url: string;
  /** Names of the files served so far, in order (for the log and the tests). */
  served: string[];
  close(): Promise<void>;
}

const contentType = (name: string) => (name.endsWith('.yml') ? 'text/yaml; charset=utf-8' : 'application/octet-stream');

export async function serveFolder(dir: string, names: readonly string[]): Promise<LoopbackServer> {
  const token = randomBytes(16).toString('hex');
  const served: string[] = [];
  let host = '';

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const fail = (status: number) => {
      res.writeHead(status, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end();
    };
    if (req.headers.host !== host) return fail(421);
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405);
    const path = new URL(req.url ?? '/', `http://${host}`).pathname;
    const prefix = `/${token}/`;
    let name: string;
    try {
      name = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return fail(400);
    }
    if (!path.startsWith(prefix) || !names.includes(name)) return fail(404);
    const file = join(dir, name);
    res.writeHead(200, { 'content-type': contentType(name), 'content-length': statSync(file).size, 'cache-control': 'no-store' });
    served.push(name);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };

  const server = createServer(answer);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}/${token}/`,
    served,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
