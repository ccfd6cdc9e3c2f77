/**
 * The list of cases, and one case's whole file. In the list a case the viewer may not open
 * (before the Board, or of a CCL child) shows its case number, status and next date only; a
 * search by name or admission number never finds it (which would reveal the name).
 */
import type { CaseFileJj, CaseListRow } from '../../shared/api/cases-contract';
import type { Authority, CaseStatus, OffenceClass } from '../../shared/domain/jj-case';
import { productionCheck } from '../../shared/domain/jj-case';
import type { Sqlite } from '../db/open';
import type { ChildViewer } from '../children/service';
import { isConfidential, openCase, type CaseCall } from './case-access';
import { caseEntries, caseEntryView } from './case-entries';
import { clocksOf, factsByCase, inquiryLimit } from './case-clocks';
import { caseHearings, hearingView } from './hearings';

interface ListJoin {
  id: string;
  authority: Authority;
  case_no: string;
  offence_class: OffenceClass | null;
  status: CaseStatus;
  disposed_on: string | null;
  disposal: string | null;
  first_produced_at: string | null;
  child_id: string;
  admission_no: string;
  name: string;
  category: string;
  next_date: string | null;
  next_purpose: string | null;
}

export interface CaseFilter {
  authority: Authority | null;
  status: CaseStatus | null;
  query: string;
  childId: string | null;
}

export function listCases(db: Sqlite, viewer: ChildViewer, filter: CaseFilter, now: Date): CaseListRow[] {
  const rows = db
    .prepare(
      `SELECT k.id, k.authority, k.case_no, k.offence_class, k.status, k.disposed_on, k.disposal, k.first_produced_at, k.child_id,
              c.admission_no, c.name, c.category, h.date AS next_date, h.purpose AS next_purpose
       FROM jj_cases k JOIN children c ON c.id = k.child_id
       LEFT JOIN hearings h ON h.id = (SELECT id FROM hearings WHERE case_id = k.id AND status = 'scheduled' ORDER BY date LIMIT 1)
       WHERE (@authority IS NULL OR k.authority = @authority) AND (@status IS NULL OR k.status = @status) AND (@childId IS NULL OR k.child_id = @childId)
       ORDER BY k.status DESC, coalesce(h.date, '9999') , k.case_no`,
    )
    .all({ authority: filter.authority, status: filter.status, childId: filter.childId }) as ListJoin[];
  const q = filter.query.normalize('NFC').toLocaleLowerCase('en-IN');
  const facts = factsByCase(db);
  const out: CaseListRow[] = [];
  for (const r of rows) {
    const identified = !isConfidential(r.authority, r.category) || viewer.canSeeCcl;
    const searchable = identified ? `${r.case_no} ${r.admission_no} ${r.name}` : r.case_no;
    if (q !== '' && !searchable.normalize('NFC').toLocaleLowerCase('en-IN').includes(q)) continue;
    const c = facts.get(r.id);
    out.push({
      id: r.id,
      authority: r.authority,
      caseNo: r.case_no,
      identified,
      childId: identified ? r.child_id : null,
      admissionNo: identified ? r.admission_no : null,
      name: identified ? r.name : null,
      offenceClass: identified ? r.offence_class : null,
      status: r.status,
      disposedOn: r.disposed_on,
      disposal: identified ? r.disposal : null,
      stage: r.next_purpose,
      nextHearing: r.next_date,
      firstProducedAt: identified ? r.first_produced_at : null,
      limit: identified && c ? inquiryLimit(clocksOf(c, now)) : null,
    });
  }
  return out;
}

/** A case's whole file after checking that this viewer may open it (logged for a CCL's). */
export function loadCase(call: Omit<CaseCall, 'actor'>, caseId: string): CaseFileJj {
  const { row, child } = openCase(call, caseId, 'case');
  const p = JSON.parse(row.particulars) as Record<string, unknown>;
  const facts = factsByCase(call.db, caseId).get(caseId);
  return {
    id: row.id,
    authority: row.authority,
    caseNo: row.case_no,
    status: row.status,
    disposedOn: row.disposed_on,
    disposal: row.disposal,
    particulars: p,
    child: { id: child.id, admissionNo: child.admissionNo, name: child.name, category: child.category, sex: child.sex as CaseFileJj['child']['sex'], dob: child.dob, ageYears: child.ageYears },
    production: row.apprehended_at && row.first_produced_at ? productionCheck(row.apprehended_at, row.first_produced_at, (p['journeyHours'] as number | null) ?? null) : null,
    clocks: facts ? clocksOf(facts, call.now) : [],
    hearings: caseHearings(call, caseId).map(hearingView),
    entries: caseEntries(call, caseId).map(caseEntryView),
    recordedBy: row.recorded_by,
    updatedAt: row.updated_at,
  };
}
