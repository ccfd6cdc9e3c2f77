/**
 * Form 17 [Rules 18(2), 19(25)]: report at the time of production of the child before the
 * Committee. Filled from the child's record and, when the child has a Committee case, from its
 * first production and production report (src/main/cases); what neither holds prints as lines
 * to fill in by hand.
 */
import type { Child } from '../../../shared/domain/child';
import { ageAtAdmission } from '../../../shared/domain/child';
import { html, type Html } from '../kit/html';
import { bi, inline } from '../kit/bilingual';
import { items, signatures } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import type { PrintImage } from '../kit/photo';
import { dateAndTime, SEX_NAMES, years } from '../kit/values';

/** What the child's Committee case says about the production (its latest case, if any). */
export interface Form17Production {
  caseNo: string;
  producedAt: string | null;
  producedBy: string | null;
  producerContact: string | null;
  whereFound: string | null;
  circumstances: string | null;
  belongings: string | null;
}

export interface Form17Data {
  letterhead: LetterheadView;
  child: Child;
  photo: PrintImage | null;
  /** From the case history's profile, if recorded. */
  caseNo: string | null;
  production?: Form17Production | null;
}

/** The person with whom the child was found (item 10). */
const FOUND_WITH = [
  { no: '(a)', label: bi('नाम', 'Name') },
  { no: '(b)', label: bi('आयु', 'Age') },
  { no: '(c)', label: bi('पता', 'Address'), lines: 2 },
  { no: '(d)', label: bi('संपर्क नंबर', 'Contact number') },
  { no: '(e)', label: bi('व्यवसाय', 'Occupation') },
];

