/**
 * Attachments: scanned orders, certificates, photos, reports — stored in the encrypted
 * database, checked for size and real type before anything is written, journaled with the
 * sha256 of their bytes (audit verify recomputes it, so a swapped file is found).
 */
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { ATTACHMENT_LIMITS, type AttachmentInput, type AttachmentMeta } from '../../shared/domain/attachments';
import { dateProblem } from '../../shared/domain/casefile-fields';
import type { Sqlite } from '../db/open';
import { appendJournal } from '../journal/journal';
import { childDates, childForChange, openCaseFile, removeJournaled, type CaseFileCall } from './child-access';
import { checkFileType } from './file-type';
import { ATTACHMENT_META_COLUMNS, attachmentImage, ENTITY, type AttachmentRow } from './records';
import { invalidFields } from './validate';

const meta = (r: AttachmentRow): AttachmentMeta => ({
  id: r.id,
  kind: r.kind as AttachmentMeta['kind'],
  title: r.title,
  documentDate: r.document_date,
  fileName: r.file_name,
  mime: r.mime as AttachmentMeta['mime'],
  bytes: r.bytes,
  createdAt: r.created_at,
  createdBy: r.created_by_name,
});

export function listAttachments(db: Sqlite, childId: string): AttachmentMeta[] {
  return (db.prepare(`SELECT ${ATTACHMENT_META_COLUMNS} FROM child_attachments WHERE child_id = ? ORDER BY created_at`).all(childId) as AttachmentRow[]).map(meta);
}

function metaRow(db: Sqlite, id: string): AttachmentRow {
  const row = db.prepare(`SELECT ${ATTACHMENT_META_COLUMNS} FROM child_attachments WHERE id = ?`).get(id) as AttachmentRow | undefined;
  if (!row) throw new AppError('not_found', 'This attachment no longer exists; it may have been removed.');
  return row;
}

export function addAttachment(call: CaseFileCall, input: AttachmentInput): AttachmentMeta {
  const { db, actor } = call;
  const data = Buffer.from(input.dataBase64, 'base64');
  if (data.length === 0) throw invalidFields({ dataBase64: 'the file is empty' });
  if (data.length > ATTACHMENT_LIMITS.bytes) throw invalidFields({ dataBase64: 'the file is larger than 5 MB' });
  const type = checkFileType(input.fileName, data);
  if ('problem' in type) throw invalidFields({ dataBase64: type.problem });
  return db.transaction(() => {
    const child = childForChange(call, input.childId);
    if (input.documentDate !== null) {
      const problem = dateProblem(input.documentDate, 'past', childDates(child, call.now));
      if (problem) throw invalidFields({ documentDate: problem });
    }
    const count = (db.prepare('SELECT count(*) AS n FROM child_attachments WHERE child_id = ?').get(input.childId) as { n: number }).n;
    if (count >= ATTACHMENT_LIMITS.perChild) throw new AppError('conflict', `A case file can hold at most ${ATTACHMENT_LIMITS.perChild} attachments; remove one first.`);
    const at = call.now.toISOString();
    const id = uuidv7();
    const sha256 = createHash('sha256').update(data).digest('hex');
    db.prepare(
      `INSERT INTO child_attachments (id, child_id, kind, title, document_date, file_name, mime, bytes, data, sha256, created_at, created_by_id, created_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.childId, input.kind, input.title, input.documentDate, input.fileName, type.mime, data.length, data, sha256, at, actor.id, actor.name);
    const row = metaRow(db, id);
    appendJournal(db, { actor, at, entity: ENTITY.attachment, entityId: id, op: 'create', before: null, after: attachmentImage(row) });
    return meta(row);
  })();
}

export function removeAttachment(call: CaseFileCall, id: string): void {
  removeJournaled(call, id, { table: 'child_attachments', entity: ENTITY.attachment, read: (x) => metaRow(call.db, x), image: attachmentImage });
}

/** The bytes, for someone who may see them (photos.view, and children.viewCcl for a CCL child — logged). */
export function readAttachment(call: Omit<CaseFileCall, 'actor'>, id: string): { meta: AttachmentMeta; data: Buffer } {
  const row = metaRow(call.db, id);
  if (!call.viewer.canSeePhotos) throw new AppError('forbidden', 'You do not have permission to open attachments.');
  openCaseFile(call, row.child_id, 'attachment');
  const { data } = call.db.prepare('SELECT data FROM child_attachments WHERE id = ?').get(id) as { data: Buffer };
  return { meta: meta(row), data };
}
