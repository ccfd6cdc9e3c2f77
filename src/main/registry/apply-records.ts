/**
 * Validates and applies a package's records, one line at a time, inside the caller's
 * transaction. Entries the registry already has from an earlier package (re-sent because
 * their receipt had not arrived) are validated and skipped: each entry is applied once.
 */
import { canonicalJson } from '../../shared/util/canonical-json';
import type { Sqlite } from '../db/open';
import type { SyncManifest } from '../sync/format/manifest';
import { refuse } from '../sync/format/refusal';
import { photoProblem, recordLineSchema, type RecordLine } from '../sync/format/sync-payload';
import { applyS24Purge, purgeOrderOf } from './s24-purges';

export class RecordApplier {
  private lastSeq: number;
  private readonly counts: Required<SyncManifest['counts']> = { child: 0, photo: 0, setting: 0, tombstone: 0, match_decision: 0, movement: 0, jj_case: 0, case_entry: 0, hearing: 0, s24_purge: 0 };
  applied = 0;
  /** s.24 orders applied: the caller then deletes kept packages naming the children, and compacts the database. */
  purges = 0;
  private readonly upsert;
  private readonly erase;

  constructor(
    private readonly db: Sqlite,
    private readonly officeId: string,
    private readonly manifest: SyncManifest,
    private readonly alreadyApplied: number,
    private readonly appliedAt: string,
  ) {
    this.lastSeq = manifest.journal.from - 1;
    this.upsert = db.prepare(
      `INSERT INTO records (office_id, entity, entity_id, parent_id, data, bytes, deleted, journal_seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)
       ON CONFLICT (office_id, entity, entity_id) DO UPDATE SET parent_id = excluded.parent_id, data = excluded.data, bytes = excluded.bytes, deleted = 0, journal_seq = excluded.journal_seq, updated_at = excluded.updated_at`,
    );
    // s.24: a deletion erases what the registry held, not just hides it. A child's photos go with it.
    this.erase = db.prepare(
      `INSERT INTO records (office_id, entity, entity_id, parent_id, data, bytes, deleted, journal_seq, updated_at) VALUES (?, ?, ?, NULL, NULL, NULL, 1, ?, ?)
       ON CONFLICT (office_id, entity, entity_id) DO UPDATE SET data = NULL, bytes = NULL, deleted = 1, journal_seq = excluded.journal_seq, updated_at = excluded.updated_at`,
    );
  }

  add(raw: unknown): void {
    const parsed = recordLineSchema.safeParse(raw);
    const where = `journal entry ${typeof raw === 'object' && raw && 'seq' in raw ? String((raw as { seq: unknown }).seq) : '?'}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      refuse('bad_record', `The record for ${where} is not valid (${issue.path.join('.') || 'record'}: ${issue.message}); nothing from this package was applied.`);
    }
    const line = parsed.data;
    if (line.seq <= this.lastSeq || line.seq > this.manifest.journal.to) refuse('bad_record', `The records are out of order or outside the package’s range at ${where}.`);
    this.lastSeq = line.seq;
    this.counts[line.type] += 1;
    if (line.type === 'photo') {
      const problem = photoProblem(line);
      if (problem) refuse('bad_record', `The photo in ${where} is not valid: ${problem}.`);
    }
    if (line.seq > this.alreadyApplied) this.apply(line);
  }

  private apply(line: RecordLine): void {
    const { officeId } = this;
    switch (line.type) {
      case 'child': {
        const order = purgeOrderOf(this.db, officeId, line.data.id);
        if (order) refuse('bad_record', `Journal entry ${line.seq} sends a child whose records were destroyed here under s.24 order ${order}; they cannot be sent again. Nothing from this package was applied.`);
        this.upsert.run(officeId, 'child', line.data.id, null, canonicalJson(line.data), null, line.seq, line.at);
        break;
      }
      case 'photo':
        this.requireChild(line.data.childId, `The photo in journal entry ${line.seq}`);
        this.upsert.run(officeId, 'photo', line.data.id, line.data.childId, canonicalJson(line.data), Buffer.from(line.bytes, 'base64'), line.seq, line.at);
        break;
      case 'setting':
        this.upsert.run(officeId, 'setting', line.key, null, canonicalJson(line.data), null, line.seq, line.at);
        break;
      case 'tombstone':
        this.erase.run(officeId, line.entity, line.id, line.seq, line.at);
        // A child's photos, match decisions, movements and cases (with their steps and hearings) go with it.
        if (line.entity === 'child') {
          this.db
            .prepare(`UPDATE records SET data = NULL, bytes = NULL, deleted = 1 WHERE office_id = ? AND entity IN ('photo', 'match_decision', 'movement', 'jj_case', 'case_entry', 'hearing') AND parent_id = ?`)
            .run(officeId, line.id);
        }
        break;
      case 'match_decision':
        this.requireChild(line.data.childId, `The match decision in journal entry ${line.seq}`);
        this.upsert.run(officeId, 'match_decision', line.data.id, line.data.childId, canonicalJson(line.data), null, line.seq, line.at);
        break;
      case 'movement':
        this.requireChild(line.data.childId, `The movement in journal entry ${line.seq}`);
        this.upsert.run(officeId, 'movement', line.data.id, line.data.childId, canonicalJson(line.data), null, line.seq, line.at);
        break;
      case 'jj_case':
      case 'case_entry':
      case 'hearing':
        this.requireChild(line.data.childId, `The ${line.type.replace('_', ' ')} in journal entry ${line.seq}`);
        this.upsert.run(officeId, line.type, line.data.id, line.data.childId, canonicalJson(line.data), null, line.seq, line.at);
        break;
      case 's24_purge':
        applyS24Purge(this.db, officeId, line, this.appliedAt);
        this.purges += 1;
        break;
    }
    this.applied += 1;
  }

  private requireChild(childId: string, what: string): void {
    if (!this.db.prepare(`SELECT 1 FROM records WHERE office_id = ? AND entity = 'child' AND entity_id = ? AND deleted = 0`).get(this.officeId, childId)) {
      refuse('bad_record', `${what} belongs to a child the registry does not have.`);
    }
  }

  /** After the last line: the payload held exactly what the signed manifest counted. */
  finish(): void {
    const expected = this.manifest.counts;
    for (const type of Object.keys(this.counts) as (keyof typeof this.counts)[]) {
      const declared = expected[type] ?? 0;
      if (this.counts[type] !== declared) refuse('payload_mismatch', `The payload holds ${this.counts[type]} ${type} records but the signed manifest counts ${declared}.`);
    }
  }
}
