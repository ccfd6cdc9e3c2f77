/**
 * The lists the Board and the Committee send out or put up: the day's cause list, bench by
 * bench, the pendency report and the disposals report. The cause list names each case by
 * number and the child's initials, the pendency report by number only, the disposals report
 * counts cases — never a name, address, school or photo (JJ Act s.74); the data comes so from
 * src/main/cases, whoever prints it.
 */
import { AGE_BANDS, type CauseList, type Disposals, type Pendency } from '../../../shared/api/cases-contract';
import { formatDate } from '../../../shared/util/dates';
import { bi, inline } from '../kit/bilingual';
import { section, signatures } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { html, type Html } from '../kit/html';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import { table } from '../kit/table';
import { caseWord } from './case-words';

/** Who signs a report of the Board (its Principal Magistrate) or the Committee (its Chairperson). */
const REPORT_SIGNED_BY = bi('प्रधान मजिस्ट्रेट / अध्यक्ष', 'Principal Magistrate / Chairperson');
const NO_NAMES = bi('प्रकरण संख्या और बालक के आद्याक्षर ही — नाम, पता, विद्यालय या फ़ोटो नहीं (किशोर न्याय अधिनियम धारा 74)', 'Case numbers and the child’s initials only — no name, address, school or photo (JJ Act s.74)');

export function causeListDoc(lh: LetterheadView, list: CauseList): Html {
  return html`${letterhead(lh)}
  ${formHead({ number: null, rule: null, title: bi('वाद सूची', 'Cause list'), note: html`${inline(caseWord('authority', list.authority))} · <b>${formatDate(list.date)}</b> · ${inline(NO_NAMES)}` })}
  ${list.benches.map((b) =>
    section(
      bi(`पीठ ${b.bench}`, `Bench ${b.bench}`),
      html`${b.sitting ? '' : html`<p>${inline(bi('बैठक का दिन नहीं।', 'Not a sitting day.'))}</p>`}`,
      table({
        columns: [
          { head: caseWord('cause', 'col', 'serial'), width: '12mm' },
          { head: caseWord('cause', 'col', 'caseNo'), width: '42mm' },
          { head: caseWord('cause', 'col', 'initials'), width: '24mm' },
          { head: caseWord('cause', 'col', 'purpose') },
          { head: caseWord('cause', 'col', 'previous'), width: '26mm' },
        ],
        rows: b.rows.map((r) => [r.serial, r.caseNo, r.initials, inline(caseWord('purpose', r.purpose)), formatDate(r.previousDate) || null]),
        blankRows: b.rows.length ? 0 : 1,
      }),
    ),
  )}
  ${signatures([bi('पीठासीन अधिकारी', 'Presiding officer')])}`;
}

export function pendencyDoc(lh: LetterheadView, p: Pendency): Html {
  const classWord = (c: string) => (c === 'none' ? caseWord('authority', p.authority) : caseWord('offence', c));
  return html`${letterhead(lh)}
  ${formHead({ number: null, rule: null, title: caseWord('pendency', 'title'), note: html`${inline(caseWord('authority', p.authority))} · ${inline(bi(`${formatDate(p.asOf)} को`, `as on ${formatDate(p.asOf)}`))} · ${inline(bi('केवल प्रकरण संख्या (धारा 74)', 'case numbers only (s.74)'))}` })}
  ${section(
    bi('पहली प्रस्तुति से बीते महीनों और अपराध की श्रेणी के अनुसार', 'By months since the first production and by offence class'),
    table({
      columns: [{ head: caseWord('col', 'offenceClass') }, ...AGE_BANDS.map((b) => ({ head: caseWord('pendency', 'band', b), width: '30mm' })), { head: caseWord('pendency', 'total'), width: '18mm' }],
      rows: p.counts.map((c) => [inline(classWord(c.offenceClass)), ...AGE_BANDS.map((b) => c.bands[b]), c.total]),
    }),
  )}
  ${section(
    caseWord('pendency', 'listTitle'),
    table({
      className: 'compact',
      columns: [
        { head: caseWord('pendency', 'col', 'caseNo'), width: '40mm' },
        { head: caseWord('pendency', 'col', 'offenceClass'), width: '22mm' },
        { head: caseWord('pendency', 'col', 'produced'), width: '24mm' },
        { head: caseWord('pendency', 'col', 'age'), width: '14mm' },
        { head: caseWord('pendency', 'col', 'limit') },
        { head: caseWord('pendency', 'col', 'next'), width: '24mm' },
      ],
      rows: p.rows.map((r) => [
        r.caseNo,
        inline(classWord(r.offenceClass)),
        formatDate(r.firstProducedOn) || null,
        r.ageMonths,
        r.limit ? (r.limit.terminated ? html`<b>${inline(caseWord('pendency', 'terminated'))}</b>` : html`${formatDate(r.limit.dueAt)} · ${inline(caseWord('clocks', 'state', r.limit.state))}`) : null,
        formatDate(r.nextHearing) || null,
      ]),
      blankRows: p.rows.length ? 0 : 1,
    }),
  )}
  ${signatures([REPORT_SIGNED_BY])}`;
}

/** Months down, the orders that disposed of cases across (the screen's words for them), totals at the end of each. */
export function disposalsDoc(lh: LetterheadView, d: Disposals): Html {
  const total = (n: number | undefined) => html`<b>${n ?? 0}</b>`;
  return html`${letterhead(lh)}
  ${formHead({
    number: null,
    rule: null,
    title: caseWord('disposals', 'title'),
    note: html`${inline(caseWord('authority', d.authority))} · ${inline(bi(`${d.months[0]} से ${d.months.at(-1)} तक`, `${d.months[0]} to ${d.months.at(-1)}`))} · ${inline(bi('केवल संख्याएँ — कोई नाम या आद्याक्षर नहीं (धारा 74)', 'counts only — no name or initials (s.74)'))}`,
  })}
  ${table({
    className: 'compact counts',
    columns: [{ head: caseWord('disposals', 'month'), width: '20mm' }, ...d.disposals.map((kind) => ({ head: caseWord('disposal', kind) })), { head: caseWord('disposals', 'total'), width: '13mm' }],
    rows: [
      ...d.months.map((m) => [m, ...d.disposals.map((kind) => d.counts[m]?.[kind] ?? 0), total(d.monthTotals[m])]),
      [html`<b>${inline(caseWord('disposals', 'total'))}</b>`, ...d.disposals.map((kind) => total(d.kindTotals[kind])), total(d.total)],
    ],
  })}
  ${signatures([REPORT_SIGNED_BY])}`;
}
