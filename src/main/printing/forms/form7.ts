/**
 * Form 7: the Individual Care Plan, in its four parts — A the plan across the ten need areas,
 * B the progress reports, C the pre-release report, D the follow-ups after release with the
 * checklist of documents. Printed as the plan stands now or as it stood at the end of a given
 * day (a saved version); what is not recorded prints blank, so a part not yet begun prints as
 * a form to fill in by hand.
 */
import type { Child } from '../../../shared/domain/child';
import { ageAtAdmission } from '../../../shared/domain/child';
import {
  DOCUMENT_FIELDS,
  FOLLOW_UP_FIELDS,
  FOLLOW_UP_STAGES,
  NEED_AREAS,
  PLAN_DETAILS_FIELDS,
  PLAN_ITEM_FIELDS,
  PRE_RELEASE_FIELDS,
  PROGRESS_FIELDS,
  type CarePlan,
  type PlanPart,
  type PlanView,
} from '../../../shared/domain/care-plan';
import type { FieldSpec } from '../../../shared/domain/casefile-fields';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { html, type Html } from '../kit/html';
import { bi, inline, type Bilingual } from '../kit/bilingual';
import { items, signatures, type Item } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import type { PrintImage } from '../kit/photo';
import { table } from '../kit/table';
import { SEX_NAMES, years } from '../kit/values';
import { NEED_AREA_LABELS } from './casefile-labels';
import { cellValue } from './entry-table';
import { fieldLabel, specItems, type LabelOf } from './spec-items';

export interface Form7Data {
  letterhead: LetterheadView;
  child: Child;
  photo: PrintImage | null;
  /** The plan to print (the current one, or the version in force on `asOf`); null when none was made by then. */
  plan: PlanView | null;
  /** Set when printing the plan as it stood at the end of this day (yyyy-mm-dd). */
  asOf: string | null;
  parts: readonly PlanPart[];
}

export const FORM7_RULES = bi('नियम 11(3), 13(7)(vi), 13(8)(ii), 19(4), 19(17), 62(6)(vii), 62(6)(x), 69I(3)', 'Rules 11(3), 13(7)(vi), 13(8)(ii), 19(4), 19(17), 62(6)(vii), 62(6)(x), 69I(3)');

/** The parts as the Hindi form letters them. */
const HINDI_LETTER: Record<PlanPart, string> = { A: 'क', B: 'ख', C: 'ग', D: 'घ' };

const PART_TITLES: Record<PlanPart, Bilingual> = {
  A: bi('भाग क — वैयक्तिक देखरेख योजना', 'Part A — Individual Care Plan'),
  B: bi('भाग ख — प्रगति रिपोर्ट', 'Part B — Progress report'),
  C: bi('भाग ग — रिहाई से पूर्व रिपोर्ट', 'Part C — Pre-release report'),
  D: bi('भाग घ — रिहाई / पुनर्स्थापन के बाद की रिपोर्ट', 'Part D — Post-release / restoration report'),
};

const numbered = (list: Item[]) => list.map((item, i) => ({ ...item, no: `${i + 1}.` }));
const isArea = (key: string) => (NEED_AREAS as readonly string[]).includes(key);

/**
 * Parts B and C have one field per need area (progress, or the rehabilitation plan, in each):
 * they print as one item with the ten areas under it, numbered (1)–(10) as in Part A.
 */
function itemsWithAreas(specs: readonly FieldSpec[], values: Record<string, unknown> | null, areasTitle: Bilingual): Item[] {
  const all = specItems(specs, values, { label: (key) => NEED_AREA_LABELS[key] ?? fieldLabel(key) });
  const first = specs.findIndex((f) => isArea(f.key));
  const areas = all.filter((_, i) => isArea(specs[i]!.key)).map((item, j) => ({ ...item, no: `(${j + 1})` }));
  const rest = all.filter((_, i) => !isArea(specs[i]!.key));
  return numbered([...rest.slice(0, first), { label: areasTitle, items: areas }, ...rest.slice(first)]);
}

/** In Part D's checklist the Aadhaar entry is the card, not its number. */
const documentLabel: LabelOf = (key) => (key === 'aadhaar' ? bi('आधार कार्ड', 'Aadhaar card') : fieldLabel(key));

function versionNote(d: Form7Data): Html {
  const admission = html`${inline(bi('प्रवेश संख्या', 'Admission No.'))}: <b>${d.child.admissionNo}</b>`;
  const p = d.plan;
  const when = d.asOf ? html` · ${inline(bi(`${formatDate(d.asOf)} को जैसी थी`, `as it stood on ${formatDate(d.asOf)}`))}` : '';
  if (!p) return html`${admission}${when} · ${inline(bi('देखरेख योजना अभी नहीं बनी थी', 'no care plan had been made'))}`;
  const saved = formatDateTimeIst(p.savedAt);
  return html`${admission}${when} · ${inline(bi(`संस्करण ${p.version}, ${saved} को ${p.savedBy} द्वारा सहेजा`, `version ${p.version}, saved ${saved} by ${p.savedBy}`))}`;
}

