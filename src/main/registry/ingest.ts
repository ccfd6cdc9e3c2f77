/**
 * Ingest of one sync package, in the order of docs/formats/sync-package.md: size cap → exact
 * entry list → verify the signature over the raw manifest with an enrolled, unrevoked key →
 * strict parse → audience → hash the payload → sequence and prev → decrypt with limits →
 * inner header equals the manifest → validate every record → apply in one transaction
 * (with the office's new high-water marks) → signed receipt. A refusal changes nothing; a
 * gap or fork is quarantined and reported. Ingesting the same package again changes nothing.
 */
import type { Sqlite } from '../db/open';
import type { SyncManifest } from '../sync/format/manifest';
import { syncManifestSchema } from '../sync/format/manifest';
import { withContainer, type OpenContainer } from '../sync/format/read-container';
import { payloadLines } from '../sync/format/read-payload';
import { refuse } from '../sync/format/refusal';
import { checkEntryHash, readSignedManifest } from '../sync/format/signed-manifest';
import { RecordApplier } from './apply-records';
import { enrolledOfficeKey } from './enroll';
import { isKept, markDestroyed, quarantine, quarantined, release, type Quarantined } from './quarantine';
import { purgeOrderNamedIn, scrubQuarantine } from './s24-purges';
import { compactNow } from '../purge/compact';
import { writeReceipt } from './receipt';
import { registryAgeIdentity, registryIdentity } from './registry-keys';
import type { RegistryPaths } from './registry-db';

export type IngestOutcome =
  | { status: 'applied'; officeId: string; seq: number; records: number; receipt: string; released: IngestOutcome[] }
  | { status: 'duplicate'; officeId: string; seq: number; receipt: string }
  | { status: 'quarantined'; officeId: string; seq: number; quarantined: Quarantined };

interface OfficeRow {
  office_id: string;
  last_seq: number;
  last_manifest_sha256: string;
  applied_journal_to: number;
}

export interface IngestOptions {
  now: () => Date;
  /** Apply a package that follows a lost one, because packages are cumulative; named by the administrator, never assumed. */
  acceptGap?: boolean;
}

export async function ingestPackage(db: Sqlite, paths: RegistryPaths, file: string, opts: IngestOptions): Promise<IngestOutcome> {
  const outcome = await withContainer(file, 'sync', (c) => ingestOpen(db, paths, file, c, opts));
  if (outcome.status !== 'applied') return outcome;
  // A package that was waiting for this one can follow now.
  for (const q of quarantined(paths.quarantineDir, outcome.officeId)) {
    const office = db.prepare('SELECT last_seq FROM offices WHERE office_id = ?').get(outcome.officeId) as { last_seq: number };
    if (!isKept(q) || q.reason !== 'sequence_gap' || q.seq !== office.last_seq + 1) continue;
    const next = await ingestPackage(db, paths, q.file, { now: opts.now });
    if (next.status === 'applied') release(q);
    outcome.released.push(next);
  }
  return outcome;
}

