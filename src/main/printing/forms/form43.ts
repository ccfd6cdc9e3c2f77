/**
 * Form 43 [Rule 69H(3)]: the case history of a child in a CCI, section by section as the
 * case file keeps it. The profile joins the child's record (name, age, admission) with the
 * profile section; medical history, education and the quarterly review also print the case
 * file's dated lists as tables, with ruled rows to add entries by hand.
 */
import type { Child } from '../../../shared/domain/child';
import { ageAtAdmission, currentAge } from '../../../shared/domain/child';
import { CASE_HISTORY_FIELDS, type CaseHistorySection, type CaseHistoryView } from '../../../shared/domain/case-history';
import { ENTRY_FIELDS, type EntryKind, type EntryView } from '../../../shared/domain/health';
import { formatDateTimeIst } from '../../../shared/util/dates';
import { html, type Html } from '../kit/html';
import { bi, inline, type Bilingual } from '../kit/bilingual';
import { items, section, signatures, type Item } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import type { PrintImage } from '../kit/photo';
import { CATEGORY_NAMES, SEX_NAMES, years } from '../kit/values';
import { specItems } from './spec-items';
import { entryTable } from './entry-table';

export interface Form43Data {
  letterhead: LetterheadView;
  child: Child;
  photo: PrintImage | null;
  history: CaseHistoryView;
  /** The case file's dated entries, oldest first within each kind. */
  entries: readonly EntryView[];
  /** Today (yyyy-mm-dd, India), for the present age. */
  today: string;
}

const TITLES: Record<CaseHistorySection, Bilingual> = {
  profile: bi('1. बालक का परिचय', '1. Profile of the child'),
  family: bi('2. परिवार और परिस्थितियाँ', '2. Family and circumstances'),
  abuse: bi('3. दुर्व्यवहार और शोषण', '3. Abuse and exploitation'),
  healthBefore: bi('4. प्रवेश से पहले स्वास्थ्य की स्थिति', '4. Health status before admission'),
  education: bi('5. शिक्षा — प्रवेश से पहले और बाद', '5. Education before and after admission'),
  vocational: bi('6. व्यावसायिक प्रशिक्षण', '6. Vocational training'),
  habits: bi('7. आदतें, किशोरावस्था और प्रवेश से पहले का नियोजन', '7. Habits, adolescence and employment before admission'),
  social: bi('8. सामाजिक इतिहास', '8. Social history'),
  medical: bi('9. चिकित्सा इतिहास', '9. Medical history'),
  summary: bi('10. सारांश और सुझाव', '10. Summary and suggestions'),
  review: bi('11. प्रबंधन समिति द्वारा केस इतिहास की त्रैमासिक समीक्षा', '11. Quarterly review of the case history by the Management Committee'),
};

const sub = (l: Bilingual) => html`<h3 class="sub-title">${inline(l)}</h3>`;

/** What the child's record holds about the child, printed first in the profile. */
function identity(c: Child, today: string): Item[] {
  const admitted = formatDateTimeIst(c.admittedAt);
  const a = c.address;
  return [
    { label: bi('प्रवेश संख्या', 'Admission No.'), value: c.admissionNo },
    { label: bi('प्रवेश की तिथि और समय', 'Date and time of admission'), value: admitted },
    { label: bi('बालक का नाम', 'Name of the child'), value: c.name },
    { label: bi('उपनाम', 'Other names'), value: c.aliases },
    { label: bi('लिंग', 'Sex'), value: inline(SEX_NAMES[c.sex]) },
    { label: bi('प्रवेश के समय आयु', 'Age at admission'), value: years(ageAtAdmission(c), c.ageEstimated) },
    { label: bi('वर्तमान आयु', 'Present age'), value: years(currentAge(c, today), c.dob === null && c.ageEstimated) },
    { label: bi('श्रेणी', 'Category'), value: inline(CATEGORY_NAMES[c.category]) },
    { label: bi('पिता का नाम', "Father's name"), value: c.fatherName },
    { label: bi('माता का नाम', "Mother's name"), value: c.motherName },
    { label: bi('संरक्षक का नाम', "Guardian's name"), value: c.guardianName },
    { label: bi('पता', 'Address'), value: [a.village, a.policeStation, a.district, a.state, a.pin].filter(Boolean).join(', '), lines: 2 },
    { label: bi('भाषाएँ', 'Languages'), value: c.languages },
  ];
}

