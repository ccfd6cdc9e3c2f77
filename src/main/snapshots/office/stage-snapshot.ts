/**
 * Streams a verified snapshot's payload into `snapshot_staging`, in short transactions so
 * the office's own writes are not held up: a full snapshot fills it, a delta starts from
 * the reports held and applies its changes. The reports held are not touched here, so a
 * cancel or a bad line leaves them whole (the caller empties the staging table).
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { JobContext } from '../../jobs/job-context';
import { canonicalJson } from '../../../shared/util/canonical-json';
import type { OpenContainer } from '../../sync/format/read-container';
import { payloadLines } from '../../sync/format/read-payload';
import { refuse } from '../../sync/format/refusal';
import { allAgeIdentities } from '../../sync/office/office-keys';
import type { SnapshotManifest } from '../format/snapshot-manifest';
import { snapshotLineSchema, type SnapshotLine, type TrustParts } from '../format/snapshot-payload';

const BATCH = 2000;

type ChangeLine = Exclude<SnapshotLine, { type: 'trust' }>;

function parseLine(raw: unknown, n: number): SnapshotLine {
  const parsed = snapshotLineSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  return refuse('bad_record', `Line ${n} of the snapshot is not valid (${issue.path.join('.') || 'line'}: ${issue.message}); nothing was imported.`);
}

function trustOf(line: SnapshotLine, manifest: SnapshotManifest): TrustParts {
  if (line.type !== 'trust') refuse('bad_record', 'The snapshot does not begin with the registry’s trust list; nothing was imported.');
  const parts = { manifest: Buffer.from(line.manifest, 'base64'), signature: line.signature, rootPub: line.rootPub };
  if (createHash('sha256').update(parts.manifest).digest('hex') !== manifest.trust.manifestSha256) {
    refuse('payload_mismatch', 'The trust list inside the snapshot is not the one its signed manifest names.');
  }
  return parts;
}

export async function stageSnapshot(ctx: JobContext, c: OpenContainer, manifest: SnapshotManifest): Promise<TrustParts> {
  const { db } = ctx;
  const full = manifest.base === null;
  const total = manifest.counts.report + manifest.counts.deletion;
  db.transaction(() => {
    db.exec('DELETE FROM snapshot_staging');
    if (!full) db.exec('INSERT INTO snapshot_staging (report_id, data) SELECT report_id, data FROM snapshot_reports');
  })();
  // In a full snapshot a report id appears once: a plain INSERT refuses a second one.
  const put = db.prepare(`INSERT ${full ? '' : 'OR REPLACE '}INTO snapshot_staging (report_id, data) VALUES (?, ?)`);
  const remove = db.prepare('DELETE FROM snapshot_staging WHERE report_id = ?');
  const write = db.transaction((batch: ChangeLine[]) => {
    for (const line of batch) {
      if (line.type === 'deletion') remove.run(line.reportId);
      else put.run(line.data.report_id, canonicalJson(line.data));
    }
  });
  const flush = (batch: ChangeLine[]) => {
    try {
      write(batch);
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') refuse('bad_record', 'The snapshot lists the same report twice; nothing was imported.');
      throw e;
    }
  };

  const counts = { report: 0, deletion: 0 };
  let trust: TrustParts | null = null;
  let batch: ChangeLine[] = [];
  let n = 0;
  for await (const raw of payloadLines(c, allAgeIdentities(db), manifest)) {
    const line = parseLine(raw, ++n);
    if (!trust) {
      trust = trustOf(line, manifest);
      continue;
    }
    if (line.type === 'trust') refuse('bad_record', 'The snapshot carries more than one trust list; nothing was imported.');
    if (line.type === 'deletion' && full) refuse('bad_record', 'A full snapshot cannot close reports; nothing was imported.');
    counts[line.type] += 1;
    batch.push(line);
    if (batch.length === BATCH) {
      flush(batch);
      batch = [];
      if (ctx.cancelled()) throw new AppError('cancelled', 'The snapshot import was cancelled; the snapshot you had is unchanged.');
      ctx.progress('reading', counts.report + counts.deletion, total);
    }
  }
  flush(batch);
  if (ctx.cancelled()) throw new AppError('cancelled', 'The snapshot import was cancelled; the snapshot you had is unchanged.');
  if (!trust) return refuse('bad_record', 'The snapshot holds no trust list; nothing was imported.');
  for (const type of ['report', 'deletion'] as const) {
    if (counts[type] !== manifest.counts[type]) refuse('payload_mismatch', `The payload holds ${counts[type]} ${type} lines but the signed manifest counts ${manifest.counts[type]}.`);
  }
  ctx.progress('reading', total, total);
  return trust;
}
