#!/usr/bin/env node
/**
 * `homeward-registry`: the reference registry. It enrolls offices, ingests their sync
 * packages, answers with receipts, publishes the trust list, takes in missing-child reports
 * and publishes snapshots of them. Same codebase and package formats as the office; its own
 * encrypted database in --dir.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { action, runProgram } from '../cli/command-kit';
import { AppError } from '../../shared/api/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { readPasswordFile } from '../cli/credentials';
import type { Sqlite } from '../db/open';
import { createRegistryDb, openRegistryDb, registryPaths } from './registry-db';
import { initRegistryKeys, registryAgeIdentity, registryRecipient } from './registry-keys';
import { enrollOffice, revokeKey } from './enroll';
import { ingestPackage, type IngestOutcome } from './ingest';
import { exportTrust } from './trust-export';
import { registryStatus } from './status';
import { fingerprintOf, keyIdOf } from '../sync/format/minisign';
import { registrySigningKey } from './registry-keys';
import { defaultResourcesDir } from '../backend';
import { Geo } from '../reference/geo';
import { importReportsFile } from './reports/import-reports';
import { closeReports } from './reports/report-store';
import { publishSnapshot } from './snapshot-publish';
import { signUpdate } from './update-sign';
import { APP_VERSION } from '../sync/format/manifest';
import { readFileSync } from 'node:fs';

interface Options {
  dir?: string;
  passwordFile?: string;
}

function common(cmd: Command): Command {
  return cmd
    .option('--dir <dir>', 'registry folder (or HOMEWARD_REGISTRY_DIR)')
    .option('--password-file <file>', 'file whose first line is the registry passphrase (or HOMEWARD_REGISTRY_PASSWORD)');
}

function passphrase(opts: Options): string {
  if (opts.passwordFile) return readPasswordFile(opts.passwordFile);
  const env = process.env['HOMEWARD_REGISTRY_PASSWORD'];
  if (env) return env;
  throw new AppError('invalid_input', 'Give the registry passphrase with --password-file FILE or HOMEWARD_REGISTRY_PASSWORD.');
}

function pathsOf(opts: Options) {
  const dir = opts.dir ?? process.env['HOMEWARD_REGISTRY_DIR'];
  if (!dir) throw new AppError('invalid_input', 'Say which registry: --dir DIR or HOMEWARD_REGISTRY_DIR.');
  return registryPaths(dir);
}

async function withRegistry<T>(opts: Options, run: (db: Sqlite, paths: ReturnType<typeof registryPaths>) => Promise<T> | T): Promise<T> {
  const paths = pathsOf(opts);
  const db = await openRegistryDb(paths, passphrase(opts));
  try {
    return await run(db, paths);
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
}


const out = (line: string): void => void process.stdout.write(`${line}\n`);

function report(file: string, o: IngestOutcome): void {
  if (o.status === 'applied') {
    out(o.receipt);
    process.stderr.write(`${file}: applied package ${o.seq} from office ${o.officeId} (${o.records} records).\n`);
    for (const r of o.released) report(`(released from quarantine) package ${r.seq}`, r);
  } else if (o.status === 'duplicate') {
    out(o.receipt);
    process.stderr.write(`${file}: package ${o.seq} from office ${o.officeId} was already ingested; nothing changed. Its receipt was written again.\n`);
  } else {
    process.stderr.write(`${file}: QUARANTINED — ${o.quarantined.message}${o.quarantined.destroyed ? ` It held records destroyed under s.24 order ${o.quarantined.destroyed.order}, so it was deleted rather than kept.` : ''}\n`);
    process.exitCode = 1;
  }
}

const program = common(new Command('homeward-registry'))
  .description('Homeward reference registry: enroll offices, ingest sync packages, write receipts and trust lists')
  .version(APP_VERSION)
  // `update sign --version X.Y.Z` is the update's version: the program's own --version is only read before a subcommand.
  .enablePositionalOptions()
  .showHelpAfterError();

common(program.command('init'))
  .description('create a registry: its encrypted database and its root, signing and encryption keys')
  .requiredOption('--name <name>', 'name of the registry')
  .action(
    action(async (opts: Options & { name: string }) => {
      const paths = pathsOf(opts);
      const db = await createRegistryDb(paths, opts.name, passphrase(opts));
      try {
        const id = await initRegistryKeys(db, opts.name, new Date());
        const root = registrySigningKey(db, 'root').publicKey;
        out(`Registry ${id.registryId} created in ${paths.dir}.`);
        out(`Root key ${keyIdOf(root)}, fingerprint ${fingerprintOf(root)} — give offices this fingerprint to check their first trust list.`);
      } finally {
        db.close();
      }
    }),
  );

common(program.command('enroll <file>'))
  .description('approve an office’s enrollment request; it appears in the next trust list')
  .action(
    action(async (file: string, opts: Options) =>
      withRegistry(opts, async (db) => {
        const r = await enrollOffice(db, resolve(file), new Date());
        out(`${r.alreadyEnrolled ? 'Already enrolled' : 'Enrolled'}: ${r.name} (office ${r.officeId}), key ${r.keyId}, fingerprint ${r.fingerprint}.`);
        out('Compare the fingerprint with the one the office reads out from "homeward keys show" before you send it the trust list.');
      }),
    ),
  );

common(program.command('ingest <files...>'))
  .description('verify, decrypt and apply sync packages; prints the path of each receipt')
  .option('--accept-gap', 'apply a package that follows a lost one (it carries everything since the last receipt)')
  .action(
    action(async (files: string[], opts: Options & { acceptGap?: boolean }) =>
      withRegistry(opts, async (db, paths) => {
        for (const file of files) {
          try {
            report(file, await ingestPackage(db, paths, resolve(file), { now: () => new Date(), acceptGap: opts.acceptGap }));
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            process.stderr.write(`homeward-registry: ${file}: ${e.message}\n`);
            process.exitCode = 1;
          }
        }
      }),
    ),
  );

common(program.command('revoke <keyId>'))
  .description('revoke an office key: packages signed with it are refused, and the next trust list says so')
  .action(
    action(async (keyId: string, opts: Options) =>
      withRegistry(opts, (db) => {
        const r = revokeKey(db, keyId);
        out(`Key ${keyId.toUpperCase()} of office ${r.officeId} is revoked. Export the trust list so offices learn of it.`);
      }),
    ),
  );

common(program.command('status'))
  .description('per office: last package, last seen, gaps, quarantined packages')
  .option('--json', 'print JSON')
  .action(
    action(async (opts: Options & { json?: boolean }) =>
      withRegistry(opts, (db, paths) => {
        const s = registryStatus(db, paths.quarantineDir);
        if (opts.json) {
          out(JSON.stringify(s, null, 2));
          return;
        }
        out(`${s.name} (${s.registryId}), trust list version ${s.trustVersion}`);
        out(`Reports: ${s.reports.open} open, ${s.reports.traced} traced; latest snapshot ${s.latestSnapshot ? `v${s.latestSnapshot.version}, expires ${s.latestSnapshot.expiresAt.slice(0, 10)}` : 'none'}`);
        for (const m of s.confirmedMatches) out(`CONFIRMED MATCH: report ${m.reportId} (${m.reportStatus ?? 'unknown here'}) is child ${m.admissionNo ?? m.childId} of office ${m.officeId}, by ${m.decidedBy} on ${m.decidedAt.slice(0, 10)}`);
        for (const p of s.s24Purges) out(`RECORDS DESTROYED (s.24): child ${p.admissionNo} of office ${p.officeId}, order ${p.order.reference} of ${p.order.date}, confirmed by ${p.confirmedBy} on ${p.confirmedAt.slice(0, 10)}`);
        for (const o of s.offices) {
          out(`${o.name} (${o.officeId}): package ${o.lastSeq}, last seen ${o.lastSeen ?? 'never'}${o.gaps.length ? `, MISSING ${o.gaps.join(', ')}` : ''}${o.quarantined.length ? `, ${o.quarantined.length} quarantined` : ''}`);
          for (const q of o.quarantined) out(`  quarantined ${q.seq}: ${q.message}${q.destroyed ? ` The package itself was deleted: it held records destroyed under s.24 order ${q.destroyed.order}.` : ''}`);
        }
      }),
    ),
  );

const trust = program.command('trust').description('the signed trust list offices import');
common(trust.command('export'))
  .description('write a new version of the trust list')
  .requiredOption('--out <file>', 'file to write')
  .action(
    action(async (opts: Options & { out: string }) =>
      withRegistry(opts, async (db) => {
        const r = await exportTrust(db, resolve(opts.out), new Date());
        out(r.file);
      }),
    ),
  );

const reports = program.command('reports').description('the missing-child reports that snapshots carry');
common(reports.command('import <file>'))
  .description('import reports from a .csv or .xlsx file (docs/formats/reports-csv.md); all rows or none')
  .action(
    action(async (file: string, opts: Options) =>
      withRegistry(opts, async (db) => {
        const r = await importReportsFile(db, resolve(file), Geo.load(defaultResourcesDir()), new Date()).catch((e: unknown) => {
          // Every problem first, as FILE:LINE: column: reason, then the one-line summary.
          const rows = e instanceof AppError ? (e.details?.['rows'] as { line: number; column: string | null; message: string }[] | undefined) : undefined;
          for (const p of rows ?? []) process.stderr.write(`${file}:${p.line}: ${p.column ?? '(row)'}: ${p.message}\n`);
          throw e;
        });
        out(`Imported ${r.imported} reports${r.traced ? ` (${r.traced} closed as traced)` : ''}. They go out in the next snapshot.`);
      }),
    ),
  );
common(reports.command('close <reportIds...>'))
  .description('close reports as traced (the child was found); the next snapshot deletes them at the offices')
  .action(
    action(async (reportIds: string[], opts: Options) =>
      withRegistry(opts, (db) => {
        closeReports(db, reportIds, new Date().toISOString());
        out(`Closed ${reportIds.length} report${reportIds.length === 1 ? '' : 's'} as traced. The next snapshot removes ${reportIds.length === 1 ? 'it' : 'them'} at the offices.`);
      }),
    ),
  );

const snapshot = program.command('snapshot').description('snapshots of the open reports, for the offices');
common(snapshot.command('publish'))
  .description('write a new signed snapshot version (full, or a delta with --delta-from); prints its path')
  .requiredOption('--out <dir>', 'folder to write it to')
  .option('--delta-from <version>', 'only the changes since this published version', (v) => {
    if (!/^\d+$/.test(v)) throw new AppError('invalid_input', `--delta-from takes a snapshot version number, not "${v}".`);
    return Number(v);
  })
  .action(
    action(async (opts: Options & { out: string; deltaFrom?: number }) =>
      withRegistry(opts, async (db, paths) => {
        const p = await publishSnapshot(db, paths, { outDir: opts.out, deltaFrom: opts.deltaFrom, now: new Date() });
        out(p.file);
        process.stderr.write(
          `Snapshot v${p.version}${p.base === null ? ' (full)' : ` (changes since v${p.base})`}: ${p.reports} reports${p.base === null ? '' : `, ${p.deletions} closed`}, for ${p.recipients} office${p.recipients === 1 ? '' : 's'}.\n`,
        );
      }),
    ),
  );

function readNotes(file: string, language: string): string {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch {
    throw new AppError('not_found', `Cannot read the ${language} release notes file ${file}.`);
  }
}

const update = program.command('update').description('signed update bundles of the Homeward app, for offices without a network');
common(update.command('sign'))
  .description('write an update bundle to a folder: the installer, latest*.yml and update.json signed with the update key')
  .requiredOption('--installer <file>', 'the release installer: Windows .exe (NSIS), Linux .AppImage or .deb, or macOS .zip')
  .requiredOption('--version <x.y.z>', 'the version of the app in the installer')
  .requiredOption('--out <dir>', 'folder to write the bundle to (e.g. a USB stick)')
  .requiredOption('--notes-en <file>', 'release notes in English (UTF-8 text)')
  .requiredOption('--notes-hi <file>', 'release notes in Hindi (UTF-8 text)')
  .option('--min-version <x.y.z>', 'the oldest installed version that may take this update (default: any)')
  .action(
    action(async (opts: Options & { installer: string; version: string; out: string; notesEn: string; notesHi: string; minVersion?: string }) =>
      withRegistry(opts, async (db) => {
        const notes = { en: readNotes(opts.notesEn, 'English'), hi: readNotes(opts.notesHi, 'Hindi') };
        const r = await signUpdate(db, { installer: opts.installer, version: opts.version, outDir: opts.out, minimumVersion: opts.minVersion, notes, now: new Date() });
        out(r.dir);
        process.stderr.write(`Update ${r.manifest.version} for ${r.manifest.target} (${r.manifest.installer.name}, ${r.manifest.installer.size} bytes), signed with update key ${r.manifest.origin.keyId}.\n`);
      }),
    ),
  );

const keys = program.command('keys').description('the registry’s keys');
common(keys.command('export-age-identity'))
  .description('write the registry’s age identity (private key) for `age -d -i FILE`; keep it safe')
  .requiredOption('--out <file>', 'file to write')
  .action(
    action(async (opts: Options & { out: string }) =>
      withRegistry(opts, (db) => {
        const file = resolve(opts.out);
        writeFileAtomic(file, `# homeward registry encryption key\n# public key: ${registryRecipient(db)}\n${registryAgeIdentity(db)}\n`);
        out(file);
      }),
    ),
  );

runProgram(program);
