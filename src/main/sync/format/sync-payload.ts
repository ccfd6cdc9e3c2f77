/**
 * The plaintext inside a sync package's payload.age: NDJSON, one canonical-JSON object per
 * line. The first line repeats the manifest's binding fields (everything but `counts` and
 * `entries`, which describe the payload itself); then one line per journal entry that
 * travels: child records, photos with their bytes, institution settings, tombstones for
 * deletions, reviewers' match decisions, movements, the Board's and Committee's cases with
 * their steps and hearings, and s.24 destruction orders. Spec: docs/formats/sync-package.md.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { childInputSchema, LIMITS } from '../../../shared/domain/child';
import { movementInputSchema } from '../../../shared/domain/movement';
import { institutionSchema } from '../../../shared/api/contract';
import { AUTHORITIES, caseParticularsShape } from '../../../shared/domain/jj-case';
import { caseEntryKindSchema, caseEntrySchema } from '../../../shared/domain/jj-case-entries';
import { ALL_PURPOSES, HEARING_STATUSES } from '../../../shared/domain/hearings';
import { imageDimensions } from '../../children/image-dimensions';
import type { SyncManifest } from './manifest';

export type SyncBinding = Omit<SyncManifest, 'counts' | 'entries'>;
export type RecordType = keyof Required<SyncManifest['counts']>;

export function bindingOf<M extends { entries: unknown }>(manifest: M): Omit<M, 'counts' | 'entries'> {
  const { entries: _entries, counts: _counts, ...binding } = manifest as M & { counts?: unknown };
  return binding;
}

export const headerLine = (binding: object) => `${canonicalJson({ type: 'header', manifest: binding })}\n`;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const instant = z.iso.datetime();
const seq = z.number().int().min(1);

/**
 * A child as the journal records it: the admission form's fields plus id and times. Images
 * written before movements existed also carry `dischargedOn`; the office's first sign-in
 * after the upgrade re-journals every child without it and sends the day as a movement, so
 * here the old field is only dropped.
 */
const childImageSchema = z
  .object({ id: uuid, createdAt: instant, updatedAt: instant })
  .catchall(z.unknown())
  .transform((c, ctx) => {
    const { id, createdAt, updatedAt, dischargedOn: _legacy, ...input } = c;
    const parsed = childInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { id, createdAt, updatedAt, ...parsed.data };
  });

const photoMetaSchema = z
  .object({ id: uuid, childId: uuid, mime: z.enum(['image/jpeg', 'image/png']), width: z.number().int().min(1), height: z.number().int().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), createdAt: instant })
  .strict();

/** A reviewer's decision on a (child, report) pair (src/main/matches/decisions.ts). */
const matchDecisionSchema = z
  .object({
    id: uuid,
    childId: uuid,
    reportId: z.string().min(1).max(80),
    decision: z.enum(['confirm', 'reject', 'not_sure']),
    note: z.string().max(2000).nullable(),
    decidedBy: z.string().max(200),
    decidedAt: instant,
  })
  .strict();

/** A movement as the journal records it (src/main/movements/records.ts); its fields are checked as the movements form checks them. */
const movementImageSchema = z
  .object({ id: uuid, childId: uuid, kind: z.string(), at: instant, details: z.record(z.string(), z.unknown()), recordedBy: z.string().max(200), createdAt: instant, updatedAt: instant })
  .strict()
  .transform((m, ctx) => {
    const parsed = movementInputSchema.safeParse({ kind: m.kind, at: m.at, ...m.details });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['details', ...issue.path], message: issue.message });
      return z.NEVER;
    }
    return { ...m, kind: parsed.data.kind };
  });

/** A Board's or Committee's case as the journal records it (src/main/cases/records.ts); its particulars checked as the case form checks their shape. */
const caseImageSchema = z
  .object({ id: uuid, childId: uuid, authority: z.enum(AUTHORITIES), caseNo: z.string().min(1).max(60), particulars: caseParticularsShape, recordedBy: z.string().max(200), createdAt: instant, updatedAt: instant })
  .strict();

