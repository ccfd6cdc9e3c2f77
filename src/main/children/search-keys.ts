/**
 * Cross-script register search: besides the names as written, a child's search text holds
 * the matching engine's canonical key of every name word (script, spelling variants and
 * honorifics folded), so typing "sunita" finds सुनीता and "Sunitha", and सुनीता finds "Sunita".
 * The keys line starts with a version mark: rows written before it (or by an older
 * canonicaliser) are brought up to date once per connection, before the first search.
 */
import type { Sqlite } from '../db/open';
import { parseName } from '../matching/canonical-name';

const KEYS_MARK = '\u0001keys-v1';

/** The canonical keys of one name field, words in order. */
function keysOf(text: string): string {
  return parseName(text)
    .names.flatMap((n) => n.tokens.map((t) => t.key))
    .join(' ');
}

/** The keys line appended to a child's search text. */
export function searchKeysLine(names: readonly (string | null | undefined)[]): string {
  return [KEYS_MARK, ...names.filter((x): x is string => !!x).map(keysOf)].join('\n');
}

/** The query's keys, or null when it has none (digits of an admission number, punctuation). */
export function queryKeys(q: string): string | null {
  return keysOf(q) || null;
}

const refreshed = new WeakSet<Sqlite>();

/** Rewrites the search text of rows without the current keys line; `textOf` recomputes it from a stored row. */
export function refreshSearchKeys(db: Sqlite, textOf: (row: Record<string, unknown>) => string): void {
  if (refreshed.has(db)) return;
  const stale = db.prepare(`SELECT * FROM children WHERE instr(search_text, ?) = 0`).all(KEYS_MARK) as Record<string, unknown>[];
  if (stale.length > 0) {
    const update = db.prepare('UPDATE children SET search_text = ? WHERE id = ?');
    db.transaction(() => stale.forEach((row) => update.run(textOf(row), row['id'])))();
  }
  refreshed.add(db);
}
