/** The case files' records in their journal shape, for audit verify (journal/journaled-entities.ts). */
import type { Sqlite } from '../db/open';
import type { JournaledState } from '../journal/journaled-entities';
import { CASE_ENTITY, caseEntryImage, caseImage, hearingImage, type CaseEntryRow, type CaseRow, type HearingRow } from './records';

export function* caseStates(db: Sqlite): Generator<JournaledState> {
  for (const r of db.prepare('SELECT * FROM jj_cases').iterate() as IterableIterator<CaseRow>) {
    yield { entity: CASE_ENTITY.case, entityId: r.id, label: `Case ${r.case_no} (${r.authority})`, current: caseImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM case_entries').iterate() as IterableIterator<CaseEntryRow>) {
    yield { entity: CASE_ENTITY.entry, entityId: r.id, label: `Case step ${r.id} (${r.kind})`, current: caseEntryImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM hearings').iterate() as IterableIterator<HearingRow>) {
    yield { entity: CASE_ENTITY.hearing, entityId: r.id, label: `Hearing ${r.id} on ${r.date}`, current: hearingImage(r) };
  }
}