export function form17({ letterhead: lh, child: c, photo, caseNo, production: p = null }: Form17Data): Html {
  const came = dateAndTime(c.admittedAt);
  const produced = p?.producedAt ? dateAndTime(p.producedAt) : null;
  const a = c.address;
  const home = [a.village, a.policeStation && `PS ${a.policeStation}`, a.district, a.state, a.pin].filter(Boolean).join(', ');
  return html`${letterhead(lh)}
  ${formHead({
    number: bi('प्रपत्र 17', 'FORM 17'),
    rule: bi('नियम 18(2), 19(25)', 'Rules 18(2), 19(25)'),
    title: bi('समिति के समक्ष बालक को प्रस्तुत करते समय दी जाने वाली रिपोर्ट', 'Report to be submitted at the time of production of the child before the Committee'),
    note: html`${inline(bi('प्रवेश संख्या', 'Admission No.'))}: <b>${c.admissionNo}</b>`,
    photo,
  })}
  ${items([
    // The child's Committee case says it best; the case history's profile otherwise.
    { no: '1.', label: bi('मामला संख्या', 'Case No.'), value: p?.caseNo ?? caseNo },
    { no: '2.', label: bi('बाल कल्याण समिति जिसके समक्ष प्रस्तुत किया गया', 'Child Welfare Committee produced before') },
    { no: '3.', label: bi('प्रस्तुत करने की तिथि', 'Date of production'), value: produced?.date },
    { no: '4.', label: bi('प्रस्तुत करने का समय', 'Time of production'), value: produced?.time },
    { no: '5.', label: bi('प्रस्तुत करने का स्थान', 'Place of production') },
    {
      no: '6.',
      label: bi('बालक को प्रस्तुत करने वाले व्यक्ति का विवरण', 'Details of the person producing the child'),
      items: [
        { no: '(a)', label: bi('नाम', 'Name'), value: p?.producedBy },
        { no: '(b)', label: bi('आयु', 'Age') },
        { no: '(c)', label: bi('लिंग', 'Sex') },
        { no: '(d)', label: bi('पता', 'Address'), lines: 2 },
        { no: '(e)', label: bi('संपर्क नंबर', 'Contact number'), value: p?.producerContact },
        { no: '(f)', label: bi('व्यवसाय / पदनाम', 'Occupation / designation') },
        { no: '(g)', label: bi('संगठन का प्रकार (बाल देखरेख संस्था / विशेषीकृत दत्तक ग्रहण अभिकरण / अन्य)', 'Type of organisation (CCI / SAA / other)') },
        { no: '(h)', label: bi('किसके द्वारा भेजा गया', 'Referred by'), value: c.referredBy },
      ],
    },
    {
      no: '7.',
      label: bi('बालक का विवरण', 'Details of the child'),
      items: [
        { no: '(a)', label: bi('नाम (यदि कोई हो)', 'Name (if any)'), value: c.name },
        { no: '(b)', label: bi('उपनाम', 'Other names'), value: c.aliases },
        { no: '(c)', label: bi('आयु (बताई गई, या रूप-रंग के आधार पर)', 'Age (stated, or based on appearance)'), value: years(ageAtAdmission(c), c.ageEstimated) },
        { no: '(d)', label: bi('लिंग', 'Sex'), value: inline(SEX_NAMES[c.sex]) },
        { no: '(e)', label: bi('पहचान चिह्न', 'Identification mark(s)'), value: c.identificationMarks, lines: 2 },
        { no: '(f)', label: bi('आधार संख्या (वैकल्पिक)', 'Aadhaar No. (optional)') },
        { no: '(g)', label: bi('बालक द्वारा प्रयुक्त भाषा', 'Language used by the child'), value: c.languages },
        { no: '(h)', label: bi('ऊँचाई / वज़न', 'Height / weight'), value: c.heightCm === null && c.weightKg === null ? null : `${c.heightCm ?? '—'} cm / ${c.weightKg ?? '—'} kg` },
      ],
    },
    {
      no: '8.',
      label: bi('माता-पिता / संरक्षक का विवरण, यदि उपलब्ध हो', 'Details of parents / guardian, if available'),
      items: [
        { no: '(a)', label: bi('पिता का नाम', "Father's name"), value: c.fatherName },
        { no: '(b)', label: bi('माता का नाम', "Mother's name"), value: c.motherName },
        { no: '(c)', label: bi('संरक्षक का नाम', "Guardian's name"), value: c.guardianName },
        { no: '(d)', label: bi('आयु', 'Age') },
        { no: '(e)', label: bi('पता', 'Address'), value: home, lines: 2 },
        { no: '(f)', label: bi('संपर्क नंबर', 'Contact number') },
        { no: '(g)', label: bi('व्यवसाय', 'Occupation') },
      ],
    },
    { no: '9.', label: bi('वह स्थान जहाँ बालक पाया गया', 'Place where the child was found'), value: p?.whereFound, lines: 2 },
    { no: '10.', label: bi('वह व्यक्ति (यदि कोई हो) जिसके साथ बालक पाया गया', 'Person (if any) with whom the child was found'), items: FOUND_WITH },
    { no: '11.', label: bi('वे परिस्थितियाँ जिनमें बालक पाया गया', 'Circumstances under which the child was found'), value: p?.circumstances, lines: 3 },
    { no: '12.', label: bi('बालक द्वारा अपने विरुद्ध किसी अपराध या दुर्व्यवहार का आरोप', 'Allegation by the child of any offence or abuse committed on the child'), lines: 3 },
    { no: '13.', label: bi('शारीरिक स्थिति', 'Physical condition'), lines: 2 },
    { no: '14.', label: bi('प्रस्तुत करते समय बालक का सामान', 'Belongings of the child at the time of production'), value: p?.belongings, lines: 2 },
    { no: '15.', label: bi('बालक के संस्था में आने की तिथि', 'Date the child came to the CCI / SAA'), value: came.date },
    { no: '16.', label: bi('बालक के संस्था में आने का समय', 'Time the child came to the CCI / SAA'), value: came.time },
    { no: '17.', label: bi('परिवार का पता लगाने हेतु किए गए तात्कालिक प्रयास', 'Immediate efforts made to trace the family'), lines: 3 },
    { no: '18.', label: bi('प्रदान किया गया चिकित्सा उपचार', 'Medical treatment provided'), lines: 2 },
  ])}
  ${signatures([bi('स्थान एवं तिथि', 'Place and date'), bi('बालक को प्रस्तुत करने वाले व्यक्ति के हस्ताक्षर', 'Signature of the person producing the child')])}`;
}
