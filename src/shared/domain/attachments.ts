/**
 * Scanned orders, certificates, photos and reports kept with a child's case file. The bytes
 * live inside the encrypted database (never as loose files on the office PC), so each file is
 * limited in size, and its type is read from its first bytes, not trusted from its name.
 */
import { z } from 'zod';
import { isoDate, optionalText } from './child';

export const ATTACHMENT_KINDS = ['order', 'certificate', 'photo', 'medical', 'report', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

export const ATTACHMENT_LIMITS = {
  /** A scanned order of a few pages at 200 dpi fits; a phone video does not. */
  bytes: 5 * 1024 * 1024,
  perChild: 50,
} as const;

const base64Max = Math.ceil((ATTACHMENT_LIMITS.bytes * 4) / 3) + 4;

export const attachmentInputSchema = z
  .object({
    childId: z.string(),
    kind: z.enum(ATTACHMENT_KINDS, { error: 'choose one' }),
    title: optionalText(200).refine((v) => v !== null, { error: 'required' }),
    /** The date on the document (an order's date), if it has one. */
    documentDate: isoDate.nullable().default(null),
    fileName: z.string().max(300),
    dataBase64: z.string().max(base64Max, { error: 'the file is larger than 5 MB' }),
  })
  .strict();
export type AttachmentInput = z.output<typeof attachmentInputSchema>;

export const attachmentMetaSchema = z.object({
  id: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  title: z.string(),
  documentDate: z.string().nullable(),
  fileName: z.string(),
  mime: z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentMime, ...AttachmentMime[]]),
  bytes: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
