/**
 * The dated lists of a case file (check-ups, immunisations, illnesses, school years, quarterly
 * reviews): add, correct, remove — each one write, journaled with what it was before.
 */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { entrySchema, type EntryKind, type EntryView } from '../../shared/domain/health';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';
import { appendJournal } from '../journal/journal';
import { childDates, childForChange, removeJournaled, type CaseFileCall } from './child-access';
import { ENTITY, entryImage, type EntryRow } from './records';
import { parseForm } from './validate';

const entryView = (r: EntryRow): EntryView => ({ id: r.id, kind: r.kind as EntryKind, date: r.date, values: JSON.parse(r.data) as Record<string, unknown>, updatedAt: r.updated_at });

/** A child's entries, oldest first within each kind (the order charts and printed forms use). */
export function listEntries(db: Sqlite, childId: string, kind?: EntryKind): EntryView[] {
  const rows = kind
    ? (db.prepare('SELECT * FROM casefile_entries WHERE child_id = ? AND kind = ? ORDER BY date, created_at').all(childId, kind) as EntryRow[])
    : (db.prepare('SELECT * FROM casefile_entries WHERE child_id = ? ORDER BY kind, date, created_at').all(childId) as EntryRow[]);
  return rows.map(entryView);
}

function entryRow(db: Sqlite, id: string): EntryRow {
  const row = db.prepare('SELECT * FROM casefile_entries WHERE id = ?').get(id) as EntryRow | undefined;
  if (!row) throw new AppError('not_found', 'This entry no longer exists; it may have been removed.');
  return row;
}

function parseEntry(call: CaseFileCall, childId: string, kind: EntryKind, values: unknown): { date: string; data: string } {
  const child = childForChange(call, childId);
  const parsed = parseForm(entrySchema(kind, childDates(child, call.now)), values, 'values') as Record<string, unknown> & { date: string };
  return { date: parsed.date, data: canonicalJson(parsed) };
}

export function addEntry(call: CaseFileCall, childId: string, kind: EntryKind, values: unknown): EntryView {
  const { db, actor } = call;
  return db.transaction(() => {
    const { date, data } = parseEntry(call, childId, kind, values);
    const at = call.now.toISOString();
    const id = uuidv7();
    db.prepare('INSERT INTO casefile_entries (id, child_id, kind, date, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, childId, kind, date, data, at, at);
    const row = entryRow(db, id);
    appendJournal(db, { actor, at, entity: ENTITY.entry, entityId: id, op: 'create', before: null, after: entryImage(row) });
    return entryView(row);
  })();
}

export function updateEntry(call: CaseFileCall, id: string, values: unknown): EntryView {
  const { db, actor } = call;
  return db.transaction(() => {
    const before = entryRow(db, id);
    const { date, data } = parseEntry(call, before.child_id, before.kind as EntryKind, values);
    if (data === before.data) return entryView(before);
    const at = call.now.toISOString();
    db.prepare('UPDATE casefile_entries SET date = ?, data = ?, updated_at = ? WHERE id = ?').run(date, data, at, id);
    const after = entryRow(db, id);
    appendJournal(db, { actor, at, entity: ENTITY.entry, entityId: id, op: 'update', before: entryImage(before), after: entryImage(after) });
    return entryView(after);
  })();
}

export function removeEntry(call: CaseFileCall, id: string): void {
  removeJournaled(call, id, { table: 'casefile_entries', entity: ENTITY.entry, read: (x) => entryRow(call.db, x), image: entryImage });
}
