/** The reports as CSV for the district office's spreadsheets: English headers, dates as dd-mm-yyyy. */
import type { MonthlySummary, QuarterlyReport } from '../../shared/domain/reports';
import { formatDate, formatDateTimeIst } from '../../shared/util/dates';
import { csvDocument } from '../children/register-file/write-csv';

const QUARTERLY_HEADER = ['section', 'serial', 'admission_no', 'name', 'category', 'sex', 'age', 'date', 'home_district', 'relationship', 'ordered_by', 'order_no', 'order_date', 'place', 'cause', 'authority_informed_on', 'police_informed', 'fir_gd_no', 'returned_on'];

const day = (instant: string | null) => formatDateTimeIst(instant).slice(0, 10);

export function quarterlyCsv(r: QuarterlyReport): string {
  const common = (e: QuarterlyReport['restored'][number] | QuarterlyReport['died'][number] | QuarterlyReport['ranAway'][number]) => [
    String(e.serial),
    e.admissionNo,
    e.name ?? '',
    e.category,
    e.sex,
    e.age === null ? '' : String(e.age),
    day(e.at),
    e.homeDistrict ?? '',
  ];
  const blank = (n: number) => Array<string>(n).fill('');
  return csvDocument([
    QUARTERLY_HEADER,
    ...r.restored.map((e) => ['restored', ...common(e), e.relationship ?? '', e.orderedBy, e.orderNo, formatDate(e.orderDate), ...blank(6)]),
    ...r.died.map((e) => ['died', ...common(e), ...blank(4), e.place, e.cause, formatDate(e.authorityInformedOn), ...blank(3)]),
    ...r.ranAway.map((e) => ['ran_away', ...common(e), ...blank(7), e.policeInformed ? 'yes' : 'no', e.firGdNo ?? '', day(e.returnedAt)]),
  ]);
}

export function monthlyCsv(s: MonthlySummary): string {
  return csvDocument([
    ['line', 'total', 'CNCP', 'CCL', 'female', 'male', 'transgender', 'unknown'],
    ...s.lines.map(({ line, counts: c }) => [line, c.total, c.CNCP, c.CCL, c.female, c.male, c.transgender, c.unknown].map(String)),
  ]);
}
