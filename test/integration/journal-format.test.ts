/**
 * Journal format 2 and the conversion of format-1 journals (docs/formats/journal.md): an old
 * journal still verifies before conversion (restore checks backups as they are), converts
 * once when the database is opened, keeps reporting tampering that happened before the
 * conversion, and a format-2 chain catches edits of content and of metadata.
 */
import { describe, expect, it } from 'vitest';
import { childInput, makeBackend } from '../helpers/backend';
import { rewriteAsFormat1 } from '../helpers/legacy-journal';
import { contentDigest } from '../../src/main/journal/journal';

async function officeWithHistory() {
  const t = await makeBackend();
  await t.setup();
  await t.login();
  const a = await t.call('children.admit', childInput());
  await t.call('children.admit', childInput({ admissionNo: 'CH-2026-002', name: 'Ravi' }));
  await t.call('children.update', { id: a.id, child: childInput({ aliases: ['Sunita'] }) });
  return t;
}

/** Signs out (the database closes) and opens it again with today's version, as after an upgrade. */
async function reopen(t: Awaited<ReturnType<typeof makeBackend>>) {
  await t.call('auth.logout', {});
  await t.backend.close();
  const again = await makeBackend({ dataDir: t.dataDir });
  await again.login();
  return again;
}

const journalRows = (t: Awaited<ReturnType<typeof makeBackend>>) =>
  t.backend.core.vault.db().prepare('SELECT seq, entity, before, after, salt, content_digest, prev_hash, hash FROM journal ORDER BY seq').all() as {
    seq: number;
    entity: string;
    before: string | null;
    after: string | null;
    salt: string | null;
    content_digest: string | null;
    hash: string;
  }[];

describe('journal format 2', { timeout: 120_000 }, () => {
  it('verifies a format-1 journal as it is, and converts it once when the database is opened', async () => {
    const t = await officeWithHistory();
    const db = t.backend.core.vault.db();
    rewriteAsFormat1(db);
    const oldHead = db.prepare('SELECT seq, hash FROM journal_head').get() as { seq: number; hash: string };
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, entries: 5, problems: [] });

    const u = await reopen(t);
    const rows = journalRows(u);
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      expect(r.salt).toMatch(/^[0-9a-f]{64}$/);
      expect(r.content_digest).toBe(contentDigest(r.salt!, r.before, r.after));
    }
    // The conversion is itself journaled, with the old head for anyone holding an older copy to compare.
    expect(rows[5]).toMatchObject({ entity: 'journal' });
    expect(JSON.parse(rows[5]!.before!)).toEqual({ format: 1, headSeq: oldHead.seq, headHash: oldHead.hash });
    expect(JSON.parse(rows[5]!.after!)).toEqual({ format: 2, problemsBeforeConversion: [] });
    expect(await u.call('audit.verify', {})).toMatchObject({ ok: true, entries: 6, problems: [] });

    // Once: opening again changes nothing.
    const hashes = rows.map((r) => r.hash);
    const w = await reopen(u);
    expect(journalRows(w).map((r) => r.hash)).toEqual(hashes);
  });

  it('keeps reporting tampering that happened before the conversion', async () => {
    const t = await officeWithHistory();
    const db = t.backend.core.vault.db();
    rewriteAsFormat1(db);
    db.prepare(`UPDATE journal SET after = replace(after, 'Ravi', 'Raju') WHERE seq = 4`).run();
    expect((await t.call('audit.verify', {})).problems.join('\n')).toMatch(/entry 4 \(child .*\) was altered/);

    const u = await reopen(t);
    const report = await u.call('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/^Before the journal was converted to format 2 \(.*\): journal entry 4 \(child .*\) had been altered after it was written\.$/m);
  });

  it('names a format-2 entry whose content, salt or metadata was changed', async () => {
    const t = await officeWithHistory();
    const db = t.backend.core.vault.db();
    const problemsAfter = async (sql: string) => {
      const saved = db.prepare('SELECT * FROM journal WHERE seq = 4').get() as Record<string, unknown>;
      db.prepare(sql).run();
      const problems = (await t.call('audit.verify', {})).problems.join('\n');
      db.prepare(`UPDATE journal SET ${Object.keys(saved).map((k) => `${k} = @${k}`).join(', ')} WHERE seq = 4`).run(saved);
      expect((await t.call('audit.verify', {})).ok).toBe(true);
      return problems;
    };
    expect(await problemsAfter(`UPDATE journal SET after = replace(after, 'Ravi', 'Raju') WHERE seq = 4`)).toMatch(/entry 4 .* was altered/);
    // A new salt and a digest to match the edited content: the chain covers the digest, so the hash no longer fits.
    const edited = { ...JSON.parse((db.prepare('SELECT after FROM journal WHERE seq = 4').pluck().get() as string)), name: 'Raju' };
    const salt = 'ab'.repeat(32);
    expect(await problemsAfter(`UPDATE journal SET after = '${JSON.stringify(edited)}', salt = '${salt}', content_digest = '${contentDigest(salt, null, JSON.stringify(edited))}' WHERE seq = 4`)).toMatch(/entry 4 .* was altered/);
    expect(await problemsAfter(`UPDATE journal SET actor_name = 'someone' WHERE seq = 4`)).toMatch(/entry 4 .* was altered/);
    // Content erased without an s.24 order.
    expect(await problemsAfter(`UPDATE journal SET before = NULL, after = NULL, salt = NULL WHERE seq = 4`)).toMatch(/content of journal entry 4 .* was erased without an s\.24 order/);
  });
});