/** A step of a case; its values checked with the same schema as its form. */
const caseEntryImageSchema = z
  .object({ id: uuid, caseId: uuid, childId: uuid, kind: caseEntryKindSchema, date: z.iso.date(), values: z.record(z.string(), z.unknown()), recordedBy: z.string().max(200), createdAt: instant, updatedAt: instant })
  .strict()
  .superRefine((e, ctx) => {
    const parsed = caseEntrySchema(e.kind).safeParse(e.values);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['values', ...issue.path], message: issue.message });
  });

const hearingImageSchema = z
  .object({
    id: uuid,
    caseId: uuid,
    childId: uuid,
    date: z.iso.date(),
    bench: z.string().min(1).max(60),
    purpose: z.enum(ALL_PURPOSES as [string, ...string[]]),
    status: z.enum(HEARING_STATUSES),
    reason: z.string().max(1000).nullable(),
    proceedings: z.string().max(2000).nullable(),
    closedBy: uuid.nullable(),
    recordedBy: z.string().max(200),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();

const upsert = z.enum(['create', 'update']);

const name = z.string().min(1).max(200);
const person = z.object({ name, at: instant }).strict();

/** An s.24 tombstone (src/shared/domain/purge.ts): the child's records are to be destroyed, and who ordered and carried it out. */
const s24PurgeSchema = z
  .object({
    id: uuid,
    childId: uuid,
    admissionNo: z.string().min(1).max(40),
    caseNumbers: z.array(z.string().min(1).max(100)).max(50),
    order: z.object({ reference: z.string().min(1).max(120), date: z.iso.date() }).strict(),
    requestedBy: person,
    confirmedBy: person,
  })
  .strict();

export const recordLineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('child'), seq, at: instant, op: z.enum(['create', 'update']), data: childImageSchema }).strict(),
  z.object({ type: z.literal('photo'), seq, at: instant, data: photoMetaSchema, bytes: z.base64().max(Math.ceil((LIMITS.photoBytes * 4) / 3) + 4) }).strict(),
  z.object({ type: z.literal('setting'), seq, at: instant, op: z.enum(['create', 'update']), key: z.literal('institution'), data: institutionSchema }).strict(),
  z.object({ type: z.literal('tombstone'), seq, at: instant, entity: z.enum(['child', 'photo', 'movement', 'jj_case', 'case_entry', 'hearing']), id: uuid }).strict(),
  z.object({ type: z.literal('match_decision'), seq, at: instant, op: z.enum(['create', 'update']), data: matchDecisionSchema }).strict(),
  z.object({ type: z.literal('movement'), seq, at: instant, op: z.enum(['create', 'update']), data: movementImageSchema }).strict(),
  z.object({ type: z.literal('jj_case'), seq, at: instant, op: upsert, data: caseImageSchema }).strict(),
  z.object({ type: z.literal('case_entry'), seq, at: instant, op: upsert, data: caseEntryImageSchema }).strict(),
  z.object({ type: z.literal('hearing'), seq, at: instant, op: upsert, data: hearingImageSchema }).strict(),
  z.object({ type: z.literal('s24_purge'), seq, at: instant, data: s24PurgeSchema }).strict(),
]);
export type RecordLine = z.output<typeof recordLineSchema>;

/** Checks that go beyond shape: the photo's bytes are the image its metadata describes. */
export function photoProblem(line: Extract<RecordLine, { type: 'photo' }>): string | null {
  const bytes = Buffer.from(line.bytes, 'base64');
  if (bytes.length === 0 || bytes.length > LIMITS.photoBytes) return 'the photo is empty or larger than 2 MB';
  if (createHash('sha256').update(bytes).digest('hex') !== line.data.sha256) return 'the photo’s bytes do not match its SHA-256';
  const dims = imageDimensions(bytes, line.data.mime);
  if (!dims || dims.width !== line.data.width || dims.height !== line.data.height) return `the photo is not the ${line.data.mime} image its metadata describes`;
  return null;
}
