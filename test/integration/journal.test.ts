import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';

async function withHistory() {
  const t = await makeBackend();
  await t.setup();
  await t.login();
  const a = await t.call('children.admit', childInput());
  const b = await t.call('children.admit', childInput({ admissionNo: 'CH-2026-002', name: 'Ravi' }));
  await t.call('children.update', { id: a.id, child: childInput({ aliases: ['Sunita'] }) });
  return { t, db: t.backend.core.vault.db(), a, b };
}

describe('the hash-chained journal', () => {
  it('verifies an untouched history', async () => {
    const { t } = await withHistory();
    const report = await t.call('audit.verify', {});
    expect(report).toEqual({ ok: true, entries: 5, problems: [], redactions: [] });
  });

  it('names an entry edited after it was written', async () => {
    const { t, db } = await withHistory();
    db.prepare(`UPDATE journal SET after = replace(after, 'Ravi', 'Raju') WHERE seq = 4`).run();
    const report = await t.call('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/entry 4 \(child .* create by asha .*\) was altered/);
  });

  it('names a deleted entry in the middle and at the end', async () => {
    const { t, db } = await withHistory();
    db.prepare('DELETE FROM journal WHERE seq = 3').run();
    expect((await t.call('audit.verify', {})).problems.join('\n')).toMatch(/Journal entries 3 are missing/);
    db.prepare('DELETE FROM journal WHERE seq = 5').run();
    expect((await t.call('audit.verify', {})).problems.join('\n')).toMatch(/newest journal entries are missing/);
  });

  it('names a record edited, added or deleted behind Homeward’s back', async () => {
    const { t, db, b } = await withHistory();
    db.prepare(`UPDATE children SET name = 'Someone Else' WHERE id = ?`).run(b.id);
    let problems = (await t.call('audit.verify', {})).problems.join('\n');
    expect(problems).toContain('Child with admission number CH-2026-002 differs from its last journal entry');
    db.prepare(`DELETE FROM children WHERE id = ?`).run(b.id);
    problems = (await t.call('audit.verify', {})).problems.join('\n');
    expect(problems).toContain(`child ${b.id} is in the journal but its row was deleted`);
  });

  it('is written in the same transaction as the record: a failed write leaves neither', async () => {
    const { t, db } = await withHistory();
    const before = db.prepare('SELECT count(*) AS n FROM journal').get();
    await t.fail('children.admit', childInput()); // duplicate admission number
    expect(db.prepare('SELECT count(*) AS n FROM journal').get()).toEqual(before);
  });
});
