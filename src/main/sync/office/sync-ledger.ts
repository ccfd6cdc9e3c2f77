/** What this office has sent and what the registry has acknowledged (the sync_packages table). */
import type { Sqlite } from '../../db/open';

export interface PackageRow {
  package_id: string;
  seq: number;
  manifest_sha256: string;
  journal_from: number;
  journal_to: number;
  announced_keys: string;
  file: string;
  created_at: string;
  acknowledged_at: string | null;
}

export function lastPackage(db: Sqlite): PackageRow | undefined {
  return db.prepare('SELECT * FROM sync_packages ORDER BY seq DESC LIMIT 1').get() as PackageRow | undefined;
}

export function packageById(db: Sqlite, packageId: string): PackageRow | undefined {
  return db.prepare('SELECT * FROM sync_packages WHERE package_id = ?').get(packageId) as PackageRow | undefined;
}

export function lastAcknowledged(db: Sqlite): PackageRow | undefined {
  return db.prepare('SELECT * FROM sync_packages WHERE acknowledged_at IS NOT NULL ORDER BY seq DESC LIMIT 1').get() as PackageRow | undefined;
}

/** The registry applies packages in order, so the newest acknowledged one covers the journal up to its end. */
export const acknowledgedJournalTo = (db: Sqlite) => lastAcknowledged(db)?.journal_to ?? 0;
