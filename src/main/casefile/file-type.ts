/**
 * What a file really is, from its bytes: a PDF starts with `%PDF-` and ends with `%%EOF`
 * (a truncated scan does not), a PNG or JPEG must have a readable image header. The name the
 * file came with is only checked to agree, so a JPEG renamed to .pdf is caught.
 */
import { ATTACHMENT_TYPES, type AttachmentMime } from '../../shared/domain/attachments';
import { imageDimensions } from '../children/image-dimensions';

const EXTENSIONS: Record<string, AttachmentMime> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

export function sniffType(data: Buffer): AttachmentMime | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    // The trailer may be followed by a few bytes of whitespace or an incremental-update comment.
    return data.subarray(Math.max(0, data.length - 1024)).includes('%%EOF') ? 'application/pdf' : null;
  }
  if (data[0] === 0x89 && imageDimensions(data, 'image/png')) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff && imageDimensions(data, 'image/jpeg')) return 'image/jpeg';
  return null;
}

/** The problem with a file (short, as field messages are), or its type. */
export function checkFileType(fileName: string, data: Buffer): { mime: AttachmentMime } | { problem: string } {
  const mime = sniffType(data);
  if (!mime) return { problem: 'not a PDF, JPEG or PNG file, or damaged' };
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const claimed = ext === undefined ? undefined : EXTENSIONS[ext];
  if (ext !== undefined && claimed !== mime) return { problem: `named .${ext} but is a ${ATTACHMENT_TYPES[mime]} file` };
  return { mime };
}
