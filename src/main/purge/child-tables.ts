/**
 * What belongs to a child, found from the schema itself: every table with a foreign key to
 * `children`, and every table with a foreign key to one of those, to any depth. A table added
 * later (the JJB and CWC case files, say) is purged without anyone remembering to list it;
 * test/integration/purge/child-tables.test.ts fails if a `child_id` column escapes this.
 */
import type { Sqlite } from '../db/open';

export const ROOT = 'children';

/** One foreign key that makes a table's rows belong to a child: `table.column` → `parent.parentColumn`. */
export interface OwnershipLink {
  table: string;
  column: string;
  parent: string;
  parentColumn: string;
}

export interface OwnedTable {
  table: string;
  /** Distance from `children` along the longest chain of links (children's direct tables: 1). */
  depth: number;
  links: OwnershipLink[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableNames(db: Sqlite): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]);
}

function primaryKey(db: Sqlite, table: string): string[] {
  const cols = db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as { name: string; pk: number }[];
  return cols.map((c) => c.name);
}

function foreignKeys(db: Sqlite, table: string): { parent: string; from: string; to: string | null }[] {
  return db.prepare(`SELECT "table" AS parent, "from", "to" FROM pragma_foreign_key_list(?)`).all(table) as { parent: string; from: string; to: string | null }[];
}

/** Every table whose rows belong to a child, deepest first (the order they can be deleted in). */
export function childOwnedTables(db: Sqlite): OwnedTable[] {
  const links = tableNames(db).flatMap((table) =>
    foreignKeys(db, table)
      // A table pointing at itself (a parent row of the same kind) adds no new table.
      .filter((fk) => fk.parent !== table)
      .map((fk): OwnershipLink => ({ table, column: fk.from, parent: fk.parent, parentColumn: fk.to ?? primaryKey(db, fk.parent)[0]! })),
  );
  const depth = new Map<string, number>([[ROOT, 0]]);
  // Longest path from children: a table is deleted only after every table below it.
  for (let changed = true; changed; ) {
    changed = false;
    for (const l of links) {
      const d = depth.get(l.parent);
      if (d === undefined || l.table === ROOT) continue;
      if ((depth.get(l.table) ?? -1) < d + 1) {
        if (d + 1 > links.length) throw new Error(`The foreign keys from ${l.table} form a cycle; cannot order a purge.`);
        depth.set(l.table, d + 1);
        changed = true;
      }
    }
  }
  return [...depth.entries()]
    .filter(([t]) => t !== ROOT)
    .map(([table, d]) => ({ table, depth: d, links: links.filter((l) => l.table === table && depth.has(l.parent)) }))
    .sort((a, b) => b.depth - a.depth || a.table.localeCompare(b.table));
}

/**
 * A WHERE clause selecting the rows of `table` that belong to the child bound as `@child`,
 * through any of its links (a row reached by one link is the child's even if another link
 * points elsewhere).
 */
export function ownedRowsWhere(table: string, owned: readonly OwnedTable[]): string {
  if (table === ROOT) return 'id = @child';
  const t = owned.find((o) => o.table === table);
  if (!t) throw new Error(`${table} does not belong to a child`);
  return t.links.map((l) => `${quote(l.column)} IN (SELECT ${quote(l.parentColumn)} FROM ${quote(l.parent)} WHERE ${ownedRowsWhere(l.parent, owned)})`).join(' OR ');
}

/** The single-column primary keys of every row the child owns (they name journal entities). */
export function ownedRowIds(db: Sqlite, childId: string, owned: readonly OwnedTable[]): Set<string> {
  const ids = new Set<string>([childId]);
  for (const t of owned) {
    const pk = primaryKey(db, t.table);
    if (pk.length !== 1) continue;
    for (const id of db.prepare(`SELECT ${quote(pk[0]!)} FROM ${quote(t.table)} WHERE ${ownedRowsWhere(t.table, owned)}`).pluck().iterate({ child: childId })) {
      if (typeof id === 'string') ids.add(id);
    }
  }
  return ids;
}

/** Values of columns with these names in any of the child's tables (case numbers for the tombstone). */
export function ownedColumnValues(db: Sqlite, childId: string, owned: readonly OwnedTable[], columns: readonly string[]): string[] {
  const values = new Set<string>();
  for (const t of owned) {
    const present = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.table) as string[]).filter((c) => columns.includes(c));
    for (const column of present) {
      for (const v of db.prepare(`SELECT DISTINCT ${quote(column)} FROM ${quote(t.table)} WHERE ${ownedRowsWhere(t.table, owned)}`).pluck().iterate({ child: childId })) {
        if (typeof v === 'string' && v.trim()) values.add(v.trim());
      }
    }
  }
  return [...values].sort();
}

/** Deletes every row the child owns, deepest tables first, then the child; returns rows deleted per table. */
export function deleteOwnedRows(db: Sqlite, childId: string, owned: readonly OwnedTable[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of owned) counts[t.table] = db.prepare(`DELETE FROM ${quote(t.table)} WHERE ${ownedRowsWhere(t.table, owned)}`).run({ child: childId }).changes;
  counts[ROOT] = db.prepare(`DELETE FROM ${ROOT} WHERE id = @child`).run({ child: childId }).changes;
  return counts;
}
