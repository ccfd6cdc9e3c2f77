/**
 * The manifests of every package kind, as strict schemas. A manifest is canonical JSON
 * (RFC 8785), carries ids, counts and hashes but never personal data, and is what the
 * minisign signature covers. Field tables: docs/formats/*.md.
 */
import { z } from 'zod';
import { canonicalJson } from '../../../shared/util/canonical-json';

export const FORMAT_VERSION = 1;
export const GENESIS = '0'.repeat(64);
/** Recorded in manifests for diagnosis; keep in step with package.json. */
export const APP_VERSION = '0.1.0';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const keyId = z.string().regex(/^[0-9A-F]{16}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.iso.datetime();
const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
const ageRecipient = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/);
const count = z.number().int().min(0);

export const signingKeySchema = z.object({ keyId, publicKey: base64Key }).strict();
const entrySchema = z.object({ name: z.string(), size: count, sha256 }).strict();
const appSchema = z.object({ version: z.string().max(40), schema: count }).strict();

export const syncManifestSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    kind: z.literal('sync'),
    packageId: uuid,
    createdAt: instant,
    origin: z.object({ officeId: uuid, deviceId: uuid, keyId }).strict(),
    audience: uuid,
    seq: z.number().int().min(1),
    prev: sha256,
    journal: z.object({ from: z.number().int().min(1), to: count }).strict(),
    app: appSchema,
    baseSnapshot: z.null(),
    recipients: z.array(ageRecipient).min(1).max(4),
    /** New keys this office will switch to once the registry acknowledges this package. */
    announce: z.object({ signing: signingKeySchema, recipient: ageRecipient }).strict().nullable(),
    // match_decision (since snapshots, issue 4), movement (since movements, issue 5), the case files' three and s24_purge (issue 6): absent from older packages, read as 0.
    counts: z
      .object({
        child: count,
        photo: count,
        setting: count,
        tombstone: count,
        match_decision: count.optional(),
        movement: count.optional(),
        jj_case: count.optional(),
        case_entry: count.optional(),
        hearing: count.optional(),
        s24_purge: count.optional(),
      })
      .strict(),
    entries: z.tuple([entrySchema.extend({ name: z.literal('payload.age') })]),
  })
  .strict();
export type SyncManifest = z.infer<typeof syncManifestSchema>;

export const receiptManifestSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    kind: z.literal('receipt'),
    packageId: uuid,
    createdAt: instant,
    origin: z.object({ registryId: uuid, keyId }).strict(),
    audience: uuid,
    ack: z.object({ packageId: uuid, seq: z.number().int().min(1), manifestSha256: sha256, journalTo: count }).strict(),
    recipients: z.array(ageRecipient).min(1).max(4),
    entries: z.tuple([entrySchema.extend({ name: z.literal('payload.age') })]),
  })
  .strict();
export type ReceiptManifest = z.infer<typeof receiptManifestSchema>;

export const enrollmentManifestSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    kind: z.literal('enrollment'),
    packageId: uuid,
    createdAt: instant,
    origin: z.object({ officeId: uuid, deviceId: uuid, keyId }).strict(),
    office: z.object({ name: z.string().min(1).max(200), type: z.string().max(60), state: z.string().max(100), district: z.string().max(100) }).strict(),
    keys: z.object({ signing: signingKeySchema, recipient: ageRecipient }).strict(),
    app: appSchema,
    entries: z.tuple([entrySchema.extend({ name: z.literal('office.pub') })]),
  })
  .strict();
export type EnrollmentManifest = z.infer<typeof enrollmentManifestSchema>;

const officeKeyStatus = z.enum(['active', 'retired', 'revoked']);

export const trustManifestSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    kind: z.literal('trust'),
    packageId: uuid,
    createdAt: instant,
    expiresAt: instant,
    origin: z.object({ registryId: uuid, keyId }).strict(),
    version: z.number().int().min(1),
    registry: z
      .object({
        registryId: uuid,
        name: z.string().min(1).max(200),
        root: signingKeySchema,
        signing: z.array(signingKeySchema).min(1).max(8),
        // Update bundles (issue 7); absent from lists written before update keys existed.
        update: z.array(signingKeySchema).min(1).max(8).optional(),
        recipient: ageRecipient,
      })
      .strict(),
    offices: z
      .array(
        z
          .object({
            officeId: uuid,
            name: z.string().min(1).max(200),
            signing: z.array(signingKeySchema.extend({ status: officeKeyStatus }).strict()).min(1).max(16),
            recipient: ageRecipient,
          })
          .strict(),
      )
      .max(100_000),
    revoked: z.array(keyId).max(100_000),
    entries: z.tuple([entrySchema.extend({ name: z.literal('root.pub') })]),
  })
  .strict();
export type TrustManifest = z.infer<typeof trustManifestSchema>;

export type PackageKind = 'sync' | 'receipt' | 'enrollment' | 'trust' | 'snapshot';

/** The bytes that are signed and stored as manifest.json. */
export const manifestBytes = (manifest: object) => Buffer.from(canonicalJson(manifest), 'utf8');

/** The trusted comment binds the signature to the kind and id, so it reads sensibly in `minisign -V`. */
export const trustedCommentFor = (kind: PackageKind, packageId: string) => `homeward ${kind} ${packageId}`;
