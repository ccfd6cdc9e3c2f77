/**
 * The Board's and Committee's forms, made from the case as recorded: the Social Background
 * Report (Form 1), the SIR (Form 6 for the Board, Form 22 for the Committee), the interim
 * placement orders (Forms 18 and 19) and the certificate declaring a child legally free for
 * adoption (Form 25) print one recorded step each; the case monitoring sheets (Forms 11 and 26)
 * and the Committee's case summary (Form 15) print the whole case. Every one heads with the
 * case's particulars and the child; what is not recorded prints as lines to fill in by hand.
 */
import type { MonitoringRow } from '../../../shared/api/cases-contract';
import type { Child } from '../../../shared/domain/child';
import { currentAge } from '../../../shared/domain/child';
import { CASE_ENTRY_FIELDS, disposalOf, type CaseEntryKind } from '../../../shared/domain/jj-case-entries';
import { productionCheck, type Authority } from '../../../shared/domain/jj-case';
import { formatSections, type Section } from '../../../shared/domain/statutes';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { bi, inline, type Bilingual } from '../kit/bilingual';
import { items, section, signatures, type Item } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { html, type Html } from '../kit/html';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import type { PrintImage } from '../kit/photo';
import { table } from '../kit/table';
import { SEX_NAMES, years } from '../kit/values';
import { caseOption, caseWord, stepLabel } from './case-words';
import { specItems } from './spec-items';

/** What every case form is printed from. */
export interface CasePrint {
  letterhead: LetterheadView;
  child: Child;
  photo: PrintImage | null;
  authority: Authority;
  caseNo: string;
  particulars: Record<string, unknown>;
  entries: readonly { kind: CaseEntryKind; date: string; values: Record<string, unknown> }[];
  hearings: readonly { date: string; bench: string; purpose: string; status: string; reason: string | null }[];
  today: string;
}

type Values = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const day = (v: unknown) => (typeof v === 'string' ? formatDate(v) : null);
const instant = (v: unknown) => (typeof v === 'string' ? formatDateTimeIst(v) : null);
const numbered = (list: Item[]): Item[] => list.map((i, n) => ({ ...i, no: `${n + 1}.` }));

/** A number and its date ("45/2026, 01-03-2026"), or null when neither was recorded. */
function withDate(no: unknown, date: unknown): string | null {
  const parts = [str(no), day(date)].filter((x): x is string => x !== null);
  return parts.length ? parts.join(', ') : null;
}

/** The case's particulars as the forms head them. */
function caseItems(k: CasePrint): Item[] {
  const p = k.particulars;
  const jjb = k.authority === 'jjb';
  const sections = Array.isArray(p['sections']) && p['sections'].length ? formatSections(p['sections'] as Section[]) : null;
  return [
    { label: caseWord('field', 'caseNo'), value: k.caseNo },
    { label: caseWord('authorityLabel'), value: inline(caseWord('authority', k.authority)) },
    { label: bi('प्रथम सूचना रिपोर्ट / दैनिक डायरी / सामान्य डायरी (सं., तिथि)', 'FIR / DD / GD (No., date)'), value: [withDate(p['firNo'], p['firDate']), withDate(p['ddNo'], p['ddDate']), withDate(p['gdNo'], p['gdDate'])].filter((x): x is string => x !== null).join(' · ') || null },
    { label: caseWord('field', 'policeStation'), value: str(p['policeStation']) },
    { label: bi('धाराएँ (क़ानून सहित)', 'Sections (with the law)'), value: sections },
    ...(jjb ? [{ label: caseWord('field', 'offenceClass'), value: typeof p['offenceClass'] === 'string' ? inline(caseWord('option', 'offenceClass', p['offenceClass'])) : null }] : []),
    { label: caseWord('field', 'offenceDate'), value: day(p['offenceDate']) },
    { label: caseWord('field', jjb ? 'apprehendedAt' : 'takenChargeAt'), value: instant(p['apprehendedAt']) },
    { label: caseWord('field', 'firstProducedAt'), value: instant(p['firstProducedAt']) },
  ];
}

/** The child as the forms identify them: name, admission number, sex and age, parents, home. */
function childItems(c: Child, today: string): Item[] {
  const a = c.address;
  return [
    { label: bi('बालक का नाम', 'Name of the child'), value: c.name },
    { label: bi('प्रवेश संख्या', 'Admission No.'), value: c.admissionNo },
    { label: bi('लिंग, आयु', 'Sex, age'), value: html`${inline(SEX_NAMES[c.sex])}, ${years(currentAge(c, today), c.dob === null && c.ageEstimated) ?? ''}` },
    { label: bi('जन्म तिथि', 'Date of birth'), value: formatDate(c.dob) || null },
    { label: bi('पिता / माता / संरक्षक', 'Father / mother / guardian'), value: [c.fatherName, c.motherName, c.guardianName].filter(Boolean).join(' / ') || null },
    { label: bi('पता', 'Address'), value: [a.village, a.policeStation && `PS ${a.policeStation}`, a.district, a.state, a.pin].filter(Boolean).join(', ') || null, lines: 2 },
  ];
}

