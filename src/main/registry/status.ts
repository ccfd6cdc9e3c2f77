/**
 * Per office: last package, when it was seen, what is missing, what is held aside; the
 * reports and the latest snapshot; and every match an office has confirmed (a child in its
 * care who is the child of a missing report), for the registry to follow up and close the report.
 */
import type { Sqlite } from '../db/open';
import { quarantined } from './quarantine';
import { registryIdentity } from './registry-keys';
import { reportCounts } from './reports/report-store';

function confirmedMatches(db: Sqlite) {
  const rows = db
    .prepare(
      `SELECT d.office_id, d.data AS decision, json_extract(c.data, '$.admissionNo') AS admission_no, r.status AS report_status
         FROM records d
         LEFT JOIN records c ON c.office_id = d.office_id AND c.entity = 'child' AND c.entity_id = d.parent_id
         LEFT JOIN reports r ON r.report_id = json_extract(d.data, '$.reportId')
        WHERE d.entity = 'match_decision' AND d.deleted = 0 AND json_extract(d.data, '$.decision') = 'confirm'
        ORDER BY json_extract(d.data, '$.decidedAt')`,
    )
    .all() as { office_id: string; decision: string; admission_no: string | null; report_status: string | null }[];
  return rows.map((r) => {
    const d = JSON.parse(r.decision) as { childId: string; reportId: string; note: string | null; decidedBy: string; decidedAt: string };
    return { officeId: r.office_id, childId: d.childId, admissionNo: r.admission_no, reportId: d.reportId, reportStatus: r.report_status, decidedBy: d.decidedBy, decidedAt: d.decidedAt, note: d.note };
  });
}

function latestSnapshot(db: Sqlite) {
  const s = db.prepare('SELECT version, base, file, reports, deletions, created_at, expires_at FROM snapshots ORDER BY version DESC LIMIT 1').get() as
    | { version: number; base: number | null; file: string; reports: number; deletions: number; created_at: string; expires_at: string }
    | undefined;
  return s ? { version: s.version, base: s.base, file: s.file, reports: s.reports, deletions: s.deletions, createdAt: s.created_at, expiresAt: s.expires_at } : null;
}

/** Children whose records an office destroyed under s.24: the tombstones, for the registry's own register of destructions. */
function s24Purges(db: Sqlite) {
  const rows = db.prepare('SELECT * FROM s24_purges ORDER BY applied_at, purge_id').all() as {
    purge_id: string;
    office_id: string;
    child_id: string;
    admission_no: string;
    case_numbers: string;
    order_reference: string;
    order_date: string;
    requested_by: string;
    confirmed_by: string;
    confirmed_at: string;
    applied_at: string;
  }[];
  return rows.map((r) => ({
    purgeId: r.purge_id,
    officeId: r.office_id,
    childId: r.child_id,
    admissionNo: r.admission_no,
    caseNumbers: JSON.parse(r.case_numbers) as string[],
    order: { reference: r.order_reference, date: r.order_date },
    requestedBy: r.requested_by,
    confirmedBy: r.confirmed_by,
    confirmedAt: r.confirmed_at,
    appliedAt: r.applied_at,
  }));
}

export function registryStatus(db: Sqlite, quarantineDir: string) {
  const held = quarantined(quarantineDir);
  const offices = db.prepare('SELECT office_id, name, last_seq, applied_journal_to, last_seen_at, enrolled_at FROM offices ORDER BY name, office_id').all() as {
    office_id: string;
    name: string;
    last_seq: number;
    applied_journal_to: number;
    last_seen_at: string | null;
    enrolled_at: string;
  }[];
  const keysOf = db.prepare('SELECT key_id, status FROM office_keys WHERE office_id = ? ORDER BY added_at');
  return {
    ...registryIdentity(db),
    reports: reportCounts(db),
    latestSnapshot: latestSnapshot(db),
    confirmedMatches: confirmedMatches(db),
    s24Purges: s24Purges(db),
    offices: offices.map((o) => {
      const mine = held.filter((q) => q.officeId === o.office_id);
      const highestHeld = Math.max(o.last_seq, ...mine.map((q) => q.seq));
      const present = new Set(mine.map((q) => q.seq));
      const gaps: number[] = [];
      for (let s = o.last_seq + 1; s < highestHeld; s++) if (!present.has(s)) gaps.push(s);
      return {
        officeId: o.office_id,
        name: o.name,
        enrolledAt: o.enrolled_at,
        lastSeq: o.last_seq,
        lastSeen: o.last_seen_at,
        journalTo: o.applied_journal_to,
        keys: keysOf.all(o.office_id) as { key_id: string; status: string }[],
        gaps,
        quarantined: mine.map((q) => ({ seq: q.seq, packageId: q.packageId, reason: q.reason, message: q.message, file: q.file, destroyed: q.destroyed ?? null })),
      };
    }),
  };
}
