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
import { PLAN_PARTS } from '../../shared/domain/care-plan';
import { formatDate, todayIst } from '../../shared/util/dates';
import { loadCaseHistory } from '../casefile/case-history';
import { carePlanAsOf, currentCarePlan } from '../casefile/care-plan';
import { listEntries } from '../casefile/entries';
import { childForPrint, photoForPrint } from './child-for-print';
import { form17 } from './forms/form17';
import { form43 } from './forms/form43';
import { form7 } from './forms/form7';
import { form44, form45 } from './forms/form44';
import { admissionRegisterDoc } from './forms/admission-register';
import { monthlySummaryDoc, quarterlyReportDoc } from './forms/reports';
import type { Movement } from '../../shared/domain/movement';
import { admissionRegister } from '../movements/admission-register';
import { movementImage, movementView, type MovementDbRow } from '../movements/records';
import { monthlySummary } from '../reports/monthly-summary';
import { quarterlyReport } from '../reports/quarterly-report';
import { composeCaseForm, composeCaseList, form17Production } from './compose-cases';

export interface PrintSources {
  db: Sqlite;
  children: ChildrenService;
  viewer: ChildViewer & { canSeeAadhaar: boolean };
  letterhead: LetterheadView;
  now: Date;
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

/** Title, file name and page reference of a form about one child. */
function named(form: string, what: string, admissionNo: string, suffix = ''): Pick<Composed, 'title' | 'fileStem' | 'reference'> {
  return { title: `${what} — ${admissionNo}`, fileStem: `${form}-${fileSafe(admissionNo)}${suffix}`, reference: `${what} · ${admissionNo}` };
}

type ChildRequest = Extract<PrintRequest, { child: unknown }>;

/** The child's latest restoration (Forms 44 and 45 are made from it), or null. */
function latestRestoration(db: Sqlite, childId: string): Movement | null {
  const row = db.prepare(`SELECT * FROM movements WHERE child_id = ? AND kind = 'restoration' ORDER BY at DESC, id DESC LIMIT 1`).get(childId) as MovementDbRow | undefined;
  // The child was checked as identified for this viewer (childForPrint): nothing is withheld.
  return row ? movementView(movementImage(row), false) : null;
}

/** The case / profile number the case history's profile records (Forms 17 and 44 ask for it), or null. */
function caseNoOf(db: Sqlite, childId: string): string | null {
  const profile = loadCaseHistory(db, childId, { canSeeAadhaar: false }).sections.find((s) => s.section === 'profile');
  const caseNo = profile?.values?.['caseNo'];
  return typeof caseNo === 'string' ? caseNo : null;
}

function composeChildForm(request: ChildRequest, src: PrintSources): Composed {
  const child = childForPrint(src.db, src.children, request.child, src.viewer);
  const common = { letterhead: src.letterhead, child, photo: photoForPrint(src.children, child, src.viewer) };
  switch (request.form) {
    case 'form17':
      return { ...named('form17', 'Form 17', child.admissionNo), body: form17({ ...common, caseNo: caseNoOf(src.db, child.id), production: form17Production(src.db, child.id) }) };
    case 'form43': {
      const history = loadCaseHistory(src.db, child.id, { canSeeAadhaar: src.viewer.canSeeAadhaar });
      return { ...named('form43', 'Form 43', child.admissionNo), body: form43({ ...common, history, entries: listEntries(src.db, child.id), today: todayIst(src.now) }) };
    }
    case 'form7': {
      const plan = request.asOf ? carePlanAsOf(src.db, child.id, request.asOf) : currentCarePlan(src.db, child.id);
      const what = `Form 7${request.part ? ` Part ${request.part}` : ''}${request.asOf ? ` as on ${formatDate(request.asOf)}` : ''}`;
      const suffix = `${request.part ? `-part-${request.part}` : ''}${request.asOf ? `-as-on-${request.asOf}` : ''}`;
      return { ...named('form7', what, child.admissionNo, suffix), body: form7({ ...common, plan, asOf: request.asOf, parts: request.part ? [request.part] : PLAN_PARTS }) };
    }
    case 'form44':
      return { ...named('form44', 'Form 44', child.admissionNo), body: form44({ ...common, restoration: latestRestoration(src.db, child.id), caseNo: caseNoOf(src.db, child.id) }) };
    case 'form45':
      return { ...named('form45', 'Form 45', child.admissionNo), body: form45({ ...common, restoration: latestRestoration(src.db, child.id) }) };
  }
}

export function compose(request: PrintRequest, src: PrintSources): Composed {
  switch (request.form) {
    case 'register': {
      const rows = admissionRegister(src.db, src.viewer, { from: request.from, to: request.to }, () => src.now);
      const span = `${formatDate(request.from)} to ${formatDate(request.to)}`;
      return {
        title: `Admission register ${span}`,
        fileStem: `admission-register-${request.from}-to-${request.to}`,
        reference: `Admission register · ${span}`,
        body: admissionRegisterDoc({ letterhead: src.letterhead, from: request.from, to: request.to, rows }),
        landscape: true,
      };
    }
    case 'quarterly':
      return {
        title: `Quarterly report s.40(4) ${request.period}`,
        fileStem: `quarterly-report-${request.period}`,
        reference: `Quarterly report s.40(4) · ${request.period}`,
        body: quarterlyReportDoc(src.letterhead, quarterlyReport(src.db, request.period)),
        landscape: true,
      };
    case 'monthly':
      return {
        title: `Monthly summary ${request.month}`,
        fileStem: `monthly-summary-${request.month}`,
        reference: `Monthly summary · ${request.month}`,
        body: monthlySummaryDoc(src.letterhead, monthlySummary(src.db, request.month)),
      };
    case 'cause-list':
    case 'pendency':
    case 'disposals':
      return composeCaseList(request, src);
    default:
      return 'case' in request ? composeCaseForm(request, src) : composeChildForm(request, src);
  }
}
