/**
 * The register as a CSV file in the import template, for the clerk's own records or to move
 * children to another installation. It holds only what the viewer may see: children in
 * conflict with law are left out entirely for a viewer without the right to see them (a row
 * with blanked names would not import anywhere), and the count left out is reported.
 */
import type { Sqlite } from '../../db/open';
import { childImage, type ChildDbRow } from '../records';
import type { ChildViewer } from '../service';
import { registerCsv } from './write-csv';
import { isInCare, type ChildStatus } from '../../../shared/domain/movement';
import { todayIst } from '../../../shared/util/dates';

export interface RegisterExport {
  csv: string;
  exported: number;
  /** CCL children the viewer may not see, so not in the file. */
  withheldCcl: number;
}

export function exportRegister(db: Sqlite, viewer: ChildViewer, now: () => Date): RegisterExport {
  return db.transaction(() => {
    const rows = db.prepare('SELECT * FROM children ORDER BY admitted_at, admission_no').all() as ChildDbRow[];
    const visible = rows.filter((r) => viewer.canSeeCcl || r.category !== 'CCL');
    // An exported CCL record is an access like any other view of it (JJ Act s.74).
    const logAccess = db.prepare(`INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, 'child', ?, 'export')`);
    const at = now().toISOString();
    for (const r of visible) if (r.category === 'CCL') logAccess.run(at, viewer.userId, r.id);
    // The day a child who has left left: the last movement, which took them off the roll.
    const leftAt = db.prepare('SELECT max(at) FROM movements WHERE child_id = ?').pluck();
    const records = visible.map((r) => ({ ...childImage(r), dischargedOn: isInCare(r.status as ChildStatus) ? null : todayIst(new Date(leftAt.get(r.id) as string)) }));
    return { csv: registerCsv(records), exported: visible.length, withheldCcl: rows.length - visible.length };
  })();
}
