/**
 * The checks on a snapshot before any of its payload is read, in the order of
 * docs/formats/snapshot.md: signed by a registry signing key from this office's trust list
 * (not the root key, not an office key, not revoked), from the registry it trusts, newer
 * than the snapshot held, not expired, and — for a delta — built on a version it holds.
 */
import type { Sqlite } from '../../db/open';
import type { OpenContainer } from '../../sync/format/read-container';
import { refuse } from '../../sync/format/refusal';
import { checkEntryHash, readSignedManifest } from '../../sync/format/signed-manifest';
import { registrySigningKey, requireTrust } from '../../sync/office/trust-store';
import { snapshotManifestSchema, type SnapshotManifest } from '../format/snapshot-manifest';
import { heldSnapshot } from './snapshot-state';

const day = (instant: string) => instant.slice(0, 10);

export async function verifySnapshot(db: Sqlite, c: OpenContainer, now: Date): Promise<SnapshotManifest> {
  const trust = requireTrust(db);
  const { manifest } = await readSignedManifest(c, snapshotManifestSchema, (keyId) => registrySigningKey(trust, keyId));
  if (manifest.origin.registryId !== trust.registry.registryId) refuse('wrong_audience', 'This snapshot comes from a different registry from the one this office is enrolled with.');
  const held = heldSnapshot(db);
  if (held && manifest.version <= held.version) {
    refuse(
      'stale_snapshot',
      manifest.version === held.version
        ? `This snapshot (v${manifest.version}) is the one you already have.`
        : `This snapshot (v${manifest.version}) is older than the one you have (v${held.version}).`,
    );
  }
  if (Date.parse(manifest.expiresAt) <= now.getTime()) {
    refuse('expired_snapshot', `This snapshot (v${manifest.version}) expired on ${day(manifest.expiresAt)}. Ask the registry for a current one.`);
  }
  // A delta from base B carries every change since B, so it also applies on top of any version between B and itself.
  if (manifest.base !== null && (!held || held.version < manifest.base)) {
    refuse(
      'missing_base',
      `This snapshot (v${manifest.version}) holds only the changes since v${manifest.base}, and this office ${held ? `has v${held.version}` : 'has no snapshot yet'}. Import snapshot v${manifest.base} (or a full snapshot) first.`,
    );
  }
  await checkEntryHash(c, 'payload.age', manifest.entries[0].sha256);
  return manifest;
}
