/**
 * createBackend(): the whole application behind the contract, in plain Node. The Electron
 * utility process, the web host, the CLI and the tests all run this same object.
 */
import { join, resolve, dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobEvent } from '../shared/api/contract';
import type { EventMessage } from '../shared/api/transport';
import type { Backend, BackendOptions } from './backend-types';
import { Vault } from './auth/vault';
import { Sessions } from './auth/sessions';
import { DEFAULT_POLICY } from './auth/key-slots';
import { Geo } from './reference/geo';
import { JobRunner } from './jobs/runner';
import { createDispatch, type Logger } from './rpc/dispatch';
import type { Core } from './core';
import type { Handlers } from './rpc/handlers';
import { authHandlers } from './auth/handlers';
import { childrenHandlers } from './children/handlers';
import { settingsHandlers } from './settings/handlers';
import { journalHandlers } from './journal/handlers';
import { backupHandlers } from './backup/handlers';
import { syncHandlers, withOfficeKeysAtSignIn } from './sync/handlers';
import { matchesHandlers } from './matches/handlers';
import { casefileHandlers } from './casefile/handlers';
import { casesHandlers } from './cases/handlers';
import { movementsHandlers, withLegacyDischargesAtSignIn } from './movements/handlers';
import { deadlinesHandlers } from './deadlines/handlers';
import { reportsHandlers } from './reports/handlers';
import { updatesHandlers } from './updates/handlers';
import { purgeHandlers } from './purge/handlers';
import { cryptoSelfTest } from './diagnostics/crypto-self-test';
import { printingHandlers } from './printing/handlers';
import { chromiumEngine } from './printing/chromium-engine';
import { AppError } from '../shared/api/errors';

/** The folder holding migrations/ and resources/: the package root, found by walking up from here. */
export function defaultResourcesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'migrations')) && existsSync(join(dir, 'resources'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('Cannot find the migrations and resources folders');
}

const stderrLogger: Logger = (message, error) => {
  // Errors are logged by kind and message only: a stack trace or input could hold a child's name.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : '';
  process.stderr.write(`[homeward] ${message}${detail ? ` — ${detail}` : ''}\n`);
};

export async function createBackend(options: BackendOptions): Promise<Backend & { core: Core }> {
  const resourcesDir = resolve(options.resourcesDir ?? defaultResourcesDir());
  const now = options.now ?? (() => new Date());
  const vault = new Vault(resolve(options.dataDir), join(resourcesDir, 'migrations'), now);
  const listeners = new Map<string, Set<(m: EventMessage) => void>>();
  const emit = (session: string, event: JobEvent) => {
    for (const l of listeners.get(session) ?? []) l({ topic: 'job', payload: event });
  };

  const sessions = new Sessions(now, () => (vault.isSetUp ? vault.keySlots.policy.autoLockMinutes : DEFAULT_POLICY.autoLockMinutes));
  const pdfEngine = options.pdfEngine ?? chromiumEngine();
  const jobs = new JobRunner({ dbFile: vault.dbFile, databaseKey: () => vault.databaseKey(), resourcesDir, emit });
  const core: Core = {
    vault,
    sessions,
    geo: Geo.load(resourcesDir),
    jobs,
    resourcesDir,
    now,
    closeIfIdle: () => {
      if (sessions.sweep() === 0 && jobs.active === 0) vault.close();
    },
  };

  const auth = authHandlers(core);
  const handlers: Handlers = {
    ...auth,
    'auth.login': withOfficeKeysAtSignIn(core, withLegacyDischargesAtSignIn(core, auth['auth.login'])),
    ...childrenHandlers(core),
    ...settingsHandlers(core),
    ...journalHandlers(core),
    ...backupHandlers(core),
    ...syncHandlers(core),
    ...matchesHandlers(core),
    ...casefileHandlers(core),
    ...casesHandlers(core),
    ...movementsHandlers(core),
    ...deadlinesHandlers(core),
    ...reportsHandlers(core),
    ...updatesHandlers(core, options.installUpdate),
    ...purgeHandlers(core),
    'diagnostics.selfTest': () => cryptoSelfTest(),
    ...printingHandlers(core, pdfEngine),
    'jobs.cancel': ({ jobId }, ctx) => {
      if (!ctx.session) throw new AppError('unauthenticated', 'Please sign in.');
      jobs.cancel(jobId, ctx.session.token);
      return { ok: true as const };
    },
  };
  const dispatch = createDispatch(core, handlers, options.log ?? stderrLogger);

  // Locks idle sessions even when nobody calls, so the key does not linger in memory.
  const sweeper = setInterval(() => core.closeIfIdle(), 30_000);
  sweeper.unref();

  return {
    core,
    dispatch,
    subscribe(session, listener) {
      let set = listeners.get(session);
      if (!set) listeners.set(session, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(session);
      };
    },
    async close() {
      clearInterval(sweeper);
      await pdfEngine.close();
      vault.close();
    },
  };
}
