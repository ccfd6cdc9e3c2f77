/**
 * The cases as a register file in the import template — for the office's own records or to
 * move cases to another installation — so an exported file imports again. A case register
 * names the child by admission number only, never by name. Cases the viewer may not open (the
 * Board's, a CCL's) are left out for a viewer without the right to see them, and counted.
 */
import { DISPOSING_KINDS } from '../../../shared/domain/jj-case-entries';
import type { Authority } from '../../../shared/domain/jj-case';
import type { Purpose } from '../../../shared/domain/hearings';
import { todayIst } from '../../../shared/util/dates';
import type { Sqlite } from '../../db/open';
import type { ChildViewer } from '../../children/service';
import { csvDocument } from '../../children/register-file/write-csv';
import { isConfidential } from '../case-access';
import type { CaseRow, HearingRow } from '../records';
import { CASE_COLUMNS, type CaseRecord } from './template';

export function exportCases(db: Sqlite, viewer: ChildViewer, authority: Authority | null, now: Date): { csv: string; exported: number; withheld: number } {
  return db.transaction(() => {
    const rows = db.prepare('SELECT k.*, c.admission_no, c.category FROM jj_cases k JOIN children c ON c.id = k.child_id WHERE @authority IS NULL OR k.authority = @authority ORDER BY k.authority, k.case_no').all({ authority }) as (CaseRow & { admission_no: string; category: string })[];
    const visible = rows.filter((r) => viewer.canSeeCcl || !isConfidential(r.authority, r.category));
    const hearings = db.prepare(`SELECT * FROM hearings WHERE case_id = ? AND status <> 'cancelled' ORDER BY date`);
    const order = db.prepare(`SELECT data FROM case_entries WHERE case_id = ? AND kind IN (${DISPOSING_KINDS.map(() => '?').join(', ')})`).pluck();
    const logAccess = db.prepare(`INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, 'jj_case', ?, 'export')`);
    const records = visible.map((r): CaseRecord => {
      if (isConfidential(r.authority, r.category)) logAccess.run(now.toISOString(), viewer.userId, r.id);
      const list = hearings.all(r.id) as HearingRow[];
      const next = list.find((h) => h.status === 'scheduled');
      const produced = r.first_produced_at ? todayIst(new Date(r.first_produced_at)) : null;
      const o = r.status === 'disposed' ? (JSON.parse(order.get(r.id, ...DISPOSING_KINDS) as string) as Record<string, unknown>) : null;
      return {
        caseNo: r.case_no,
        authority: r.authority,
        admissionNo: r.admission_no,
        particulars: JSON.parse(r.particulars) as Record<string, unknown>,
        // The first production is rebuilt from its own column.
        hearings: list.filter((h) => h.status !== 'scheduled' && h.date !== produced).map((h) => h.date),
        stage: (next?.purpose as Purpose | undefined) ?? null,
        nextHearing: next?.date ?? null,
        bench: list[0]?.bench ?? null,
        disposedOn: r.disposed_on,
        disposal: r.disposal,
        orderPeriodMonths: (o?.['periodMonths'] as number | null | undefined) ?? null,
        orderWith: ((o?.['supervisedBy'] ?? o?.['placedWith']) as string | null | undefined) ?? null,
      };
    });
    const csv = csvDocument([CASE_COLUMNS.map((c) => c.name), ...records.map((k) => CASE_COLUMNS.map((c) => c.write(k)))]);
    return { csv, exported: visible.length, withheld: rows.length - visible.length };
  })();
}
