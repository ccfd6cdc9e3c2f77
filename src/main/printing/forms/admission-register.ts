/**
 * The admission register for a span of days, landscape: every admission and readmission in
 * it, numbered, with what happened during the stay and how it ended. A child in conflict
 * with law appears by admission number only for someone without the right to their identity.
 */
import type { AdmissionRegisterRow } from '../../../shared/domain/movement';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { html, type Html } from '../kit/html';
import { bi, inline, type Bilingual } from '../kit/bilingual';
import { signatures } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import { table } from '../kit/table';
import { SEX_NAMES } from '../kit/values';
import { MOVEMENT_NAMES, movementLine, STATUS_NAMES } from './movement-words';

export interface RegisterData {
  letterhead: LetterheadView;
  from: string;
  to: string;
  rows: readonly AdmissionRegisterRow[];
}

export const WITHHELD = bi('नाम रोका गया (धारा 74)', 'name withheld (s.74)');

/** The sex as the register prints it, "स्त्री / Female". */
export function sexWord(sex: string): string {
  const l = (SEX_NAMES as Record<string, Bilingual | undefined>)[sex];
  return l ? `${l.hi} / ${l.en}` : sex;
}

export function admissionRegisterDoc(d: RegisterData): Html {
  const n = d.rows.length;
  const lines = (xs: readonly string[]) => html`${xs.map((x, i) => [i ? html`<br>` : '', x])}`;
  return html`${letterhead(d.letterhead)}
  ${formHead({
    number: null,
    rule: null,
    title: bi('प्रवेश रजिस्टर', 'Admission register'),
    note: inline(bi(`${formatDate(d.from)} से ${formatDate(d.to)} तक · ${n} ${n === 1 ? 'प्रविष्टि' : 'प्रविष्टियाँ'}`, `from ${formatDate(d.from)} to ${formatDate(d.to)} · ${n} ${n === 1 ? 'entry' : 'entries'}`)),
  })}
  ${table({
    className: 'compact register',
    columns: [
      // Widths on a landscape A4 (271 mm between the margins): the movements take what is left.
      { head: bi('क्र.', 'S.No.'), width: '9mm' },
      { head: bi('प्रवेश सं., तिथि, समय', 'Admission No., date, time'), width: '33mm' },
      { head: bi('बालक का नाम', 'Name of the child'), width: '27mm' },
      { head: bi('लिंग, आयु', 'Sex, age'), width: '22mm' },
      { head: bi('श्रेणी', 'Category'), width: '15mm' },
      { head: bi('माता-पिता / संरक्षक', 'Parents / guardian'), width: '27mm' },
      { head: bi('पता', 'Address'), width: '28mm' },
      { head: bi('किसके द्वारा भेजा, आदेश सं.', 'Referred by, order No.'), width: '30mm' },
      { head: bi('ठहराव के दौरान गतिविधियाँ', 'Movements during the stay') },
      { head: bi('वर्तमान स्थिति', 'Status now'), width: '18mm' },
    ],
    rows: d.rows.map((r) => [
      r.serial,
      lines([r.admissionNo, formatDateTimeIst(r.at), ...(r.entry === 'readmission' ? [`${MOVEMENT_NAMES.readmission.hi} / ${MOVEMENT_NAMES.readmission.en}`] : [])]),
      r.identified ? r.name : inline(WITHHELD),
      lines([sexWord(r.sex), r.ageAtEntry === null ? '' : `${r.ageAtEntry}${r.ageEstimated ? ' (अनुमानित / est.)' : ''}`]),
      r.category,
      lines([r.fatherName, r.motherName, r.guardianName].filter((x): x is string => !!x)),
      r.address,
      lines([r.referredBy, r.orderNo].filter((x): x is string => !!x)),
      lines(r.movements.map(movementLine)),
      inline(STATUS_NAMES[r.status]),
    ]),
    blankRows: n ? 0 : 3,
  })}
  ${signatures([bi('अधीक्षक / प्रभारी अधिकारी', 'Superintendent / officer in charge')])}`;
}
