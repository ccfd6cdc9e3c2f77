/**
 * The child register: admit, edit, view, photos (the list is list-register.ts). Every write goes through here so that it
 * lands in the journal in the same transaction.
 */
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import { ageAtAdmission, LIMITS, type Child, type ChildCounts, type ChildInput } from '../../shared/domain/child';
import { isInCare, type ChildStatus } from '../../shared/domain/movement';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';
import { CHILD_COLUMN_NAMES, childColumns, childImage, type ChildDbRow } from './records';
import { imageDimensions } from './image-dimensions';
import type { Geo } from '../reference/geo';
import { assertAdmissionBeforeMovements } from '../movements/service';

export interface ChildViewer {
  userId: string;
  canSeeCcl: boolean;
  canSeePhotos: boolean;
}

export interface PhotoDbRow {
  id: string;
  child_id: string;
  mime: string;
  width: number;
  height: number;
  sha256: string;
  created_at: string;
}

export const photoImage = (p: PhotoDbRow) => ({ id: p.id, childId: p.child_id, mime: p.mime, width: p.width, height: p.height, sha256: p.sha256, createdAt: p.created_at });

const INSERT_CHILD = `INSERT INTO children (${CHILD_COLUMN_NAMES}) VALUES (${CHILD_COLUMN_NAMES.split(',').map(() => '?').join(', ')})`;

function hidden(row: { category: string }, viewer: ChildViewer): boolean {
  return row.category === 'CCL' && !viewer.canSeeCcl;
}

export class ChildrenService {
  constructor(
    private readonly db: Sqlite,
    private readonly now: () => Date,
    private readonly geo: Geo,
  ) {}

  private withOfficialPlaces(input: ChildInput): ChildInput {
    return { ...input, address: { ...input.address, ...this.geo.canonicalise(input.address.state, input.address.district) } };
  }

  private rowById(id: string): ChildDbRow {
    const row = this.db.prepare('SELECT * FROM children WHERE id = ?').get(id) as ChildDbRow | undefined;
    if (!row) throw new AppError('not_found', 'No child with this record number exists.');
    return row;
  }

  private assertAdmissionNoFree(admissionNo: string, exceptId: string | null): void {
    const clash = this.db.prepare('SELECT id FROM children WHERE admission_no = ? AND id IS NOT ?').get(admissionNo, exceptId);
    if (clash) throw new AppError('conflict', `Admission number ${admissionNo} is already used by another child.`, { fields: { admissionNo: 'already used by another child' } });
  }

  /** Inserts children and their journal entries; the caller owns the transaction. */
  insertMany(inputs: readonly ChildInput[], actor: Actor, onEach?: (done: number) => boolean | void): string[] {
    const stmt = this.db.prepare(INSERT_CHILD);
    const at = this.now().toISOString();
    const ids: string[] = [];
    for (const raw of inputs) {
      const input = this.withOfficialPlaces(raw);
      this.assertAdmissionNoFree(input.admissionNo, null);
      const id = uuidv7();
      stmt.run(...childColumns(id, input, at, at));
      appendJournal(this.db, { actor, at, entity: 'child', entityId: id, op: 'create', before: null, after: childImage(this.rowById(id)) });
      ids.push(id);
      if (onEach?.(ids.length) === false) throw new AppError('cancelled', 'The import was cancelled; nothing was saved.');
    }
    return ids;
  }

  admit(input: ChildInput, actor: Actor, viewer: ChildViewer): Child {
    const [id] = this.db.transaction(() => this.insertMany([input], actor))();
    return this.read(id!, viewer);
  }

