/**
 * The case files' rows as stored, and as the journal records them (their "images"). Audit
 * verify compares each live row's image with its last journal entry, so an image holds every
 * stored column except the derived ones (a case's status, disposal and its date follow from
 * its final order, as a child's status follows from the movements).
 */
import type { CaseEntryKind } from '../../shared/domain/jj-case-entries';

export interface CaseRow {
  id: string;
  child_id: string;
  authority: 'jjb' | 'cwc';
  case_no: string;
  offence_class: string | null;
  apprehended_at: string | null;
  first_produced_at: string | null;
  particulars: string;
  status: 'pending' | 'disposed';
  disposed_on: string | null;
  disposal: string | null;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseEntryRow {
  id: string;
  case_id: string;
  child_id: string;
  kind: CaseEntryKind;
  date: string;
  data: string;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

export interface HearingRow {
  id: string;
  case_id: string;
  child_id: string;
  date: string;
  bench: string;
  purpose: string;
  status: 'scheduled' | 'held' | 'adjourned' | 'disposed' | 'cancelled';
  reason: string | null;
  proceedings: string | null;
  closed_by: string | null;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

/** Journal entity names; the ids are the rows' ids. */
export const CASE_ENTITY = { case: 'jj_case', entry: 'case_entry', hearing: 'hearing' } as const;

export const caseImage = (r: CaseRow) => ({
  id: r.id,
  childId: r.child_id,
  authority: r.authority,
  caseNo: r.case_no,
  particulars: JSON.parse(r.particulars) as Record<string, unknown>,
  recordedBy: r.recorded_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const caseEntryImage = (r: CaseEntryRow) => ({
  id: r.id,
  caseId: r.case_id,
  childId: r.child_id,
  kind: r.kind,
  date: r.date,
  values: JSON.parse(r.data) as Record<string, unknown>,
  recordedBy: r.recorded_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const hearingImage = (r: HearingRow) => ({
  id: r.id,
  caseId: r.case_id,
  childId: r.child_id,
  date: r.date,
  bench: r.bench,
  purpose: r.purpose,
  status: r.status,
  reason: r.reason,
  proceedings: r.proceedings,
  closedBy: r.closed_by,
  recordedBy: r.recorded_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
