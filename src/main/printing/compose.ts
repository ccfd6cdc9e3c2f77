/**
 * From a print request to the document's body: which data each form reads and how its file
 * and pages are named. Everything here is synchronous database work; only the PDF rendering
 * that follows is awaited.
 */
import type { PrintRequest } from '../../shared/domain/printing';
import type { Sqlite } from '../db/open';
import type { ChildrenService, ChildViewer } from '../children/service';
import type { Html } from './kit/html';
import type { LetterheadView } from './kit/letterhead';
import { childForPrint, photoForPrint } from './child-for-print';
import { form17 } from './forms/form17';

export interface PrintSources {
  db: Sqlite;
  children: ChildrenService;
  viewer: ChildViewer;
  letterhead: LetterheadView;
}

export interface Composed {
  title: string;
  /** The file name without ".pdf"; admission numbers and dates only, never a child's name. */
  fileStem: string;
  /** Bottom left of every page. */
  reference: string;
  body: Html;
  landscape?: boolean;
}

/** Keeps letters, digits and dashes: an admission number such as "CH/2026/7" becomes "CH-2026-7". */
export const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');

export function compose(request: PrintRequest, src: PrintSources): Composed {
  switch (request.form) {
    case 'form17': {
      const child = childForPrint(src.db, src.children, request.child, src.viewer);
      const photo = photoForPrint(src.children, child, src.viewer);
      return {
        title: `Form 17 — ${child.admissionNo}`,
        fileStem: `form17-${fileSafe(child.admissionNo)}`,
        reference: `Form 17 · ${child.admissionNo}`,
        body: form17({ letterhead: src.letterhead, child, photo }),
      };
    }
  }
}