const latest = (k: CasePrint, kind: CaseEntryKind, match: (v: Values) => boolean = () => true) => k.entries.filter((e) => e.kind === kind && match(e.values)).at(-1) ?? null;

interface StepFormSpec {
  number: Bilingual;
  rule: Bilingual;
  title: Bilingual;
  kind: CaseEntryKind;
  /** Forms 18 and 19 are the same step with a different form. */
  match?: (v: Values) => boolean;
  signer: Bilingual;
}

const COMMITTEE_MEMBERS = bi('अध्यक्ष / सदस्य, बाल कल्याण समिति', 'Chairperson / Member, Child Welfare Committee');

export const STEP_FORMS = {
  form1: { number: bi('प्रपत्र 1', 'FORM 1'), rule: bi('नियम 8(1), 8(5)', 'Rules 8(1), 8(5)'), title: bi('सामाजिक पृष्ठभूमि रिपोर्ट', 'Social Background Report'), kind: 'sbr', signer: bi('बाल कल्याण पुलिस अधिकारी', 'Child Welfare Police Officer') },
  form6: {
    number: bi('प्रपत्र 6', 'FORM 6'),
    rule: bi('नियम 10(9), 11(2), 64(1), 64(3)(i)', 'Rules 10(9), 11(2), 64(1), 64(3)(i)'),
    title: bi('सामाजिक जाँच रिपोर्ट', 'Social Investigation Report'),
    kind: 'sir',
    signer: bi('परिवीक्षा अधिकारी / बाल कल्याण अधिकारी', 'Probation Officer / Child Welfare Officer'),
  },
  form22: { number: bi('प्रपत्र 22', 'FORM 22'), rule: bi('नियम 19(8)', 'Rule 19(8)'), title: bi('सामाजिक जाँच रिपोर्ट', 'Social Investigation Report'), kind: 'sir', signer: bi('सामाजिक कार्यकर्ता / बाल कल्याण अधिकारी', 'Social Worker / Child Welfare Officer') },
  form18: {
    number: bi('प्रपत्र 18', 'FORM 18'),
    rule: bi('नियम 18(5), 18(9), 19(26)', 'Rules 18(5), 18(9), 19(26)'),
    title: bi('बाल गृह / योग्य सुविधा / विशेषीकृत दत्तक ग्रहण अभिकरण में बालक को रखने का आदेश', "Order of placement of a child in a Children's Home / fit facility / Specialised Adoption Agency"),
    kind: 'interimOrder',
    match: (v) => v['orderForm'] === 'form18',
    signer: COMMITTEE_MEMBERS,
  },
  form19: {
    number: bi('प्रपत्र 19', 'FORM 19'),
    rule: bi('नियम 18(8)', 'Rule 18(8)'),
    title: bi('जाँच लंबित रहने तक बालक को माता-पिता / संरक्षक / योग्य व्यक्ति के पास रखने का आदेश', 'Order for placement of a child with a parent / guardian / fit person pending inquiry'),
    kind: 'interimOrder',
    match: (v) => v['orderForm'] === 'form19',
    signer: COMMITTEE_MEMBERS,
  },
  form25: {
    number: bi('प्रपत्र 25', 'FORM 25'),
    rule: bi('नियम 19(29)', 'Rule 19(29)'),
    title: bi('बालक को दत्तक ग्रहण हेतु विधिक रूप से मुक्त घोषित करने का प्रमाणपत्र', 'Certificate declaring a child legally free for adoption'),
    kind: 'lfaDeclaration',
    signer: COMMITTEE_MEMBERS,
  },
} as const satisfies Record<string, StepFormSpec>;
export type StepForm = keyof typeof STEP_FORMS;

/** A form made of one recorded step (the latest of its kind), under the case's and the child's particulars. */
export function stepForm(form: StepForm, k: CasePrint): Html {
  const f: StepFormSpec = STEP_FORMS[form];
  const entry = latest(k, f.kind, f.match);
  return html`${letterhead(k.letterhead)}
  ${formHead({ number: f.number, rule: f.rule, title: f.title, note: html`${inline(caseWord('field', 'caseNo'))}: <b>${k.caseNo}</b>`, photo: k.photo })}
  ${section(bi('प्रकरण', 'The case'), items(numbered(caseItems(k))))}
  ${section(bi('बालक', 'The child'), items(numbered(childItems(k.child, k.today))))}
  ${section(caseWord('entry', f.kind), items(numbered(specItems(CASE_ENTRY_FIELDS[f.kind], entry?.values ?? null, { label: stepLabel(f.kind), option: caseOption }))))}
  ${signatures([bi('स्थान एवं तिथि', 'Place and date'), f.signer])}`;
}

