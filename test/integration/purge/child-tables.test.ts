/**
 * The purge finds a child's tables from the schema's foreign keys, so tables added later (the
 * JJB and CWC case files) are purged without being listed anywhere. This test fails if any
 * table has a `child_id` column the purge would not reach — the one way a new table could
 * escape (a child_id without a foreign key).
 */
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../src/main/db/open';
import { childOwnedTables } from '../../../src/main/purge/child-tables';
import { admitCclChild, CASE_NO, confirm, makeObservationHome } from './purge-fixture';

/** Tables with a child_id column that the purge does not cover. */
function uncovered(db: Sqlite): string[] {
  const covered = new Set(childOwnedTables(db).map((t) => t.table));
  const withChildId = db.prepare(`SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'child_id' ORDER BY m.name`).pluck().all() as string[];
  return withChildId.filter((t) => !covered.has(t));
}

describe('the tables a child owns', { timeout: 120_000 }, () => {
  it('include every table with a child_id column', async () => {
    const t = await makeObservationHome();
    const db = t.backend.core.vault.db();
    expect(uncovered(db)).toEqual([]);
    expect(childOwnedTables(db).map((o) => o.table)).toEqual(expect.arrayContaining(['child_photos', 'movements', 'case_history_sections', 'care_plan_versions', 'casefile_entries', 'child_attachments', 'match_candidates', 'match_decisions', 'purge_requests']));
    // Control: a child_id column without a foreign key is caught.
    db.exec('CREATE TABLE loose_notes (id TEXT PRIMARY KEY, child_id TEXT NOT NULL, note TEXT)');
    expect(uncovered(db)).toEqual(['loose_notes']);
  });

  it('reach tables added later, to any depth, and give their case numbers to the tombstone', async () => {
    const t = await makeObservationHome();
    const child = await admitCclChild(t);
    const db = t.backend.core.vault.db();
    // As a JJB case file might be: a case per child, hearings per case, and a table pointing at both.
    db.exec(`
      CREATE TABLE test_cases (id TEXT PRIMARY KEY, child_id TEXT NOT NULL REFERENCES children(id), case_no TEXT NOT NULL);
      CREATE TABLE test_hearings (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES test_cases(id), note TEXT);
      CREATE TABLE test_orders (id TEXT PRIMARY KEY, hearing_id TEXT REFERENCES test_hearings(id), case_id TEXT REFERENCES test_cases(id), text TEXT);
    `);
    db.prepare(`INSERT INTO test_cases VALUES ('case-1', ?, 'JJB/CCL/2026/0031')`).run(child.id);
    db.prepare(`INSERT INTO test_hearings VALUES ('hearing-1', 'case-1', 'Zorawar produced')`).run();
    db.prepare(`INSERT INTO test_orders VALUES ('order-1', 'hearing-1', NULL, 'bail'), ('order-2', NULL, 'case-1', 'SIR called for')`).run();
    expect(childOwnedTables(db).filter((o) => o.table.startsWith('test_')).map((o) => [o.table, o.depth])).toEqual([
      ['test_orders', 3],
      ['test_hearings', 2],
      ['test_cases', 1],
    ]);

    const request = await t.call('purge.request', { childId: child.id, orderReference: 'JJB/PAT/2026/45', orderDate: '2026-11-20' }, t.as.clerk);
    const result = await confirm(t, t.as.admin2, request.id, child.admissionNo);
    // The test table's case number beside the Board case the fixture registers.
    expect([...result.caseNumbers].sort()).toEqual(['JJB/CCL/2026/0031', CASE_NO]);
    for (const table of ['test_cases', 'test_hearings', 'test_orders']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  });
});
