/**
 * The database schema (drizzle). `npm run db:generate` turns changes here into a new SQL
 * migration under migrations/, which the safe wrapper in migrate.ts applies.
 */
import { sqliteTable, text, integer, real, blob, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('users_username').on(t.username)],
);

export const children = sqliteTable(
  'children',
  {
    id: text('id').primaryKey(),
    admissionNo: text('admission_no').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
    sex: text('sex').notNull(),
    dob: text('dob'),
    ageYears: integer('age_years'),
    ageEstimated: integer('age_estimated', { mode: 'boolean' }).notNull(),
    fatherName: text('father_name'),
    motherName: text('mother_name'),
    guardianName: text('guardian_name'),
    village: text('village'),
    policeStation: text('police_station'),
    district: text('district'),
    state: text('state'),
    pin: text('pin'),
    category: text('category').notNull(),
    admittedAt: text('admitted_at').notNull(),
    referredBy: text('referred_by'),
    orderNo: text('order_no'),
    identificationMarks: text('identification_marks'),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    heightCm: real('height_cm'),
    weightKg: real('weight_kg'),
    /** Where the child is now: derived from the movements (replayMovements), like search_text not journaled. */
    status: text('status').notNull().default('present'),
    /** Lower-cased names, aliases and admission number, for search in any script (derived, not journaled). */
    searchText: text('search_text').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // The register lists newest admissions first: this index serves that order without a sort.
  (t) => [uniqueIndex('children_admission_no').on(t.admissionNo), index('children_category').on(t.category), index('children_admitted').on(t.admittedAt, t.admissionNo), index('children_status').on(t.status)],
);

export const childPhotos = sqliteTable(
  'child_photos',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('child_photos_child').on(t.childId)],
);

/**
 * Movements (issue 5): leave, runaway, transfer, restoration, release, death, readmission.
 * The admission is the child record itself. `details` holds the kind's own fields
 * (MOVEMENT_SHAPES in src/shared/domain/movement.ts); the child's status follows from these.
 */
export const movements = sqliteTable(
  'movements',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: text('at').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // A child's timeline, and the register and reports by kind over a date range.
  (t) => [index('movements_child').on(t.childId, t.at), index('movements_kind_at').on(t.kind, t.at)],
);

/**
 * Reports sent outside (issue 5): the s.40(4) quarterly report, marked as sent so that its
 * deadline is met. Journaled for the audit trail; it stays in the office.
 */
export const reportSubmissions = sqliteTable(
  'report_submissions',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    submittedOn: text('submitted_on').notNull(),
    submittedTo: text('submitted_to').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('report_submissions_period').on(t.kind, t.period)],
);

/**
 * Append-only, hash-chained record of every write: the audit trail and the sync outbox.
 * Format 2 (docs/formats/journal.md): `hash` = sha256(prev_hash ‖ canonical JSON of the
 * entry's metadata and `content_digest`), where `content_digest` = HMAC-SHA256 keyed by the
 * entry's own random `salt` over its before/after. An s.24 purge erases before, after and
 * salt and sets `redacted_by`; the chain stays whole. journal_head holds the last entry so
 * that deleting the newest entries is detected too.
 */
