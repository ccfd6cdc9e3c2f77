/**
 * The cause list, pendency and disposals as CSV for the district's spreadsheets: English
 * headers, dates as dd-mm-yyyy, case numbers (and on the cause list the initials) only.
 */
import type { CauseList, Disposals, Pendency } from '../../shared/api/cases-contract';
import { formatDate } from '../../shared/util/dates';
import { csvDocument } from '../children/register-file/write-csv';

export function causeListCsv(list: CauseList): string {
  return csvDocument([
    ['date', 'authority', 'bench', 'serial', 'case_no', 'initials', 'purpose', 'previous_date'],
    ...list.benches.flatMap((b) => b.rows.map((r) => [formatDate(list.date), list.authority, b.bench, String(r.serial), r.caseNo, r.initials, r.purpose, formatDate(r.previousDate)])),
  ]);
}

export function pendencyCsv(p: Pendency): string {
  return csvDocument([
    ['case_no', 'offence_class', 'first_produced_on', 'age_months', 'age_band', 'time_limit', 'limit_state', 'terminated_by_law', 'next_hearing'],
    ...p.rows.map((r) => [r.caseNo, r.offenceClass, formatDate(r.firstProducedOn), r.ageMonths === null ? '' : String(r.ageMonths), r.band ?? '', formatDate(r.limit?.dueAt), r.limit?.state ?? '', r.limit?.terminated ? 'yes' : 'no', formatDate(r.nextHearing)]),
  ]);
}

export function disposalsCsv(d: Disposals): string {
  return csvDocument([['month', ...d.disposals, 'total'], ...d.months.map((m) => [m, ...d.disposals.map((t) => String(d.counts[m]?.[t] ?? 0)), String(d.monthTotals[m] ?? 0)])]);
}
