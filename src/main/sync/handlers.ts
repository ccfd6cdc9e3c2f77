/** Sync and office keys through the contract: keys, enrollment, trust, export, receipts, status. */
import type { Handlers } from '../rpc/handlers';
import type { Handler } from '../rpc/handlers';
import { actorOf, requireSession, type Core } from '../core';
import { SettingsRepo } from '../settings/settings';
import { minisignPublicKey } from './format/minisign';
import { writeEnrollmentRequest } from './office/enrollment';
import { importReceipt } from './office/import-receipt';
import { withIncomingFile } from './office/incoming-file';
import { activeSigningKey, ensureOfficeKeys, listKeys, officeIdentity, rotateOfficeKeys } from './office/office-keys';
import { syncStatus } from './office/sync-status';
import { importTrust } from './office/trust-store';
import { writableFolder } from '../fs/writable-folder';

type SyncMethods =
  | 'keys.show'
  | 'keys.create'
  | 'keys.rotate'
  | 'keys.enrollmentRequest'
  | 'trust.import'
  | 'sync.status'
  | 'sync.export'
  | 'sync.importReceipt'
  | 'sync.updateSettings';

export function syncHandlers(core: Core): Handlers<SyncMethods> {
  const db = () => core.vault.db();
  return {
    'keys.show': () => {
      const identity = officeIdentity(db());
      return {
        officeId: identity?.officeId ?? null,
        keys: listKeys(db()),
        minisignPublicKey: identity ? minisignPublicKey(activeSigningKey(db()).publicKey) : null,
      };
    },
    'keys.create': async () => ({ created: await ensureOfficeKeys(db(), core.now()) }),
    'keys.rotate': async () => {
      await rotateOfficeKeys(db(), core.now());
      return { ok: true as const };
    },
    'keys.enrollmentRequest': async ({ outDir }) => ({ file: await writeEnrollmentRequest(db(), writableFolder(outDir, 'outDir'), core.now()) }),
    'trust.import': ({ dataBase64, rootFingerprint }) =>
      withIncomingFile(core.vault.dataDir, dataBase64, (file) => importTrust(db(), file, { now: core.now(), expectRootFingerprint: rootFingerprint })),
    'sync.status': () => syncStatus(db(), core.now()),
    'sync.export': ({ outDir }, ctx) => ({ jobId: core.jobs.start(requireSession(ctx).token, 'sync.export', { outDir: writableFolder(outDir, 'outDir') }) }),
    'sync.importReceipt': ({ dataBase64 }) => withIncomingFile(core.vault.dataDir, dataBase64, (file) => importReceipt(db(), file, core.now())),
    'sync.updateSettings': (settings, ctx) => {
      db().transaction(() => new SettingsRepo(db(), core.now).put('sync', settings, actorOf(requireSession(ctx))))();
      return { ok: true as const };
    },
  };
}

/**
 * Sign-in also gives the office its keys if it has none: installations set up before sync
 * existed, and new ones (setup does not sign anyone in), get them at their first sign-in.
 */
export function withOfficeKeysAtSignIn(core: Core, login: Handler<'auth.login'>): Handler<'auth.login'> {
  return async (input, ctx) => {
    const session = await login(input, ctx);
    await ensureOfficeKeys(core.vault.db(), core.now());
    return session;
  };
}
