import { resolve, join } from 'node:path';
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors';
import { formatDate } from '../../../shared/util/dates';
import { call, dataDirOf, openBackend, withSession } from '../backend-session';
import { readPasswordFile, credentials, type CommonOptions } from '../credentials';
import { awaitJob } from '../run-job';
import { restoreBackup, type RestoreCredentials } from '../../backup/restore-backup';
import { defaultResourcesDir } from '../../backend';
import { startWebHost } from '../../web/web-host';

export async function auditVerify(opts: CommonOptions & { json?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const report = await call(backend, 'audit.verify', {}, session);
    if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      if (report.ok) process.stdout.write(`The audit trail verifies: ${report.entries} entries, no changes outside Homeward.\n`);
      for (const p of report.problems) process.stdout.write(`PROBLEM: ${p}\n`);
      for (const r of report.redactions) {
        process.stdout.write(`${r.entries} ${r.entries === 1 ? 'entry' : 'entries'} redacted by s.24 order ${r.orderReference} of ${formatDate(r.orderDate)} (purge ${r.purgeId}).\n`);
      }
    }
    if (!report.ok) process.exitCode = 1;
  });
}

export async function backup(opts: CommonOptions & { out: string }): Promise<void> {
  const out = resolve(opts.out);
  await withSession(opts, async (backend, session) => {
    const result = (await awaitJob(backend, session, 'Backing up', () => call(backend, 'backup.create', { outFile: out }, session))) as { file: string; bytes: number };
    process.stdout.write(`${result.file}\n`);
  });
}

export async function restore(file: string, opts: CommonOptions & { recoveryKeyFile?: string }): Promise<void> {
  const creds: RestoreCredentials = opts.recoveryKeyFile ? { recoveryKey: readPasswordFile(opts.recoveryKeyFile).trim() } : await credentials(opts);
  const dataDir = dataDirOf(opts);
  const result = await restoreBackup({ dataDir, backupFile: resolve(file), migrationsDir: join(defaultResourcesDir(), 'migrations'), credentials: creds, now: new Date() });
  process.stdout.write(`Restored ${result.children} children into ${dataDir}.${result.movedAsideTo ? ` The previous database was kept in ${result.movedAsideTo}.` : ''}\n`);
  if (result.purgesReapplied.length) {
    process.stdout.write(`The backup still held ${result.purgesReapplied.length} ${result.purgesReapplied.length === 1 ? 'child' : 'children'} whose records were destroyed under s.24 after it was made (${result.purgesReapplied.join(', ')}): destroyed again in the restored database. Destroy that backup.\n`);
  }
}

export async function serve(opts: CommonOptions & { port?: string }): Promise<void> {
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('invalid_input', '--port must be a number between 0 and 65535.');
  const rendererDir = join(defaultResourcesDir(), 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new AppError('not_found', 'The user interface has not been built: run "npm run build" first.');
  const backend = await openBackend(opts);
  const host = await startWebHost({ backend, rendererDir, port });
  process.stdout.write(`Homeward is running. Open this address in a browser on this computer:\n${host.url}\n(Data folder: ${dataDirOf(opts)}. Press Ctrl-C to stop.)\n`);
  await new Promise<void>((ok) => {
    const stop = () => ok();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await backend.close();
}
