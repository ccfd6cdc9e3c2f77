/**
 * The trust list a snapshot carries: a freshly exported version (so offices that only ever
 * receive snapshots keep a current, unexpired list), taken apart into its three container
 * entries for the payload's trust line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Sqlite } from '../db/open';
import { MANIFEST, SIGNATURE } from '../sync/format/container';
import { withContainer } from '../sync/format/read-container';
import type { TrustParts } from '../snapshots/format/snapshot-payload';
import { exportTrust } from './trust-export';

export interface EmbeddedTrust {
  parts: TrustParts;
  version: number;
  manifestSha256: string;
}

export async function trustForSnapshot(db: Sqlite, workDir: string, now: Date): Promise<EmbeddedTrust> {
  const dir = mkdtempSync(join(workDir, 'trust-'));
  try {
    const { file, version } = await exportTrust(db, join(dir, 'trust.hwpkg'), now);
    const parts = await withContainer(file, 'trust', async (c) => ({
      manifest: await c.read(MANIFEST),
      signature: (await c.read(SIGNATURE)).toString('utf8'),
      rootPub: (await c.read(c.dataName)).toString('utf8'),
    }));
    return { parts, version, manifestSha256: createHash('sha256').update(parts.manifest).digest('hex') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