export const journal = sqliteTable('journal', {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull(),
  at: text('at').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  op: text('op').notNull(),
  before: text('before'),
  after: text('after'),
  /** Hex, 32 random bytes; null once erased (and in format-1 entries until the conversion at the next opening). */
  salt: text('salt'),
  contentDigest: text('content_digest'),
  /** The s24_purges id whose order erased this entry's content. */
  redactedBy: text('redacted_by'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const journalHead = sqliteTable('journal_head', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});

/** Who looked at a confidential record (children in conflict with law), and when. */
export const accessLog = sqliteTable(
  'access_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: text('user_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
  },
  (t) => [index('access_log_entity').on(t.entity, t.entityId)],
);

/**
 * Sync (issue 3). This office's identity and keys. Private keys stay inside the encrypted
 * database and are never journaled: the journal is the sync outbox and travels.
 */
export const syncIdentity = sqliteTable('sync_identity', {
  id: integer('id').primaryKey(),
  officeId: text('office_id').notNull(),
  deviceId: text('device_id').notNull(),
  createdAt: text('created_at').notNull(),
});

export const officeKeys = sqliteTable('office_keys', {
  keyId: text('key_id').primaryKey(),
  /** 'signing' (Ed25519) or 'encryption' (X25519, an age identity). */
  purpose: text('purpose').notNull(),
  publicKey: text('public_key').notNull(),
  secretKey: blob('secret_key', { mode: 'buffer' }).notNull(),
  /** 'active', 'pending' (announced, not yet acknowledged by the registry) or 'retired'. */
  status: text('status').notNull(),
  createdAt: text('created_at').notNull(),
});

/** Every sync package this office wrote, and whether the registry has acknowledged it. */
export const syncPackages = sqliteTable(
  'sync_packages',
  {
    packageId: text('package_id').primaryKey(),
    seq: integer('seq').notNull(),
    manifestSha256: text('manifest_sha256').notNull(),
    journalFrom: integer('journal_from').notNull(),
    journalTo: integer('journal_to').notNull(),
    announcedKeys: text('announced_keys', { mode: 'json' }).$type<string[]>().notNull(),
    file: text('file').notNull(),
    createdAt: text('created_at').notNull(),
    acknowledgedAt: text('acknowledged_at'),
  },
  (t) => [uniqueIndex('sync_packages_seq').on(t.seq)],
);

/** The registry's signed trust list as last imported; the root key is pinned at the first import. */
export const trustList = sqliteTable('trust_list', {
  id: integer('id').primaryKey(),
  rootKeyId: text('root_key_id').notNull(),
  rootPublicKey: text('root_public_key').notNull(),
  version: integer('version').notNull(),
  document: text('document').notNull(),
  importedAt: text('imported_at').notNull(),
});

/**
 * Snapshots and matching (issue 4). The registry's missing-child reports as last imported
 * (`snapshot_reports`, one canonical-JSON report per row), and the snapshot being imported
 * (`snapshot_staging`, empty between imports): an import fills the staging table and swaps
 * it in with the matching index in one transaction, so a cancel leaves the old snapshot whole.
 */
export const snapshotReports = sqliteTable('snapshot_reports', {
  reportId: text('report_id').primaryKey(),
  data: text('data').notNull(),
});

export const snapshotStaging = sqliteTable('snapshot_staging', {
  reportId: text('report_id').primaryKey(),
  data: text('data').notNull(),
});

/** The snapshot held (one row), and the last matching run over it. */
export const snapshotState = sqliteTable('snapshot_state', {
  id: integer('id').primaryKey(),
  registryId: text('registry_id').notNull(),
  version: integer('version').notNull(),
  base: integer('base'),
  packageId: text('package_id').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  importedAt: text('imported_at').notNull(),
  reportCount: integer('report_count').notNull(),
  matchedAt: text('matched_at'),
  matchedVersion: integer('matched_version'),
  matchedChildren: integer('matched_children'),
});

/**
 * The best reports for each child in care from the last matching run. `first_seen_at` is
 * when the pair first appeared (kept across runs), so "new" survives re-matching; a pair
 * with a decision is kept even when a later run no longer ranks it.
 */
export const matchCandidates = sqliteTable(
  'match_candidates',
  {
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    reportId: text('report_id').notNull(),
    probability: real('probability').notNull(),
    weight: real('weight').notNull(),
    label: text('label').notNull(),
    explanation: text('explanation').notNull(),
    firstSeenAt: text('first_seen_at').notNull(),
    lastRunAt: text('last_run_at').notNull(),
    snapshotVersion: integer('snapshot_version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.reportId] }), index('match_candidates_first_seen').on(t.firstSeenAt)],
);

/** A reviewer's decision on a pair; journaled (entity 'match_decision') and sent to the registry. */
export const matchDecisions = sqliteTable(
  'match_decisions',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    reportId: text('report_id').notNull(),
    decision: text('decision').notNull(),
    note: text('note'),
    decidedBy: text('decided_by').notNull(),
    decidedByName: text('decided_by_name').notNull(),
    decidedAt: text('decided_at').notNull(),
  },
  (t) => [uniqueIndex('match_decisions_pair').on(t.childId, t.reportId)],
);

/** When each person last looked at the matches: what arrived after is "new" for them. */
export const matchViews = sqliteTable('match_views', {
  userId: text('user_id').primaryKey(),
  seenAt: text('seen_at').notNull(),
});

/**
 * The case file (issue 5). A section of the case history (Form 43) as last saved: `data` is
 * the section's values as canonical JSON (src/shared/domain/case-history.ts). Journaled as
 * entity 'case_history', id `<child id>/<section>`.
 */
export const caseHistorySections = sqliteTable(
  'case_history_sections',
  {
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    data: text('data').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedById: text('updated_by_id'),
    updatedByName: text('updated_by_name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.section] })],
);

/**
 * Every saved version of a child's Individual Care Plan (Form 7), whole, never changed once
 * written: the current plan is the highest version, the plan on a date the last one saved by
 * then. Journaled as entity 'care_plan_version'.
 */
export const carePlanVersions = sqliteTable(
  'care_plan_versions',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The part (A–D) whose save made this version. */
    part: text('part').notNull(),
    data: text('data').notNull(),
    savedAt: text('saved_at').notNull(),
    savedById: text('saved_by_id'),
    savedByName: text('saved_by_name').notNull(),
  },
  (t) => [uniqueIndex('care_plan_versions_child').on(t.childId, t.version)],
);

/**
 * Dated lists of the case file: health check-ups, immunisations, illnesses, school years and
 * the management committee's reviews (src/shared/domain/health.ts). Journaled as 'casefile_entry'.
 */
export const casefileEntries = sqliteTable(
  'casefile_entries',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    data: text('data').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('casefile_entries_child').on(t.childId, t.kind, t.date)],
);

/** Scanned orders, certificates, photos: the bytes inside the encrypted database. Journaled as 'attachment' (with the bytes' sha256). */
export const childAttachments = sqliteTable(
  'child_attachments',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    documentDate: text('document_date'),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    sha256: text('sha256').notNull(),
    createdAt: text('created_at').notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [index('child_attachments_child').on(t.childId)],
);

/**
 * JJB and CWC case files (issue 6). A case of one child before the Board (CCL) or the Committee
 * (CNCP), under its case number. `particulars` is the case's own form as canonical JSON
 * (src/shared/domain/jj-case.ts); the columns beside it repeat what the registers and reports
 * select and sort by. `status`, `disposed_on` and `disposal` follow from the final order
 * (derived, like children.status, and not journaled). Journaled as entity 'jj_case'.
 */
export const jjCases = sqliteTable(
  'jj_cases',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    authority: text('authority').notNull(),
    caseNo: text('case_no').notNull(),
    offenceClass: text('offence_class'),
    apprehendedAt: text('apprehended_at'),
    firstProducedAt: text('first_produced_at'),
    particulars: text('particulars').notNull(),
    status: text('status').notNull().default('pending'),
    disposedOn: text('disposed_on'),
    disposal: text('disposal'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('jj_cases_number').on(t.authority, t.caseNo), index('jj_cases_child').on(t.childId), index('jj_cases_status').on(t.authority, t.status)],
);

/** The dated steps of a case (src/shared/domain/jj-case-entries.ts): reports, orders, bail, custody. Journaled as 'case_entry'. */
export const caseEntries = sqliteTable(
  'case_entries',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => jjCases.id, { onDelete: 'cascade' }),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    data: text('data').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('case_entries_case').on(t.caseId, t.kind, t.date)],
);

