/** A child's whole case file, as the case-file page and the printed forms need it. */
import type { CaseFile } from '../../shared/api/casefile-contract';
import type { Sqlite } from '../db/open';
import { listAttachments } from './attachments';
import { loadCaseHistory } from './case-history';
import { carePlanVersions, currentCarePlan } from './care-plan';
import { listEntries } from './entries';

/** The caller has checked that the viewer may see this case file (openCaseFile). */
export function loadCaseFile(db: Sqlite, childId: string, opts: { canSeeAadhaar: boolean }): CaseFile {
  return db.transaction(() => ({
    childId,
    history: loadCaseHistory(db, childId, opts),
    plan: currentCarePlan(db, childId),
    planVersions: carePlanVersions(db, childId),
    entries: listEntries(db, childId),
    attachments: listAttachments(db, childId),
  }))();
}
