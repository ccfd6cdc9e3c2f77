/** Opens the backend on the data folder, signs in, runs one command, signs out. */
import { resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { createBackend } from '../backend';
import { credentials, type CommonOptions } from './credentials';
import { defaultDataDir } from './data-dir';

export function dataDirOf(opts: CommonOptions): string {
  return resolve(opts.data ?? process.env['HOMEWARD_DATA'] ?? defaultDataDir());
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;

export async function openBackend(opts: CommonOptions): Promise<Backend> {
  return createBackend({ dataDir: dataDirOf(opts) });
}

/** A typed call that throws the backend's error as an AppError. */
export async function call<M extends MethodName>(backend: Backend, method: M, input: InputOf<M>, session?: string): Promise<OutputOf<M>> {
  const res = await backend.dispatch({ method, input, session }, 'cli');
  if (!res.ok) throw new AppError(res.error.code, res.error.message, res.error.details);
  return res.result as OutputOf<M>;
}

export async function withSession<T>(opts: CommonOptions, run: (backend: Backend, session: string) => Promise<T>): Promise<T> {
  const backend = await openBackend(opts);
  try {
    if (!backend.core.vault.isSetUp) throw new AppError('not_set_up', `Homeward is not set up in ${dataDirOf(opts)}. Run "homeward init" first, or give --data DIR.`);
    const { username, password } = await credentials(opts);
    const s = await call(backend, 'auth.login', { username, password });
    try {
      return await run(backend, s.sessionToken);
    } finally {
      await call(backend, 'auth.logout', {}, s.sessionToken).catch(() => undefined);
    }
  } finally {
    await backend.close();
  }
}
