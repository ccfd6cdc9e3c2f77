/** Requests and tombstones in their journal shape, for audit verify (journal/journaled-entities.ts). */
import type { Sqlite } from '../db/open';
import type { JournaledState } from '../journal/journaled-entities';
import { PURGE_ENTITY } from '../journal/redaction';
import { REQUEST_ENTITY, requestImage, type PurgeRequestRow } from './requests';
import { rowImage, type TombstoneRow } from './tombstones';

export function* purgeStates(db: Sqlite): Generator<JournaledState> {
  for (const r of db.prepare('SELECT * FROM purge_requests').iterate() as IterableIterator<PurgeRequestRow>) {
    yield { entity: REQUEST_ENTITY, entityId: r.id, label: `Request ${r.id} to destroy the records of child ${r.child_id}`, current: requestImage(r) };
  }
  for (const r of db.prepare('SELECT * FROM s24_purges').iterate() as IterableIterator<TombstoneRow>) {
    yield { entity: PURGE_ENTITY, entityId: r.id, label: `Tombstone of the records destroyed under s.24 order ${r.order_reference}`, current: rowImage(r) };
  }
}
