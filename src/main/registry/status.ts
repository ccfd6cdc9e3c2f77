/** Per office: last package, when it was seen, what is missing, what is held aside. */
import type { Sqlite } from '../db/open';
import { quarantined } from './quarantine';
import { registryIdentity } from './registry-keys';

export function registryStatus(db: Sqlite, quarantineDir: string) {
  const held = quarantined(quarantineDir);
  const offices = db.prepare('SELECT office_id, name, last_seq, applied_journal_to, last_seen_at, enrolled_at FROM offices ORDER BY name, office_id').all() as {
    office_id: string;
    name: string;
    last_seq: number;
    applied_journal_to: number;
    last_seen_at: string | null;
    enrolled_at: string;
  }[];
  const keysOf = db.prepare('SELECT key_id, status FROM office_keys WHERE office_id = ? ORDER BY added_at');
  return {
    ...registryIdentity(db),
    offices: offices.map((o) => {
      const mine = held.filter((q) => q.officeId === o.office_id);
      const highestHeld = Math.max(o.last_seq, ...mine.map((q) => q.seq));
      const present = new Set(mine.map((q) => q.seq));
      const gaps: number[] = [];
      for (let s = o.last_seq + 1; s < highestHeld; s++) if (!present.has(s)) gaps.push(s);
      return {
        officeId: o.office_id,
        name: o.name,
        enrolledAt: o.enrolled_at,
        lastSeq: o.last_seq,
        lastSeen: o.last_seen_at,
        journalTo: o.applied_journal_to,
        keys: keysOf.all(o.office_id) as { key_id: string; status: string }[],
        gaps,
        quarantined: mine.map((q) => ({ seq: q.seq, packageId: q.packageId, reason: q.reason, message: q.message, file: q.file })),
      };
    }),
  };
}
