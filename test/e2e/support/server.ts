/**
 * A Homeward web-mode process and the address (with its token) it printed: `homeward serve`
 * on a new, empty data folder (the first-run wizard shows), or `npm run demo`'s program
 * (a demo institution with synthetic children, in a folder it makes and removes itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/main/cli/homeward.js');
const DEMO = resolve('dist/main/demo/demo.js');
const URL_RE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;
// The demo enrolls with its registry and imports and matches a snapshot before it listens: 15–20 s under load.
const START_TIMEOUT_MS = 90_000;

export type ServerKind = 'empty' | 'demo';

export interface Server {
  /** The full address to open, token included. */
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(kind: ServerKind = 'empty'): Promise<Server> {
  const root = mkdtempSync(join(tmpdir(), 'homeward-e2e-'));
  const args = kind === 'demo' ? [DEMO] : [CLI, 'serve', '--data', join(root, 'data')];
  const env = { ...process.env, HOMEWARD_DEMO_CHILDREN: '300' };
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  try {
    const url = await addressOf(proc);
    return { url, stop: () => stop(proc).finally(() => rmSync(root, { recursive: true, force: true })) };
  } catch (e) {
    await stop(proc);
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}

function addressOf(proc: ChildProcess): Promise<string> {
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => done(new Error(`homeward serve printed no address within ${START_TIMEOUT_MS} ms.\n${out}${err}`)), START_TIMEOUT_MS);
    const onExit = (code: number | null) => done(new Error(`homeward serve exited (${code}) before printing its address.\n${out}${err}`));
    function done(result: string | Error) {
      clearTimeout(timer);
      proc.off('exit', onExit);
      proc.stdout?.removeAllListeners('data');
      if (typeof result === 'string') ok(result);
      else fail(result);
    }
    proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const m = URL_RE.exec(out);
      if (m) done(m[0]);
    });
    proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('exit', onExit);
  });
}

/** SIGTERM (the server closes the database cleanly), then SIGKILL if it hangs. */
function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    proc.once('exit', () => {
      clearTimeout(kill);
      ok();
    });
    proc.kill('SIGTERM');
  });
}

/**
 * One server per spec file. A worker-scoped fixture alone is not enough: Playwright keeps a
 * worker (and its fixtures) across files while tests pass, so the second file would find the
 * first one's data. Asking for another file's server stops the previous one.
 */
export class ServerPerFile {
  private current: { file: string; server: Promise<Server> } | null = null;

  async for(file: string, kind: ServerKind = 'empty'): Promise<Server> {
    if (this.current?.file !== file) {
      await this.stop();
      this.current = { file, server: startServer(kind) };
    }
    return this.current.server;
  }

  async stop(): Promise<void> {
    const running = this.current?.server;
    this.current = null;
    if (running) await (await running).stop();
  }
}
