/**
 * Before movements existed, "discharged" was a date on the child record, and every child's
 * journal image carried it. Migration 0006 kept those dates in `legacy_discharges` and set
 * the status; this finishes the change in the journal, which needs JavaScript (hashes and
 * UUIDs): each date becomes a release movement with its reason "not recorded", each child
 * is journaled again without the field (so audit verify and the registry see the record as
 * it now is), and the holding table is dropped — all in one transaction, once.
 */
import { movementInputSchema, type MovementInput } from '../../shared/domain/movement';
import { parseDateTimeIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import { childImage, type ChildDbRow } from '../children/records';
import { MovementsService } from './service';

/**
 * A leaving day known without its reason (the old field, or a register file's discharged_on
 * column): a release whose reason is "not recorded". The day has no time; an admission later
 * that same day still comes first.
 */
export function releaseOnDay(day: string, admittedAt: string): MovementInput {
  const dayStart = parseDateTimeIst(day)!;
  const at = Date.parse(dayStart) < Date.parse(admittedAt) ? admittedAt : dayStart;
  return movementInputSchema.parse({ kind: 'release', at, reason: 'not_recorded' });
}

export function convertLegacyDischarges(db: Sqlite, actor: Actor, now: () => Date): number {
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'legacy_discharges'`).get()) return 0;
  const movements = new MovementsService(db, now);
  return db.transaction(() => {
    const rows = db.prepare('SELECT c.*, l.discharged_on FROM legacy_discharges l JOIN children c ON c.id = l.child_id ORDER BY c.admitted_at').all() as (ChildDbRow & { discharged_on: string | null })[];
    const at = now().toISOString();
    for (const { discharged_on, ...row } of rows) {
      const image = childImage(row);
      appendJournal(db, { actor, at, entity: 'child', entityId: row.id, op: 'update', before: { ...image, dischargedOn: discharged_on }, after: image });
      if (discharged_on !== null) movements.insertAll(row.id, [releaseOnDay(discharged_on, row.admitted_at)], actor);
    }
    db.exec('DROP TABLE legacy_discharges');
    return rows.filter((r) => r.discharged_on !== null).length;
  })();
}
