/**
 * The child a form is printed for, as the person printing may see them. A form names the
 * child on every page, so a child in conflict with law is printed only for someone allowed
 * to see their identity (JJ Act s.74), and each such print goes to the access log.
 */
import { AppError } from '../../shared/api/errors';
import type { Child } from '../../shared/domain/child';
import type { Sqlite } from '../db/open';
import type { ChildrenService, ChildViewer } from '../children/service';
import type { PrintImage } from './kit/photo';

export type ChildRef = { id: string } | { admissionNo: string };

function childId(db: Sqlite, ref: ChildRef): string {
  if ('id' in ref) return ref.id;
  const row = db.prepare('SELECT id FROM children WHERE admission_no = ?').get(ref.admissionNo) as { id: string } | undefined;
  if (!row) throw new AppError('not_found', `No child has admission number ${ref.admissionNo}.`);
  return row.id;
}

export function childForPrint(db: Sqlite, children: ChildrenService, ref: ChildRef, viewer: ChildViewer): Child {
  const child = children.get(childId(db, ref), viewer, 'print');
  if (!child.identified) {
    throw new AppError('forbidden', `The forms of child ${child.admissionNo} (in conflict with law) can be printed only by someone allowed to see the identity of such children.`);
  }
  return child;
}

/** The newest photo, as the child looks now; none (an empty box to paste one in) without photos.view. */
export function photoForPrint(children: ChildrenService, child: Child, viewer: ChildViewer): PrintImage | null {
  const newest = child.photos.at(-1);
  if (!newest || !viewer.canSeePhotos) return null;
  return children.photo(newest.id, viewer);
}
