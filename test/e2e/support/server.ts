/** A `homeward serve` process on its own data folder, and the address (with its token) it printed. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/main/cli/homeward.js');
const URL_RE = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;
const START_TIMEOUT_MS = 30_000;

export interface Server {
  /** The full address to open, token included. */
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export async function startServer(): Promise<Server> {
  const root = mkdtempSync(join(tmpdir(), 'homeward-e2e-'));
  const dataDir = join(root, 'data');
  const proc = spawn(process.execPath, [CLI, 'serve', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await addressOf(proc);
    return { url, dataDir, stop: () => stop(proc).finally(() => rmSync(root, { recursive: true, force: true })) };
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

  async for(file: string): Promise<Server> {
    if (this.current?.file !== file) {
      await this.stop();
      this.current = { file, server: startServer() };
    }
    return this.current.server;
  }

  async stop(): Promise<void> {
    const running = this.current?.server;
    this.current = null;
    if (running) await (await running).stop();
  }
}