function partA(c: Child, plan: CarePlan | null): Html[] {
  const details = plan?.partA.details ?? null;
  const detail = (keys: readonly string[]) => specItems(PLAN_DETAILS_FIELDS.filter((f) => keys.includes(f.key)), details);
  const childItems: Item[] = [
    { label: bi('प्रवेश संख्या', 'Admission No.'), value: c.admissionNo },
    { label: bi('प्रवेश की तिथि', 'Date of admission'), value: formatDateTimeIst(c.admittedAt).slice(0, 10) },
    ...detail(['stayOfChild']),
    { label: bi('बालक का नाम', 'Name of the child'), value: c.name },
    { label: bi('आयु', 'Age'), value: years(ageAtAdmission(c), c.ageEstimated) },
    { label: bi('जन्म तिथि', 'Date of birth'), value: formatDate(c.dob) },
    { label: bi('लिंग', 'Sex'), value: inline(SEX_NAMES[c.sex]) },
    { label: bi('पिता का नाम', "Father's name"), value: c.fatherName },
    { label: bi('माता का नाम', "Mother's name"), value: c.motherName },
    ...detail(['nationality', 'religion', 'caste']),
    { label: bi('बालक द्वारा बोली जाने वाली भाषा', 'Language spoken by the child'), value: c.languages },
    ...detail(['educationLevel', 'savingsAccount', 'earningsBelongings', 'awards']),
  ];
  return [
    items(numbered([...detail(['preparedBy', 'preparedOn', 'caseNo', 'firNo', 'sections', 'policeStation', 'authority']), ...childItems])),
    html`<h3 class="sub-title">${inline(bi('योजना: चिंता के क्षेत्र और प्रस्तावित हस्तक्षेप', 'The plan: areas of concern and proposed interventions'))}</h3>`,
    table({
      columns: [{ head: fieldLabel('concern') }, { head: fieldLabel('intervention') }, { head: fieldLabel('responsible'), width: '32mm' }, { head: fieldLabel('targetDate'), width: '22mm' }],
      groups: NEED_AREAS.map((area, i) => {
        const recorded = plan?.partA.areas[area] ?? [];
        const l = NEED_AREA_LABELS[area]!;
        return { title: bi(`${i + 1}. ${l.hi}`, `${i + 1}. ${l.en}`), rows: recorded.map((it) => PLAN_ITEM_FIELDS.map((f) => cellValue(f, it[f.key]))), blankRows: recorded.length ? 0 : 1 };
      }),
    }),
  ];
}

function partB(plan: CarePlan | null): Html[] {
  const reports = plan?.partB ?? [];
  // With no report yet, one blank report to fill in by hand.
  const shown = reports.length ? reports : [null];
  return shown.map((r, i) =>
    html`<h3 class="sub-title">${inline(
      r ? bi(`प्रगति रिपोर्ट ${i + 1}: ${formatDate(r.from)} से ${formatDate(r.to)}`, `Progress report ${i + 1}: ${formatDate(r.from)} to ${formatDate(r.to)}`) : bi('प्रगति रिपोर्ट', 'Progress report'),
    )}</h3>${items(itemsWithAreas(PROGRESS_FIELDS, r, bi('प्रत्येक श्रेणी में प्रगति', 'Progress in each category')))}`,
  );
}

function partC(plan: CarePlan | null): Html[] {
  return [items(itemsWithAreas(PRE_RELEASE_FIELDS, plan?.partC ?? null, bi('प्रत्येक श्रेणी में पुनर्वास / पुनर्स्थापन योजना', 'Rehabilitation / restoration plan in each category')))];
}

function partD(plan: CarePlan | null): Html[] {
  const recorded = plan?.partD.followUps ?? [];
  // The statutory visits not yet recorded print as blank reports with their stage ticked.
  const due = FOLLOW_UP_STAGES.filter((s) => s !== 'other' && !recorded.some((f) => f.stage === s)).map((stage) => ({ stage }) as Record<string, unknown>);
  const visits = [...recorded.map((f) => f as Record<string, unknown>), ...due];
  return [
    ...visits.map((f, i) => html`<h3 class="sub-title">${inline(bi(`अनुवर्ती भेंट ${i + 1}`, `Follow-up ${i + 1}`))}</h3>${items(numbered(specItems(FOLLOW_UP_FIELDS, f)))}`),
    html`<h3 class="sub-title">${inline(bi('पहचान दस्तावेज़ और प्रतिकर', 'Identity documents and compensation'))}</h3>`,
    items(numbered(specItems(DOCUMENT_FIELDS, plan?.partD.documents ?? null, { label: documentLabel }))),
  ];
}

export function form7(d: Form7Data): Html {
  const plan = d.plan?.plan ?? null;
  const body: Record<PlanPart, () => Html[]> = { A: () => partA(d.child, plan), B: () => partB(plan), C: () => partC(plan), D: () => partD(plan) };
  return html`${d.parts.map(
    (part, i) => html`<div class="${i ? 'part-break' : ''}">
      ${i === 0 ? letterhead(d.letterhead) : ''}
      ${formHead({ number: bi(`प्रपत्र 7 — भाग ${HINDI_LETTER[part]}`, `FORM 7 — Part ${part}`), rule: FORM7_RULES, title: PART_TITLES[part], note: versionNote(d), photo: i === 0 ? d.photo : undefined })}
      ${body[part]()}
      ${signatures([bi('तैयार करने वाले के हस्ताक्षर', 'Signature of the person preparing'), bi('अधीक्षक / प्रभारी अधिकारी', 'Superintendent / officer in charge')])}
    </div>`,
  )}`;
}