/** Forms 11 and 26: the progress of the inquiry, scheduled against actual, with the dates and placements around it. */
export function monitoringSheetForm(k: CasePrint, rows: readonly MonitoringRow[]): Html {
  const jjb = k.authority === 'jjb';
  const p = k.particulars;
  const age = latest(k, 'ageDetermination');
  const check = typeof p['apprehendedAt'] === 'string' && typeof p['firstProducedAt'] === 'string' ? productionCheck(p['apprehendedAt'], p['firstProducedAt'], (p['journeyHours'] as number | null) ?? null) : null;
  const placed = k.entries.filter((e) => e.kind === (jjb ? 'custody' : 'interimOrder'));
  const when = (v: string | null, hourly: boolean) => (v === null ? null : hourly || v.length > 10 ? formatDateTimeIst(v) : formatDate(v));
  return html`${letterhead(k.letterhead)}
  ${formHead({
    number: jjb ? bi('प्रपत्र 11', 'FORM 11') : bi('प्रपत्र 26', 'FORM 26'),
    rule: jjb ? bi('नियम 12(1)', 'Rule 12(1)') : bi('नियम 20(1)', 'Rule 20(1)'),
    title: jjb ? bi('प्रकरण निगरानी पत्रक', 'Case Monitoring Sheet') : bi('समिति हेतु प्रकरण निगरानी पत्रक', 'Case Monitoring Sheet for Committee'),
    note: html`${inline(caseWord('field', 'caseNo'))}: <b>${k.caseNo}</b>`,
  })}
  ${section(bi('प्रकरण', 'The case'), items(numbered([...caseItems(k), { label: caseWord('field', 'investigatingOfficer'), value: str(p['investigatingOfficer']) }, { label: caseWord('field', 'probationOfficer'), value: str(p['probationOfficer']) }])))}
  ${section(bi('बालक', 'The child'), items(numbered(childItems(k.child, k.today))))}
  ${section(
    bi('तिथियाँ और आयु निर्धारण', 'Dates and age determination'),
    items(
      numbered([
        { label: caseWord('production', 'title'), value: check ? `${Math.floor(check.elapsedMinutes / 60)} h ${check.elapsedMinutes % 60} min — ${check.within ? 'भीतर / within 24 h' : `देर / late by ${Math.floor(check.lateMinutes / 60)} h ${check.lateMinutes % 60} min`}` : null },
        { label: caseWord('field', 'evidence'), value: age && typeof age.values['evidence'] === 'string' ? inline(caseOption(age.values['evidence'], 'evidence')) : null },
        { label: caseWord('field', 'documentDetails'), value: str(age?.values['documentDetails']) },
        { label: caseWord('field', 'determinedOn'), value: day(age?.values['determinedOn']) },
        { label: caseWord('field', 'ageOnOffenceDate'), value: typeof age?.values['ageOnOffenceDate'] === 'number' ? age.values['ageOnOffenceDate'] : null },
        { label: caseWord('field', 'determinedBy'), value: str(age?.values['determinedBy']) },
      ]),
    ),
  )}
  ${section(
    jjb ? caseWord('entry', 'custody') : caseWord('entry', 'interimOrder'),
    table({
      columns: [{ head: bi('से', 'From'), width: '24mm' }, { head: caseWord('field', 'until'), width: '24mm' }, { head: jjb ? caseWord('field', 'place') : caseWord('field', 'orderForm') }, { head: jjb ? caseWord('field', 'institution') : caseWord('field', 'placedWith') }],
      rows: placed.map((e) => [formatDate(e.date), day(e.values['until']), inline(chosen(e.values[jjb ? 'place' : 'orderForm'], jjb ? 'place' : 'orderForm')), str(e.values[jjb ? 'institution' : 'placedWith'])]),
      blankRows: placed.length ? 0 : 2,
    }),
  )}
  ${section(
    bi('जाँच की प्रगति: निर्धारित बनाम वास्तविक', 'Progress of inquiry: scheduled vs actual'),
    table({
      className: 'compact',
      columns: [{ head: caseWord('sheet', 'step') }, { head: caseWord('sheet', 'due'), width: '28mm' }, { head: caseWord('sheet', 'scheduled'), width: '24mm' }, { head: caseWord('sheet', 'actual'), width: '28mm' }, { head: caseWord('sheet', 'state'), width: '26mm' }],
      rows: rows.map((r) => [inline(caseWord('purpose', r.step)), when(r.dueAt, r.hourly), formatDate(r.scheduled) || null, when(r.actual, r.step === 'production'), r.state ? inline(caseWord('clocks', 'state', r.state)) : null]),
    }),
  )}
  ${section(caseWord('hearings', 'title'), hearingTable(k))}
  ${signatures([bi('स्थान एवं तिथि', 'Place and date'), jjb ? bi('प्रधान मजिस्ट्रेट / सदस्य, किशोर न्याय बोर्ड', 'Principal Magistrate / Member, Juvenile Justice Board') : COMMITTEE_MEMBERS])}`;
}

