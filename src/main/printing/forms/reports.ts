/**
 * The reports that leave the institution: the s.40(4) quarterly report of children restored,
 * dead and run away (for the Committee and the District Magistrate), and the monthly summary
 * for the district office. A child in conflict with law is listed by admission number only,
 * whoever prints it (the data comes so from src/main/reports).
 */
import { MONTHLY_LINES, type MonthlyLine, type MonthlySummary, type QuarterlyReport } from '../../../shared/domain/reports';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { html, type Html } from '../kit/html';
import { bi, inline, type Bilingual } from '../kit/bilingual';
import { section, signatures } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import { table, type Column } from '../kit/table';
import type { Value } from '../kit/fields';
import { CATEGORY_NAMES, SEX_NAMES } from '../kit/values';
import { sexWord, WITHHELD } from './admission-register';

const child: Column[] = [
  { head: bi('क्र.', 'S.No.'), width: '9mm' },
  { head: bi('प्रवेश संख्या', 'Admission No.'), width: '26mm' },
  { head: bi('नाम', 'Name'), width: '32mm' },
  { head: bi('लिंग, आयु', 'Sex, age'), width: '18mm' },
  { head: bi('श्रेणी', 'Category'), width: '14mm' },
];
type Event = QuarterlyReport['restored'][number] | QuarterlyReport['died'][number] | QuarterlyReport['ranAway'][number];
const childCells = (e: Event): Value[] => [e.serial, e.admissionNo, e.name ?? inline(WITHHELD), `${sexWord(e.sex)}${e.age === null ? '' : `, ${e.age}`}`, e.category];
const none = (n: number) => (n ? 0 : 1);

export function quarterlyReportDoc(lh: LetterheadView, r: QuarterlyReport): Html {
  return html`${letterhead(lh)}
  ${formHead({
    number: null,
    rule: bi('धारा 40(4), किशोर न्याय अधिनियम, 2015', 'Section 40(4), Juvenile Justice Act, 2015'),
    title: bi('पुनर्स्थापित, मृत और भागे हुए बालकों की त्रैमासिक रिपोर्ट', 'Quarterly report of children restored, dead and run away'),
    note: html`${inline(bi(`तिमाही ${r.period}: ${formatDate(r.from)} से ${formatDate(r.to)}`, `quarter ${r.period}: ${formatDate(r.from)} to ${formatDate(r.to)}`))}${
      r.sent ? html` · ${inline(bi(`${formatDate(r.sent.submittedOn)} को ${r.sent.submittedTo} को भेजी गई`, `sent on ${formatDate(r.sent.submittedOn)} to ${r.sent.submittedTo}`))}` : ''
    }`,
  })}
  ${section(
    bi(`1. परिवार में पुनर्स्थापित बालक (${r.restored.length})`, `Children restored to family (${r.restored.length})`),
    table({
      className: 'compact',
      columns: [...child, { head: bi('गृह ज़िला', 'Home district') }, { head: bi('पुनर्स्थापन की तिथि', 'Date restored'), width: '20mm' }, { head: bi('संबंध', 'Restored to') }, { head: bi('आदेश (किसका, सं., तिथि)', 'Order (by, No., date)') }],
      rows: r.restored.map((e) => [...childCells(e), e.homeDistrict, formatDateTimeIst(e.at).slice(0, 10), e.relationship, `${e.orderedBy}, ${e.orderNo}, ${formatDate(e.orderDate)}`]),
      blankRows: none(r.restored.length),
    }),
  )}
  ${section(
    bi(`2. मृत बालक (${r.died.length})`, `Children who died (${r.died.length})`),
    table({
      className: 'compact',
      columns: [...child, { head: bi('मृत्यु की तिथि', 'Date of death'), width: '20mm' }, { head: bi('स्थान', 'Place') }, { head: bi('कारण', 'Cause') }, { head: bi('समिति / बोर्ड को सूचना', 'Committee / Board informed on'), width: '22mm' }],
      rows: r.died.map((e) => [...childCells(e), formatDateTimeIst(e.at).slice(0, 10), e.place, e.cause, formatDate(e.authorityInformedOn)]),
      blankRows: none(r.died.length),
    }),
  )}
  ${section(
    bi(`3. भागे हुए बालक (${r.ranAway.length})`, `Children who ran away (${r.ranAway.length})`),
    table({
      className: 'compact',
      columns: [...child, { head: bi('तिथि, समय', 'Date, time'), width: '24mm' }, { head: bi('पुलिस को सूचना, एफ़आईआर / जीडी सं.', 'Police informed, FIR / GD No.') }, { head: bi('लौटा (तिथि)', 'Returned on'), width: '20mm' }],
      rows: r.ranAway.map((e) => [...childCells(e), formatDateTimeIst(e.at), e.policeInformed ? `हाँ / yes${e.firGdNo ? `, ${e.firGdNo}` : ''}` : 'नहीं / no', e.returnedAt ? formatDateTimeIst(e.returnedAt).slice(0, 10) : null]),
      blankRows: none(r.ranAway.length),
    }),
  )}
  ${signatures([bi('अधीक्षक / प्रभारी अधिकारी', 'Superintendent / officer in charge')])}`;
}

