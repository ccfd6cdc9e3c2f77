/**
 * The snapshot manifest (kind `snapshot`): the registry's signed, versioned, expiring list of
 * missing-child reports, full or as a delta from an earlier version. Like every manifest it
 * carries ids, counts and hashes, never personal data. Spec: docs/formats/snapshot.md.
 */
import { z } from 'zod';
import { FORMAT_VERSION } from '../../sync/format/manifest';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const keyId = z.string().regex(/^[0-9A-F]{16}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.iso.datetime();
const ageRecipient = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/);
const count = z.number().int().min(0);
const version = z.number().int().min(1);

/** Enrolled offices a state registry serves; the manifest (≤ 1 MiB) must hold all their recipients. */
export const MAX_SNAPSHOT_RECIPIENTS = 5000;

export const snapshotManifestSchema = z
  .object({
    format: z.literal(FORMAT_VERSION),
    kind: z.literal('snapshot'),
    packageId: uuid,
    createdAt: instant,
    expiresAt: instant,
    origin: z.object({ registryId: uuid, keyId }).strict(),
    version,
    /** null: a full snapshot; otherwise the version this delta's changes are counted from. */
    base: version.nullable(),
    /** The trust list inside the payload: its version and the SHA-256 of its raw manifest. */
    trust: z.object({ version, manifestSha256: sha256 }).strict(),
    app: z.object({ version: z.string().max(40) }).strict(),
    recipients: z.array(ageRecipient).min(1).max(MAX_SNAPSHOT_RECIPIENTS),
    counts: z.object({ report: count, deletion: count }).strict(),
    entries: z.tuple([z.object({ name: z.literal('payload.age'), size: count, sha256 }).strict()]),
  })
  .strict()
  .refine((m) => m.base === null || m.base < m.version, { error: 'a delta’s base must be older than the snapshot', path: ['base'] });
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;
export type SnapshotBinding = Omit<SnapshotManifest, 'counts' | 'entries'>;

/** File name on the USB stick (names carry no meaning for the reader). */
export const snapshotName = (registryId: string, version: number, base: number | null) =>
  `HW-snapshot-${registryId}-v${version}${base === null ? '' : `-from-v${base}`}.hwpkg`;
