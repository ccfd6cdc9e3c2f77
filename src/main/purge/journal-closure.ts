/**
 * Which journal entries are about the child: those of the child itself, of any record that
 * names the child, and of any record that names one of those — to a fixed point. Journal
 * images carry their parents' ids (`childId`, a case's id in a hearing, `<child id>/<section>`
 * entity ids), so this also finds entries of rows deleted long ago, which the schema no longer
 * shows. Ids are UUIDs, unique across the database, so naming one is a precise signal.
 */
import type { Sqlite } from '../db/open';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Row {
  seq: number;
  entity_id: string;
  before: string | null;
  after: string | null;
}

function mentions(text: string | null, ids: ReadonlySet<string>): boolean {
  if (!text) return false;
  for (const m of text.matchAll(UUID)) if (ids.has(m[0])) return true;
  return false;
}

/** The seqs of the entries about the child (not yet erased), and the ids of every record they are about. */
export function entriesAboutChild(db: Sqlite, knownIds: ReadonlySet<string>): { seqs: number[]; ids: Set<string> } {
  const ids = new Set(knownIds);
  const chosen = new Set<number>();
  const rows = db.prepare('SELECT seq, entity_id, before, after FROM journal WHERE redacted_by IS NULL ORDER BY seq');
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows.iterate() as IterableIterator<Row>) {
      if (chosen.has(r.seq)) continue;
      if (ids.has(r.entity_id) || mentions(r.entity_id, ids) || mentions(r.before, ids) || mentions(r.after, ids)) {
        chosen.add(r.seq);
        if (!ids.has(r.entity_id)) {
          ids.add(r.entity_id);
          grew = true;
        }
      }
    }
  }
  return { seqs: [...chosen].sort((a, b) => a - b), ids };
}
