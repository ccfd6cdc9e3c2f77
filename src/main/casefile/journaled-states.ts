/** The case file's records in their journal shape, for audit verify (journal/journaled-entities.ts). */
import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/open';
import type { JournaledState } from '../journal/journaled-entities';
import { ATTACHMENT_META_COLUMNS, attachmentImage, ENTITY, entryImage, planVersionImage, sectionEntityId, sectionImage, type AttachmentRow, type EntryRow, type PlanVersionRow, type SectionRow } from './records';

export function* casefileStates(db: Sqlite): Generator<JournaledState> {
  for (const r of db.prepare('SELECT * FROM case_history_sections').iterate() as IterableIterator<SectionRow>) {
    yield { entity: ENTITY.section, entityId: sectionEntityId(r.child_id, r.section), label: `Case history section ${r.section} of child ${r.child_id}`, current: sectionImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM care_plan_versions').iterate() as IterableIterator<PlanVersionRow>) {
    yield { entity: ENTITY.planVersion, entityId: r.id, label: `Care plan version ${r.version} of child ${r.child_id}`, current: planVersionImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM casefile_entries').iterate() as IterableIterator<EntryRow>) {
    yield { entity: ENTITY.entry, entityId: r.id, label: `Case file entry ${r.id} (${r.kind}) of child ${r.child_id}`, current: entryImage(r) };
  }
  // The stored hash is recomputed from the bytes, so a swapped file shows up too.
  for (const r of db.prepare(`SELECT ${ATTACHMENT_META_COLUMNS}, data FROM child_attachments`).iterate() as IterableIterator<AttachmentRow & { data: Buffer }>) {
    yield { entity: ENTITY.attachment, entityId: r.id, label: `Attachment ${r.id} of child ${r.child_id}`, current: attachmentImage({ ...r, sha256: createHash('sha256').update(r.data).digest('hex') }) };
  }
}