async function ingestOpen(db: Sqlite, paths: RegistryPaths, file: string, c: OpenContainer, opts: IngestOptions): Promise<IngestOutcome> {
  const { registryId } = registryIdentity(db);
  let signer = '';
  const { manifest, sha256, keyId } = await readSignedManifest(c, syncManifestSchema, (id) => {
    const key = enrolledOfficeKey(db, id);
    signer = key.officeId;
    return key.publicKey;
  });
  const { officeId } = manifest.origin;
  if (signer !== officeId) refuse('unknown_key', `This package claims to come from office ${officeId} but is signed with another office’s key.`);
  if (manifest.audience !== registryId) refuse('wrong_audience', `This package is addressed to another registry (${manifest.audience}), not this one (${registryId}).`);
  // Before any sequence decision: neither a duplicate nor a quarantined package may hide a damaged payload.
  await checkEntryHash(c, 'payload.age', manifest.entries[0].sha256);
  const office = db.prepare('SELECT office_id, last_seq, last_manifest_sha256, applied_journal_to FROM offices WHERE office_id = ?').get(officeId) as OfficeRow;

  const seen = db.prepare('SELECT seq, manifest_sha256, journal_to FROM packages WHERE package_id = ?').get(manifest.packageId) as { seq: number; manifest_sha256: string; journal_to: number } | undefined;
  const now = opts.now();
  if (seen && seen.manifest_sha256 === sha256) {
    // Idempotent: nothing changes; the receipt is written again in case the first was lost.
    const receipt = await writeReceipt(db, officeId, { packageId: manifest.packageId, seq: seen.seq, manifestSha256: sha256, journalTo: seen.journal_to }, paths.receiptsDir, now);
    return { status: 'duplicate', officeId, seq: seen.seq, receipt };
  }
  const hold = async (reason: Quarantined['reason'], message: string): Promise<IngestOutcome> => {
    const held = quarantine(paths.quarantineDir, file, { officeId, seq: manifest.seq, packageId: manifest.packageId, reason, message, at: now.toISOString() });
    // A package naming a child whose records were destroyed under s.24 is not kept (s24-purges.ts).
    const order = isKept(held) ? await purgeOrderNamedIn(db, officeId, held.file) : null;
    return { status: 'quarantined', officeId, seq: manifest.seq, quarantined: order && isKept(held) ? markDestroyed(held, order, now) : held };
  };
  if (seen || manifest.seq <= office.last_seq) {
    return hold('fork', `Package ${manifest.seq} from this office differs from the package ${manifest.seq} already ingested: two different histories (a fork). It was not applied.`);
  }
  const gap = manifest.seq > office.last_seq + 1;
  if (gap && !(opts.acceptGap && manifest.journal.from <= office.applied_journal_to + 1)) {
    return hold('sequence_gap', `Package ${manifest.seq} arrived but package${manifest.seq - office.last_seq > 2 ? 's' : ''} ${office.last_seq + 1}${manifest.seq - office.last_seq > 2 ? `–${manifest.seq - 1}` : ''} from this office ${manifest.seq - office.last_seq > 2 ? 'have' : 'has'} not: it waits until the missing package arrives.`);
  }
  if (!gap && manifest.prev !== office.last_manifest_sha256) {
    return hold('fork', `Package ${manifest.seq} does not follow the package ${office.last_seq} this registry holds from the office (its “prev” differs): a fork. It was not applied.`);
  }
  if (manifest.journal.from > office.applied_journal_to + 1) {
    return hold('sequence_gap', `Package ${manifest.seq} starts at journal entry ${manifest.journal.from}, but this registry has entries only up to ${office.applied_journal_to}.`);
  }

  const { records, purges } = await applyInOneTransaction(db, c, manifest, office, { sha256, keyId, gapAccepted: gap, at: now.toISOString() });
  if (purges > 0) {
    await scrubQuarantine(db, paths.quarantineDir, officeId, now);
    // Erased rows leave their bytes in freed pages and the log until the file is rewritten.
    compactNow(db);
  }
  const receipt = await writeReceipt(db, officeId, { packageId: manifest.packageId, seq: manifest.seq, manifestSha256: sha256, journalTo: manifest.journal.to }, paths.receiptsDir, now);
  return { status: 'applied', officeId, seq: manifest.seq, records, receipt, released: [] };
}

async function applyInOneTransaction(
  db: Sqlite,
  c: OpenContainer,
  manifest: SyncManifest,
  office: OfficeRow,
  meta: { sha256: string; keyId: string; gapAccepted: boolean; at: string },
): Promise<{ records: number; purges: number }> {
  const applier = new RecordApplier(db, office.office_id, manifest, office.applied_journal_to, meta.at);
  // The payload is streamed, so the transaction stays open across awaits; this connection serves no one else meanwhile.
  db.exec('BEGIN IMMEDIATE');
  try {
    for await (const line of payloadLines(c, [registryAgeIdentity(db)], manifest)) applier.add(line);
    applier.finish();
    db.prepare('UPDATE offices SET last_seq = ?, last_manifest_sha256 = ?, applied_journal_to = max(applied_journal_to, ?), last_seen_at = ? WHERE office_id = ?').run(
      manifest.seq,
      meta.sha256,
      manifest.journal.to,
      meta.at,
      office.office_id,
    );
    db.prepare('INSERT INTO packages (package_id, office_id, seq, manifest_sha256, journal_to, records, gap_accepted, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      manifest.packageId,
      office.office_id,
      manifest.seq,
      meta.sha256,
      manifest.journal.to,
      applier.applied,
      meta.gapAccepted ? 1 : 0,
      meta.at,
    );
    applyKeyChanges(db, office.office_id, manifest, meta.keyId, meta.at);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
  return { records: applier.applied, purges: applier.purges };
}

/**
 * Key rotation: an announced key is enrolled beside the one that signed the announcement;
 * once a package arrives signed by the newer key, the office's older keys are retired.
 */
function applyKeyChanges(db: Sqlite, officeId: string, manifest: SyncManifest, signedBy: string, at: string): void {
  if (manifest.announce) {
    const { signing, recipient } = manifest.announce;
    const known = db.prepare('SELECT office_id FROM office_keys WHERE key_id = ?').get(signing.keyId) as { office_id: string } | undefined;
    if (known && known.office_id !== officeId) refuse('bad_manifest', 'The package announces a key that belongs to another office.');
    if (!known) db.prepare(`INSERT INTO office_keys (key_id, office_id, public_key, status, added_at) VALUES (?, ?, ?, 'active', ?)`).run(signing.keyId, officeId, signing.publicKey, at);
    db.prepare('UPDATE offices SET recipient = ? WHERE office_id = ?').run(recipient, officeId);
  }
  db.prepare(
    `UPDATE office_keys SET status = 'retired' WHERE office_id = ? AND status = 'active' AND key_id != ? AND added_at < (SELECT added_at FROM office_keys WHERE key_id = ?)`,
  ).run(officeId, signedBy, signedBy);
}
