/** What the Sync page shows: last export, last receipt, what is waiting, and whether to warn. */
import type { Sqlite } from '../../db/open';
import { journalHead } from '../../journal/journal';
import { SettingsRepo } from '../../settings/settings';
import { officeIdentity } from './office-keys';
import { acknowledgedJournalTo, lastAcknowledged, lastPackage } from './sync-ledger';
import { currentTrust, summarise } from './trust-store';

export const DEFAULT_SYNC_SETTINGS = { warnAfterDays: 14 };
export type SyncSettings = typeof DEFAULT_SYNC_SETTINGS;

export const syncSettings = (db: Sqlite, now: () => Date): SyncSettings => new SettingsRepo(db, now).get<SyncSettings>('sync') ?? DEFAULT_SYNC_SETTINGS;

const DAY = 86_400_000;

export function syncStatus(db: Sqlite, now: Date) {
  const trust = currentTrust(db);
  const last = lastPackage(db);
  const acked = lastAcknowledged(db);
  const acknowledgedTo = acknowledgedJournalTo(db);
  const waiting = journalHead(db).seq - acknowledgedTo;
  // Never acknowledged: count from the oldest change still waiting.
  const oldestWaiting = db.prepare('SELECT at FROM journal WHERE seq = ?').get(acknowledgedTo + 1) as { at: string } | undefined;
  const since = acked?.acknowledged_at ?? (waiting > 0 ? oldestWaiting?.at : undefined);
  const daysSinceAck = since ? Math.floor((now.getTime() - Date.parse(since)) / DAY) : null;
  const { warnAfterDays } = syncSettings(db, () => now);
  return {
    officeId: officeIdentity(db)?.officeId ?? null,
    trust: trust && { ...summarise(db, trust), expired: Date.parse(trust.expiresAt) <= now.getTime() },
    lastExport: last ? { at: last.created_at, seq: last.seq, file: last.file } : null,
    lastReceipt: acked ? { at: acked.acknowledged_at!, seq: acked.seq } : null,
    entriesWaiting: waiting,
    acknowledgedTo,
    daysSinceAck,
    warnAfterDays,
    warning: waiting > 0 && daysSinceAck !== null && daysSinceAck >= warnAfterDays,
  };
}
