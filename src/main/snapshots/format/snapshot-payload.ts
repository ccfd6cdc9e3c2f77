/**
 * The plaintext inside a snapshot's payload.age: NDJSON, one canonical-JSON object per
 * line. After the header (the manifest's binding fields, as in every payload) comes the
 * registry's current trust list, then one line per report and, in a delta, one per report
 * closed since the base. Spec: docs/formats/snapshot.md.
 */
import { z } from 'zod';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { missingReportSchema, reportIdSchema, type Report } from './report-schema';

export const snapshotLineSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('trust'),
      /** The trust list's three container entries: manifest.json (base64), its minisign signature and root.pub (text). */
      manifest: z.base64().max(1024 * 1024 * 2),
      signature: z.string().max(1024),
      rootPub: z.string().max(1024),
    })
    .strict(),
  z.object({ type: z.literal('report'), data: missingReportSchema }).strict(),
  z.object({ type: z.literal('deletion'), reportId: reportIdSchema }).strict(),
]);
export type SnapshotLine = z.output<typeof snapshotLineSchema>;

export const reportLine = (report: Report) => `${canonicalJson({ type: 'report', data: report })}\n`;
export const deletionLine = (reportId: string) => `${canonicalJson({ type: 'deletion', reportId })}\n`;

export interface TrustParts {
  manifest: Buffer;
  signature: string;
  rootPub: string;
}

export const trustLine = (t: TrustParts) => `${canonicalJson({ type: 'trust', manifest: t.manifest.toString('base64'), signature: t.signature, rootPub: t.rootPub })}\n`;
