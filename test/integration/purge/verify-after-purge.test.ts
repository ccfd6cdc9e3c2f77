/**
 * After an s.24 purge, `audit verify` reports the erasure by its order — and still names
 * every other change: erasing more than the order erased, claiming an order that does not
 * exist, editing or deleting an erased entry, editing the tombstone, or the child's records
 * coming back.
 */
import { describe, expect, it } from 'vitest';
import { childInput } from '../../helpers/backend';
import { admitCclChild, confirm, makeObservationHome } from './purge-fixture';

async function purged() {
  const t = await makeObservationHome();
  const child = await admitCclChild(t);
  const other = await t.call('children.admit', childInput({ admissionNo: 'OH-2026-015', name: 'Other Boy', category: 'CCL' }));
  const request = await t.call('purge.request', { childId: child.id, orderReference: 'JJB/PAT/2026/45', orderDate: '2026-11-20' }, t.as.clerk);
  const result = await confirm(t, t.as.admin2, request.id, child.admissionNo);
  t.session = t.as.admin;
  const db = t.backend.core.vault.db();
  const erased = db.prepare('SELECT seq FROM journal WHERE redacted_by IS NOT NULL ORDER BY seq').pluck().all() as number[];
  const otherSeq = db.prepare(`SELECT seq FROM journal WHERE entity_id = ?`).pluck().get(other.id) as number;
  return { t, db, child, result, erased, otherSeq };
}

describe('audit verify after an s.24 purge', { timeout: 180_000 }, () => {
  it('reports the erasure by its order, and names tampering around it', async () => {
    const { t, db, child, result, erased, otherSeq } = await purged();
    const problems = async () => (await t.call('audit.verify', {})).problems.join('\n');
    const restoring = (seq: number) => {
      const saved = db.prepare('SELECT * FROM journal WHERE seq = ?').get(seq) as Record<string, unknown>;
      return () => db.prepare(`INSERT OR REPLACE INTO journal (${Object.keys(saved).join(', ')}) VALUES (${Object.keys(saved).map((k) => `@${k}`).join(', ')})`).run(saved);
    };
    const report = await t.call('audit.verify', {});
    expect(report).toMatchObject({ ok: true, problems: [], redactions: [{ orderReference: 'JJB/PAT/2026/45', entries: erased.length }] });

    // Another child's entry erased in the order's name.
    let undo = restoring(otherSeq);
    db.prepare('UPDATE journal SET before = NULL, after = NULL, salt = NULL, redacted_by = ? WHERE seq = ?').run(result.id, otherSeq);
    expect(await problems()).toMatch(new RegExp(`The content of journal entry ${otherSeq} was erased in the name of s\\.24 order JJB/PAT/2026/45, which did not erase it`));
    undo();
    // An order that was never recorded.
    db.prepare(`UPDATE journal SET before = NULL, after = NULL, salt = NULL, redacted_by = 'no-such-purge' WHERE seq = ?`).run(otherSeq);
    expect(await problems()).toMatch(/erased in the name of an s\.24 purge \(no-such-purge\) that the journal does not record/);
    undo();
    // An erased entry no longer marked as erased by the order.
    undo = restoring(erased[0]!);
    db.prepare('UPDATE journal SET redacted_by = NULL WHERE seq = ?').run(erased[0]);
    expect(await problems()).toMatch(new RegExp(`s\\.24 order JJB/PAT/2026/45 lists journal entry ${erased[0]} as erased, but that entry does not show it`));
    undo();
    // An erased entry's metadata edited, or the entry deleted.
    db.prepare(`UPDATE journal SET at = '2020-01-01T00:00:00.000Z' WHERE seq = ?`).run(erased[0]);
    expect(await problems()).toMatch(new RegExp(`entry ${erased[0]} .* was altered`));
    db.prepare('DELETE FROM journal WHERE seq = ?').run(erased[0]);
    expect(await problems()).toMatch(new RegExp(`Journal entries ${erased[0]} are missing`));
    undo();
    // The tombstone's journal entry edited to claim fewer entries.
    const purgeSeq = db.prepare(`SELECT seq FROM journal WHERE entity = 's24_purge'`).pluck().get() as number;
    undo = restoring(purgeSeq);
    db.prepare(`UPDATE journal SET after = json_set(after, '$.redactedSeqs', json('[]')) WHERE seq = ?`).run(purgeSeq);
    expect(await problems()).toMatch(new RegExp(`entry ${purgeSeq} \\(s24_purge .* was altered`));
    undo();
    // The child's record put back behind Homeward's back.
    db.prepare(`INSERT INTO children (id, admission_no, name, aliases, sex, age_estimated, category, admitted_at, languages, search_text, created_at, updated_at) VALUES (?, ?, 'x', '[]', 'male', 1, 'CCL', '2026-10-01T00:00:00.000Z', '[]', '', '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z')`).run(child.id, child.admissionNo);
    expect(await problems()).toMatch(/Child with admission number OH-2026-014 was destroyed under an s\.24 order but is still in the database/);
    db.prepare('DELETE FROM children WHERE id = ?').run(child.id);

    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  });
});
