/** `homeward keys …`, `homeward trust import`, `homeward sync …`: the office side of sync. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';
import { awaitJob } from '../run-job';

const out = (line: string) => process.stdout.write(`${line}\n`);

function fileBase64(file: string): string {
  try {
    return readFileSync(resolve(file)).toString('base64');
  } catch {
    throw new AppError('not_found', `Cannot read ${file}.`);
  }
}

export async function keysCreate(opts: CommonOptions): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const { created } = await call(backend, 'keys.create', {}, session);
    out(created ? 'Created this office’s signing and encryption keys.' : 'This office already has its keys.');
  });
}

export async function keysShow(opts: CommonOptions & { json?: boolean; minisign?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const shown = await call(backend, 'keys.show', {}, session);
    if (opts.minisign) {
      if (!shown.minisignPublicKey) throw new AppError('not_found', 'This office has no signing key yet. Run "homeward keys create".');
      return void process.stdout.write(shown.minisignPublicKey);
    }
    if (opts.json) return out(JSON.stringify(shown, null, 2));
    out(`Office ${shown.officeId ?? '(no keys yet)'}`);
    for (const k of shown.keys) out(`${k.purpose.padEnd(10)} ${k.status.padEnd(8)} ${k.keyId}  fingerprint ${k.fingerprint}`);
  });
}

export async function keysRotate(opts: CommonOptions): Promise<void> {
  await withSession(opts, async (backend, session) => {
    await call(backend, 'keys.rotate', {}, session);
    out('New keys created. The next sync package announces them; they take over when its receipt is imported.');
  });
}

export async function keysEnroll(opts: CommonOptions & { out: string }): Promise<void> {
  await withSession(opts, async (backend, session) => out((await call(backend, 'keys.enrollmentRequest', { outDir: resolve(opts.out) }, session)).file));
}

export async function trustImport(file: string, opts: CommonOptions & { rootFingerprint?: string }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const t = await call(backend, 'trust.import', { dataBase64: fileBase64(file), rootFingerprint: opts.rootFingerprint }, session);
    out(`Imported trust list version ${t.version} of ${t.registryName} (root key fingerprint ${t.rootFingerprint}), valid until ${t.expiresAt.slice(0, 10)}.`);
    if (!t.enrolled) out('This office is not in it yet: the registry has not approved its enrollment request.');
  });
}

export async function syncExport(opts: CommonOptions & { out: string }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const r = (await awaitJob(backend, session, 'Exporting', () => call(backend, 'sync.export', { outDir: resolve(opts.out) }, session))) as { file: string };
    out(r.file);
  });
}

export async function syncImportReceipt(file: string, opts: CommonOptions): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const r = await call(backend, 'sync.importReceipt', { dataBase64: fileBase64(file) }, session);
    out(
      r.alreadyAcknowledged
        ? `Package ${r.packageSeq} was already acknowledged; nothing changed.`
        : `The registry acknowledged package ${r.packageSeq}: changes up to journal entry ${r.acknowledgedTo} are safe there.${r.keysActivated ? ' The new keys are now in use.' : ''}`,
    );
  });
}

export async function syncStatus(opts: CommonOptions & { json?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const s = await call(backend, 'sync.status', {}, session);
    if (opts.json) return out(JSON.stringify(s, null, 2));
    out(`Last export: ${s.lastExport ? `package ${s.lastExport.seq} on ${s.lastExport.at}` : 'never'}`);
    out(`Last receipt: ${s.lastReceipt ? `package ${s.lastReceipt.seq} on ${s.lastReceipt.at}` : 'never'}`);
    out(`Changes waiting for the registry: ${s.entriesWaiting}${s.warning ? ` — WARNING: nothing acknowledged for ${s.daysSinceAck} days` : ''}`);
  });
}
