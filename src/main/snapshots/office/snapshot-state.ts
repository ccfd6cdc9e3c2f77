/** The snapshot this office holds (one row of snapshot_state), and what the status shows of it. */
import type { Sqlite } from '../../db/open';

export interface HeldSnapshot {
  registryId: string;
  version: number;
  base: number | null;
  packageId: string;
  createdAt: string;
  expiresAt: string;
  importedAt: string;
  reportCount: number;
  matchedAt: string | null;
  matchedVersion: number | null;
  matchedChildren: number | null;
}

export function heldSnapshot(db: Sqlite): HeldSnapshot | null {
  const r = db.prepare('SELECT * FROM snapshot_state WHERE id = 1').get() as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    registryId: r['registry_id'] as string,
    version: r['version'] as number,
    base: r['base'] as number | null,
    packageId: r['package_id'] as string,
    createdAt: r['created_at'] as string,
    expiresAt: r['expires_at'] as string,
    importedAt: r['imported_at'] as string,
    reportCount: r['report_count'] as number,
    matchedAt: r['matched_at'] as string | null,
    matchedVersion: r['matched_version'] as number | null,
    matchedChildren: r['matched_children'] as number | null,
  };
}

/** Records a newly swapped-in snapshot; the last match run is kept (it ran on the older one). Caller owns the transaction. */
export function recordSnapshot(db: Sqlite, s: Omit<HeldSnapshot, 'matchedAt' | 'matchedVersion' | 'matchedChildren'>): void {
  db.prepare(
    `INSERT INTO snapshot_state (id, registry_id, version, base, package_id, created_at, expires_at, imported_at, report_count) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET registry_id = excluded.registry_id, version = excluded.version, base = excluded.base, package_id = excluded.package_id,
       created_at = excluded.created_at, expires_at = excluded.expires_at, imported_at = excluded.imported_at, report_count = excluded.report_count`,
  ).run(s.registryId, s.version, s.base, s.packageId, s.createdAt, s.expiresAt, s.importedAt, s.reportCount);
}

export function recordMatchRun(db: Sqlite, at: string, version: number, children: number): void {
  db.prepare('UPDATE snapshot_state SET matched_at = ?, matched_version = ?, matched_children = ? WHERE id = 1').run(at, version, children);
}

const DAY = 86_400_000;

/** For the Sync and Matches pages. */
export function snapshotStatus(db: Sqlite, now: Date) {
  const s = heldSnapshot(db);
  if (!s) return { held: null };
  const msLeft = Date.parse(s.expiresAt) - now.getTime();
  return {
    held: {
      version: s.version,
      kind: s.base === null ? ('full' as const) : ('delta' as const),
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      expired: msLeft <= 0,
      daysLeft: Math.max(0, Math.floor(msLeft / DAY)),
      importedAt: s.importedAt,
      reportCount: s.reportCount,
      lastMatchRun: s.matchedAt === null ? null : { at: s.matchedAt, snapshotVersion: s.matchedVersion!, children: s.matchedChildren! },
    },
  };
}
