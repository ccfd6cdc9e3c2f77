/**
 * The current state of every journaled record, in the same shape as its journal image, so
 * that audit verify can compare what is stored with what was recorded.
 */
import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/open';
import { childImage, type ChildDbRow } from '../children/records';
import { photoImage, type PhotoDbRow } from '../children/service';
import { userImage, type UserDbRow } from '../auth/users';
import { decisionImage, type DecisionRow } from '../matches/decisions';
import { casefileStates } from '../casefile/journaled-states';
import { caseStates } from '../cases/journaled-states';
import { movementImage, type MovementDbRow } from '../movements/records';
import { submissionImage, type SubmissionDbRow } from '../reports/report-sent';
import { purgeStates } from '../purge/journaled-states';

export interface JournaledState {
  entity: string;
  entityId: string;
  label: string;
  current: unknown;
}

export function* journaledStates(db: Sqlite): Generator<JournaledState> {
  for (const r of db.prepare('SELECT * FROM children').iterate() as IterableIterator<ChildDbRow>) {
    yield { entity: 'child', entityId: r.id, label: `Child with admission number ${r.admission_no}`, current: childImage(r) };
  }
  // The stored hash is recomputed from the bytes, so a swapped photo shows up too.
  for (const r of db.prepare('SELECT id, child_id, mime, width, height, sha256, created_at, data FROM child_photos').iterate() as IterableIterator<PhotoDbRow & { data: Buffer }>) {
    yield { entity: 'photo', entityId: r.id, label: `Photo ${r.id}`, current: { ...photoImage(r), sha256: createHash('sha256').update(r.data).digest('hex') } };
  }
  for (const r of db.prepare('SELECT * FROM movements').iterate() as IterableIterator<MovementDbRow>) {
    yield { entity: 'movement', entityId: r.id, label: `Movement ${r.id} (${r.kind})`, current: movementImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM report_submissions').iterate() as IterableIterator<SubmissionDbRow>) {
    yield { entity: 'report_submission', entityId: r.id, label: `Report ${r.kind} ${r.period} marked as sent`, current: submissionImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM users').iterate() as IterableIterator<UserDbRow>) {
    yield { entity: 'user', entityId: r.id, label: `User account ${r.username}`, current: userImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM match_decisions').iterate() as IterableIterator<DecisionRow>) {
    yield { entity: 'match_decision', entityId: r.id, label: `Match decision on report ${r.report_id}`, current: decisionImage(r) };
  }
  for (const r of db.prepare('SELECT key, value FROM settings').iterate() as IterableIterator<{ key: string; value: string }>) {
    yield { entity: 'setting', entityId: r.key, label: `Setting ${r.key}`, current: JSON.parse(r.value) };
  }
  yield* casefileStates(db);
  yield* caseStates(db);
  yield* purgeStates(db);
}