  update(id: string, raw: ChildInput, actor: Actor, viewer: ChildViewer): Child {
    const input = this.withOfficialPlaces(raw);
    this.db.transaction(() => {
      const before = this.rowById(id);
      if (hidden(before, viewer)) throw new AppError('forbidden', 'You do not have permission to edit this record.');
      this.assertAdmissionNoFree(input.admissionNo, id);
      if (input.admittedAt !== before.admitted_at) assertAdmissionBeforeMovements(this.db, id, input.admittedAt);
      const at = this.now().toISOString();
      const cols = childColumns(id, input, before.created_at, at);
      const names = CHILD_COLUMN_NAMES.split(',').map((c) => c.trim());
      this.db.prepare(`UPDATE children SET ${names.slice(1).map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...cols.slice(1), id);
      appendJournal(this.db, { actor, at, entity: 'child', entityId: id, op: 'update', before: childImage(before), after: childImage(this.rowById(id)) });
    })();
    return this.read(id, viewer);
  }

  /** A child as one person may see it; a view (or print) of a CCL child's identity goes to the access log. */
  get(id: string, viewer: ChildViewer, purpose: 'view' | 'print' = 'view'): Child {
    const child = this.read(id, viewer);
    if (child.category === 'CCL' && child.identified) this.logAccess(viewer.userId, id, purpose);
    return child;
  }

  /** The same, without logging: what a write hands back to the person who just made it. */
  private read(id: string, viewer: ChildViewer): Child {
    const row = this.rowById(id);
    const image = childImage(row);
    const status = row.status as ChildStatus;
    const photos = (this.db.prepare('SELECT id, mime, width, height, length(data) AS bytes FROM child_photos WHERE child_id = ? ORDER BY created_at').all(id) as Child['photos']);
    if (hidden(row, viewer)) {
      // s.74: without the right to see it, nothing that could identify the child leaves the backend.
      return {
        ...image,
        status,
        identified: false,
        name: null,
        // A date of birth can single a child out; the age at admission in years is enough for the work.
        dob: null,
        ageYears: ageAtAdmission(image),
        aliases: [],
        fatherName: null,
        motherName: null,
        guardianName: null,
        address: { village: null, policeStation: null, district: null, state: null, pin: null },
        identificationMarks: null,
        referredBy: null,
        orderNo: null,
        photos: [],
      };
    }
    return { ...image, status, identified: true, photos };
  }

  private logAccess(userId: string, childId: string, action: string): void {
    this.db.prepare('INSERT INTO access_log (at, user_id, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)').run(this.now().toISOString(), userId, 'child', childId, action);
  }

  /**
   * Head counts for the home screen, by status as the movements leave it. Counts identify no
   * one, so CCL children are included. "On the roll" is everyone the institution answers for:
   * present, on leave, or run away and not yet back.
   */
  counts(): ChildCounts {
    const rows = this.db.prepare('SELECT status, category, count(*) AS n FROM children GROUP BY status, category').all() as { status: ChildStatus; category: string; n: number }[];
    const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((a, r) => a + r.n, 0);
    return {
      present: sum((r) => r.status === 'present'),
      onLeave: sum((r) => r.status === 'on_leave'),
      runaway: sum((r) => r.status === 'runaway'),
      onRoll: sum((r) => isInCare(r.status)),
      onRollCncp: sum((r) => isInCare(r.status) && r.category === 'CNCP'),
      onRollCcl: sum((r) => isInCare(r.status) && r.category === 'CCL'),
      left: sum((r) => !isInCare(r.status)),
    };
  }

  addPhoto(childId: string, mime: 'image/jpeg' | 'image/png', dataBase64: string, actor: Actor, viewer: ChildViewer): Child {
    const data = Buffer.from(dataBase64, 'base64');
    if (data.length === 0) throw new AppError('invalid_input', 'The photo is empty.', { fields: { photo: 'empty file' } });
    if (data.length > LIMITS.photoBytes) throw new AppError('invalid_input', 'The photo is larger than 2 MB.', { fields: { photo: 'larger than 2 MB' } });
    const dims = imageDimensions(data, mime);
    if (!dims) throw new AppError('invalid_input', `The file is not a valid ${mime === 'image/png' ? 'PNG' : 'JPEG'} image.`, { fields: { photo: 'not a valid image' } });
    this.db.transaction(() => {
      const child = this.rowById(childId);
      if (hidden(child, viewer)) throw new AppError('forbidden', 'You do not have permission to change this record.');
      const count = (this.db.prepare('SELECT count(*) AS n FROM child_photos WHERE child_id = ?').get(childId) as { n: number }).n;
      if (count >= LIMITS.photosPerChild) throw new AppError('conflict', `A child can have at most ${LIMITS.photosPerChild} photos; remove one first.`);
      const at = this.now().toISOString();
      const id = uuidv7();
      const sha256 = createHash('sha256').update(data).digest('hex');
      this.db.prepare('INSERT INTO child_photos (id, child_id, mime, width, height, data, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, childId, mime, dims.width, dims.height, data, sha256, at);
      const row = this.db.prepare('SELECT id, child_id, mime, width, height, sha256, created_at FROM child_photos WHERE id = ?').get(id) as PhotoDbRow;
      appendJournal(this.db, { actor, at, entity: 'photo', entityId: id, op: 'create', before: null, after: photoImage(row) });
    })();
    return this.read(childId, viewer);
  }

  removePhoto(photoId: string, actor: Actor, viewer: ChildViewer): void {
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT id, child_id, mime, width, height, sha256, created_at FROM child_photos WHERE id = ?').get(photoId) as PhotoDbRow | undefined;
      if (!row) throw new AppError('not_found', 'This photo no longer exists.');
      if (hidden(this.rowById(row.child_id), viewer)) throw new AppError('forbidden', 'You do not have permission to change this record.');
      this.db.prepare('DELETE FROM child_photos WHERE id = ?').run(photoId);
      appendJournal(this.db, { actor, at: this.now().toISOString(), entity: 'photo', entityId: photoId, op: 'delete', before: photoImage(row), after: null });
    })();
  }

  photo(photoId: string, viewer: ChildViewer): { mime: string; dataBase64: string } {
    const row = this.db.prepare('SELECT p.mime, p.data, p.child_id, c.category FROM child_photos p JOIN children c ON c.id = p.child_id WHERE p.id = ?').get(photoId) as
      | { mime: string; data: Buffer; child_id: string; category: string }
      | undefined;
    if (!row) throw new AppError('not_found', 'This photo no longer exists.');
    if (!viewer.canSeePhotos || hidden(row, viewer)) throw new AppError('forbidden', 'You do not have permission to see this photo.');
    if (row.category === 'CCL') this.logAccess(viewer.userId, row.child_id, 'photo');
    return { mime: row.mime, dataBase64: row.data.toString('base64') };
  }
}
