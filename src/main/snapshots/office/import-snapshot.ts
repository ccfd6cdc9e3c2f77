/**
 * The `snapshots.import` job: verify a snapshot file, stage its reports, take in the trust
 * list it carries (when newer), swap the reports and the matching index in in one
 * transaction, then re-run matching. Every refusal and a cancel before the swap leave the
 * snapshot held exactly as it was; a cancel during matching keeps the new snapshot and the
 * matches of the last run. Spec: docs/formats/snapshot.md.
 */
import type { JobContext } from '../../jobs/job-context';
import { MANIFEST, SIGNATURE } from '../../sync/format/container';
import { withContainer } from '../../sync/format/read-container';
import { refusalOf } from '../../sync/format/refusal';
import { importTrustFrom } from '../../sync/office/trust-store';
import type { TrustParts } from '../format/snapshot-payload';
import { runMatching, type MatchRun } from '../../matches/run-matching';
import { memoryContainer } from './memory-container';
import { stageSnapshot } from './stage-snapshot';
import { swapInSnapshot } from './swap-snapshot';
import { verifySnapshot } from './verify-snapshot';

export interface SnapshotImported {
  version: number;
  base: number | null;
  reports: number;
  changed: number;
  closed: number;
  /** The trust list version taken in from the snapshot, or null when the one held was as new. */
  trustVersion: number | null;
  matching: MatchRun;
}

/** The carried trust list goes through the full trust checks; one that is not newer is simply not taken. */
async function takeTrust(ctx: JobContext, parts: TrustParts): Promise<number | null> {
  const entries = new Map([
    [MANIFEST, parts.manifest],
    [SIGNATURE, Buffer.from(parts.signature, 'utf8')],
    ['root.pub', Buffer.from(parts.rootPub, 'utf8')],
  ]);
  try {
    return (await importTrustFrom(ctx.db, memoryContainer('trust', entries), { now: ctx.now() })).version;
  } catch (e) {
    if (refusalOf(e) === 'stale_trust') return null;
    throw e;
  }
}

export async function importSnapshot(ctx: JobContext, input: { file: string; resourcesDir: string }): Promise<SnapshotImported> {
  ctx.progress('checking', 0, 1);
  const imported = await withContainer(input.file, 'snapshot', async (c) => {
    const manifest = await verifySnapshot(ctx.db, c, ctx.now());
    try {
      const trust = await stageSnapshot(ctx, c, manifest);
      const trustVersion = await takeTrust(ctx, trust);
      const reports = await swapInSnapshot(ctx, manifest, input.resourcesDir);
      return { version: manifest.version, base: manifest.base, reports, changed: manifest.counts.report, closed: manifest.counts.deletion, trustVersion };
    } finally {
      ctx.db.exec('DELETE FROM snapshot_staging');
    }
  });
  return { ...imported, matching: await runMatching(ctx, input.resourcesDir) };
}