const numbered = (list: Item[], prefix: string): Item[] => list.map((item, i) => ({ ...item, no: `${prefix}${i + 1}` }));

export function form43(d: Form43Data): Html {
  const values = new Map(d.history.sections.map((s) => [s.section, s.values]));
  const of = (kind: EntryKind) => d.entries.filter((e) => e.kind === kind);
  const fields = (s: CaseHistorySection, prefix: string, before: Item[] = []) =>
    items(numbered([...before, ...specItems(CASE_HISTORY_FIELDS[s], values.get(s) ?? null)], prefix));

  const body: Record<CaseHistorySection, Html[]> = {
    profile: [fields('profile', '1.', identity(d.child, d.today))],
    family: [fields('family', '2.')],
    abuse: [fields('abuse', '3.')],
    healthBefore: [fields('healthBefore', '4.')],
    education: [
      fields('education', '5.'),
      sub(bi('प्रवेश के बाद शिक्षा (वर्ष, कक्षा, उत्तीर्ण / अनुत्तीर्ण)', 'Education after admission (years, class, promoted / detained)')),
      entryTable(ENTRY_FIELDS.education, of('education'), ['date', 'school', 'className', 'medium', 'result', 'schoolProgress'], 3),
    ],
    vocational: [fields('vocational', '6.')],
    habits: [fields('habits', '7.')],
    social: [fields('social', '8.')],
    medical: [
      fields('medical', '9.', [
        { label: bi('प्रवेश के समय ऊँचाई (से.मी.)', 'Height at admission (cm)'), value: d.child.heightCm },
        { label: bi('प्रवेश के समय वज़न (कि.ग्रा.)', 'Weight at admission (kg)'), value: d.child.weightKg },
      ]),
      sub(bi('वार्षिक / त्रैमासिक स्वास्थ्य समीक्षा और ऊँचाई-वज़न चार्ट', 'Annual / quarterly health review and height-weight chart')),
      entryTable(ENTRY_FIELDS.checkup, of('checkup'), ['date', 'heightCm', 'weightKg', 'admissibleWeightKg', 'diet', 'dental', 'ent', 'eye', 'stress'], 4),
      sub(bi('टीकाकरण', 'Immunisation')),
      entryTable(ENTRY_FIELDS.immunisation, of('immunisation'), ['date', 'vaccine', 'dose', 'notes'], 2),
      sub(bi('बीमारियाँ और उपचार', 'Illnesses and treatment')),
      entryTable(ENTRY_FIELDS.illness, of('illness'), ['date', 'until', 'illness', 'treatment', 'treatedBy', 'outcome'], 2),
    ],
    summary: [fields('summary', '10.')],
    review: [entryTable(ENTRY_FIELDS.review, of('review'), ['date', 'reviewedBy', 'observations', 'actions'], 4)],
  };

  return html`${letterhead(d.letterhead)}
  ${formHead({
    number: bi('प्रपत्र 43', 'FORM 43'),
    rule: bi('नियम 69H(3)', 'Rule 69H(3)'),
    title: bi('बालक का केस इतिहास (बाल देखरेख संस्थाओं हेतु)', 'Case history of the child (for Child Care Institutions)'),
    note: html`${inline(bi('प्रवेश संख्या', 'Admission No.'))}: <b>${d.child.admissionNo}</b>`,
    photo: d.photo,
  })}
  ${(Object.keys(TITLES) as CaseHistorySection[]).map((s) => section(TITLES[s], ...body[s]))}
  ${signatures([bi('बाल कल्याण अधिकारी / केस वर्कर', 'Child Welfare Officer / case worker'), bi('अधीक्षक / प्रभारी अधिकारी', 'Superintendent / officer in charge')])}`;
}