/** A recorded choice as its printed word (a blank when nothing was chosen). */
function chosen(v: unknown, field: string): Bilingual {
  return typeof v === 'string' ? caseOption(v, field) : bi('', '');
}

function hearingTable(k: CasePrint): Html {
  return table({
    className: 'compact',
    columns: [{ head: caseWord('hearings', 'col', 'date'), width: '22mm' }, { head: caseWord('hearings', 'col', 'bench'), width: '12mm' }, { head: caseWord('hearings', 'col', 'purpose') }, { head: caseWord('hearings', 'col', 'status'), width: '26mm' }, { head: caseWord('hearings', 'col', 'notes') }],
    rows: k.hearings.map((h) => [formatDate(h.date), h.bench, inline(caseWord('purpose', h.purpose)), inline(caseWord('hearings', 'status', h.status)), h.reason]),
    blankRows: k.hearings.length ? 0 : 3,
  });
}

export interface CaseSummaryPrint {
  producedBy: string | null;
  hearingDates: readonly string[];
  orders: readonly { kind: CaseEntryKind; date: string; values: Values }[];
  ageRecords: readonly { date: string; values: Values }[];
  attachments: readonly { title: string }[];
}

/** Form 15 [Rule 17(1)(i)]: the case summary the Committee maintains. */
export function caseSummaryForm(k: CasePrint, s: CaseSummaryPrint): Html {
  const p = k.particulars;
  const order = (o: CaseSummaryPrint['orders'][number]) => {
    const disposal = disposalOf(o.kind, o.values);
    return html`<div>${formatDate(o.date)}: ${inline(disposal ? caseWord('disposal', disposal) : caseWord('entry', o.kind))}${str(o.values['placedWith']) ? ` — ${String(o.values['placedWith'])}` : ''}</div>`;
  };
  return html`${letterhead(k.letterhead)}
  ${formHead({ number: bi('प्रपत्र 15', 'FORM 15'), rule: bi('नियम 17(1)(i)', 'Rule 17(1)(i)'), title: bi('समिति द्वारा रखा जाने वाला प्रकरण सारांश', 'Case Summary maintained by the Committee'), note: html`${inline(caseWord('field', 'caseNo'))}: <b>${k.caseNo}</b>`, photo: k.photo })}
  ${items(
    numbered([
      { label: caseWord('field', 'caseNo'), value: k.caseNo },
      { label: bi('संदर्भ (प्रथम सूचना रिपोर्ट / सामान्य डायरी)', 'Reference (FIR / GD)'), value: [withDate(p['firNo'], p['firDate']), withDate(p['gdNo'], p['gdDate']), withDate(p['ddNo'], p['ddDate'])].filter(Boolean).join(' · ') || null },
      { label: bi('बालक का नाम', 'Name of the child'), value: k.child.name },
      { label: bi('पिता / माता / संरक्षक', 'Father / mother / guardian'), value: [k.child.fatherName, k.child.motherName, k.child.guardianName].filter(Boolean).join(' / ') || null },
      { label: bi('प्रस्तुत करने की तिथि', 'Date of production'), value: instant(p['firstProducedAt']) },
      { label: bi('प्रस्तुत करने वाला व्यक्ति', 'Person producing the child'), value: s.producedBy },
      { label: bi('सभी अनुवर्ती तिथियों की सूची', 'List of all follow-up dates'), value: s.hearingDates.map((d) => formatDate(d)).join(', ') || null, lines: 2 },
      { label: bi('पारित आदेश', 'Orders passed'), value: s.orders.length ? html`${s.orders.map(order)}` : null, lines: 3 },
      {
        label: bi('आयु सत्यापन सहित चिकित्सा अभिलेख', 'Medical records including age verification'),
        value: s.ageRecords.length ? html`${s.ageRecords.map((a) => html`<div>${formatDate(a.date)}: ${inline(chosen(a.values['evidence'], 'evidence'))}</div>`)}` : null,
        lines: 2,
      },
      { label: bi('संलग्नक', 'Attachments'), value: s.attachments.map((a) => a.title).join(', ') || null, lines: 2 },
    ]),
  )}
  ${signatures([bi('स्थान एवं तिथि', 'Place and date'), COMMITTEE_MEMBERS])}`;
}

