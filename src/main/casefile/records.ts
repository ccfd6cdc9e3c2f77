/**
 * The case file's rows as stored, and as the journal records them (their "images"). Audit
 * verify compares each live row's image with its last journal entry, so an image holds every
 * stored column; an attachment's bytes are represented by their sha256.
 */
export interface SectionRow {
  child_id: string;
  section: string;
  data: string;
  updated_at: string;
  updated_by_id: string | null;
  updated_by_name: string;
}

export interface PlanVersionRow {
  id: string;
  child_id: string;
  version: number;
  part: string;
  data: string;
  saved_at: string;
  saved_by_id: string | null;
  saved_by_name: string;
}

export interface EntryRow {
  id: string;
  child_id: string;
  kind: string;
  date: string;
  data: string;
  created_at: string;
  updated_at: string;
}

export interface AttachmentRow {
  id: string;
  child_id: string;
  kind: string;
  title: string;
  document_date: string | null;
  file_name: string;
  mime: string;
  bytes: number;
  sha256: string;
  created_at: string;
  created_by_id: string | null;
  created_by_name: string;
}

/** Journal entity names and ids. */
export const ENTITY = { section: 'case_history', planVersion: 'care_plan_version', entry: 'casefile_entry', attachment: 'attachment' } as const;
export const sectionEntityId = (childId: string, section: string) => `${childId}/${section}`;

export const sectionImage = (r: SectionRow) => ({ childId: r.child_id, section: r.section, data: JSON.parse(r.data) as unknown, updatedAt: r.updated_at, updatedById: r.updated_by_id, updatedByName: r.updated_by_name });

export const planVersionImage = (r: PlanVersionRow) => ({
  id: r.id,
  childId: r.child_id,
  version: r.version,
  part: r.part,
  plan: JSON.parse(r.data) as unknown,
  savedAt: r.saved_at,
  savedById: r.saved_by_id,
  savedByName: r.saved_by_name,
});

export const entryImage = (r: EntryRow) => ({ id: r.id, childId: r.child_id, kind: r.kind, date: r.date, values: JSON.parse(r.data) as unknown, createdAt: r.created_at, updatedAt: r.updated_at });

export const attachmentImage = (r: AttachmentRow) => ({
  id: r.id,
  childId: r.child_id,
  kind: r.kind,
  title: r.title,
  documentDate: r.document_date,
  fileName: r.file_name,
  mime: r.mime,
  bytes: r.bytes,
  sha256: r.sha256,
  createdAt: r.created_at,
  createdById: r.created_by_id,
  createdByName: r.created_by_name,
});

export const ATTACHMENT_META_COLUMNS = 'id, child_id, kind, title, document_date, file_name, mime, bytes, sha256, created_at, created_by_id, created_by_name';