const LINE_NAMES: Record<MonthlyLine, Bilingual> = {
  onRollAtStart: bi('माह के आरंभ में नामांकित', 'On the roll at the start of the month'),
  admitted: bi('प्रवेश', 'Admitted'),
  readmitted: bi('पुनः प्रवेश', 'Readmitted'),
  returnedFromRunaway: bi('भागने के बाद लौटे', 'Returned after running away'),
  ranAway: bi('भागे', 'Ran away'),
  wentOnLeave: bi('अवकाश पर गए', 'Went on leave'),
  returnedFromLeave: bi('अवकाश से लौटे', 'Returned from leave'),
  restored: bi('परिवार में पुनर्स्थापित', 'Restored to family'),
  transferred: bi('स्थानांतरित', 'Transferred'),
  released: bi('मुक्त', 'Released'),
  died: bi('मृत्यु', 'Died'),
  onRollAtEnd: bi('माह के अंत में नामांकित', 'On the roll at the end of the month'),
  presentAtEnd: bi('— जिनमें उपस्थित', '— of whom present'),
  onLeaveAtEnd: bi('— जिनमें अवकाश पर', '— of whom on leave'),
  awayAtEnd: bi('— जिनमें भागे हुए', '— of whom away (ran away)'),
};

export function monthlySummaryDoc(lh: LetterheadView, s: MonthlySummary): Html {
  const n = (x: number) => String(x);
  return html`${letterhead(lh)}
  ${formHead({
    number: null,
    rule: null,
    title: bi('ज़िला बाल संरक्षण इकाई हेतु मासिक सारांश', 'Monthly summary for the District Child Protection Unit'),
    note: inline(bi(`माह ${s.month}: ${formatDate(s.from)} से ${formatDate(s.to)}`, `month ${s.month}: ${formatDate(s.from)} to ${formatDate(s.to)}`)),
  })}
  ${table({
    columns: [
      { head: bi('विवरण', 'Particulars') },
      { head: bi('कुल', 'Total'), width: '16mm' },
      { head: CATEGORY_NAMES.CNCP, width: '26mm' },
      { head: CATEGORY_NAMES.CCL, width: '26mm' },
      { head: SEX_NAMES.female, width: '14mm' },
      { head: SEX_NAMES.male, width: '14mm' },
      { head: SEX_NAMES.transgender, width: '18mm' },
      { head: SEX_NAMES.unknown, width: '14mm' },
    ],
    rows: MONTHLY_LINES.map((line) => {
      const c = s.lines.find((l) => l.line === line)!.counts;
      return [inline(LINE_NAMES[line]), n(c.total), n(c.CNCP), n(c.CCL), n(c.female), n(c.male), n(c.transgender), n(c.unknown)];
    }),
  })}
  ${signatures([bi('अधीक्षक / प्रभारी अधिकारी', 'Superintendent / officer in charge')])}`;
}