/**
 * Hearings of a case: listed for a date, bench and purpose; recorded as held or adjourned with
 * the next date, or closed by the final order (src/shared/domain/hearings.ts). `closed_by` is
 * the final order that disposed or cancelled it. Journaled as 'hearing'.
 */
export const hearings = sqliteTable(
  'hearings',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => jjCases.id, { onDelete: 'cascade' }),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    bench: text('bench').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    proceedings: text('proceedings'),
    closedBy: text('closed_by'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  // The cause list: a day's hearings by bench; a case's hearings in order.
  (t) => [index('hearings_day').on(t.date, t.bench), index('hearings_case').on(t.caseId, t.date)],
);

/**
 * s.24 destruction of records (issue 6): a request waiting for a second person, an
 * administrator other than the requester. Journaled as 'purge_request'. A confirmed
 * request goes with the child it names (it is the child's row like any other).
 */
export const purgeRequests = sqliteTable(
  'purge_requests',
  {
    id: text('id').primaryKey(),
    childId: text('child_id')
      .notNull()
      .references(() => children.id, { onDelete: 'cascade' }),
    orderReference: text('order_reference').notNull(),
    orderDate: text('order_date').notNull(),
    /** 'pending' or 'rejected'. */
    status: text('status').notNull(),
    requestedById: text('requested_by_id').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: text('requested_at').notNull(),
    decidedByName: text('decided_by_name'),
    decidedAt: text('decided_at'),
    rejectionReason: text('rejection_reason'),
  },
  (t) => [index('purge_requests_child').on(t.childId), index('purge_requests_status').on(t.status)],
);

/**
 * What remains of a child whose records were destroyed under s.24: the tombstone. No
 * foreign key and no child_id column — the child is gone; `purged_child_id` is the id the
 * registry knows it by. Journaled as 's24_purge' (with the journal entries it erased) and
 * sent to the registry in the next sync package.
 */
export const s24Purges = sqliteTable('s24_purges', {
  id: text('id').primaryKey(),
  purgedChildId: text('purged_child_id').notNull(),
  admissionNo: text('admission_no').notNull(),
  caseNumbers: text('case_numbers', { mode: 'json' }).$type<string[]>().notNull(),
  orderReference: text('order_reference').notNull(),
  orderDate: text('order_date').notNull(),
  requestedByName: text('requested_by_name').notNull(),
  requestedAt: text('requested_at').notNull(),
  confirmedByName: text('confirmed_by_name').notNull(),
  confirmedAt: text('confirmed_at').notNull(),
  redactedSeqs: text('redacted_seqs', { mode: 'json' }).$type<number[]>().notNull(),
});
