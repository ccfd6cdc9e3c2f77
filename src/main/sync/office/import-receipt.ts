/**
 * Receipt import: the registry's signed acknowledgement of one sync package. Verified like
 * any package (signature by a registry signing key from the trust list, addressed to this
 * office, naming a package this office really sent); then that package and the journal up
 * to its end count as acknowledged, and any keys it announced become the active ones.
 */
import type { Sqlite } from '../../db/open';
import { receiptManifestSchema } from '../format/manifest';
import { withContainer } from '../format/read-container';
import { payloadLines } from '../format/read-payload';
import { refuse } from '../format/refusal';
import { checkEntryHash, readSignedManifest } from '../format/signed-manifest';
import { allAgeIdentities, promoteKeys, requireIdentity } from './office-keys';
import { packageById } from './sync-ledger';
import { registrySigningKey, requireTrust } from './trust-store';

export interface ReceiptResult {
  packageSeq: number;
  acknowledgedTo: number;
  alreadyAcknowledged: boolean;
  keysActivated: boolean;
}

export async function importReceipt(db: Sqlite, file: string, now: Date): Promise<ReceiptResult> {
  const identity = requireIdentity(db);
  const trust = requireTrust(db);
  return withContainer(file, 'receipt', async (c) => {
    const { manifest } = await readSignedManifest(c, receiptManifestSchema, (keyId) => registrySigningKey(trust, keyId));
    if (manifest.origin.registryId !== trust.registry.registryId) refuse('wrong_audience', 'This receipt comes from a different registry from the one this office is enrolled with.');
    if (manifest.audience !== identity.officeId) refuse('wrong_audience', `This receipt is for another office (${manifest.audience}), not this one (${identity.officeId}).`);
    const sent = packageById(db, manifest.ack.packageId);
    if (!sent) refuse('unknown_package', `This receipt acknowledges package ${manifest.ack.seq}, which this office never sent.`);
    if (sent.manifest_sha256 !== manifest.ack.manifestSha256 || sent.seq !== manifest.ack.seq || sent.journal_to !== manifest.ack.journalTo) {
      refuse('fork', `This receipt describes package ${manifest.ack.seq} differently from the package this office sent.`);
    }
    await checkEntryHash(c, 'payload.age', manifest.entries[0].sha256);
    for await (const _ of payloadLines(c, allAgeIdentities(db), manifest)) refuse('bad_payload', 'A receipt’s payload holds only its header.');
    if (sent.acknowledged_at) return { packageSeq: sent.seq, acknowledgedTo: sent.journal_to, alreadyAcknowledged: true, keysActivated: false };
    const keysActivated = db.transaction(() => {
      db.prepare('UPDATE sync_packages SET acknowledged_at = ? WHERE package_id = ?').run(now.toISOString(), sent.package_id);
      return promoteKeys(db, JSON.parse(sent.announced_keys) as string[]);
    })();
    return { packageSeq: sent.seq, acknowledgedTo: sent.journal_to, alreadyAcknowledged: false, keysActivated };
  });
}
