/**
 * The admit/edit form holds what was typed, as text; these pure functions turn it into the
 * input of childInputSchema and back. Text that cannot be read (a date like 31-02-2020, "abc"
 * for an age) is passed on as it is, so the shared schema rejects it with its own message beside
 * the field — one set of rules for renderer and backend.
 */
import type { Child, ChildInputDraft } from '../../shared/domain/child';
import { formatDate, formatDateTimeIst, parseDate, parseDateTimeIst } from '../../shared/util/dates';

export interface ChildDraft {
  admissionNo: string;
  name: string;
  aliases: string;
  sex: string;
  dob: string;
  ageYears: string;
  ageEstimated: boolean;
  fatherName: string;
  motherName: string;
  guardianName: string;
  village: string;
  policeStation: string;
  state: string;
  district: string;
  pin: string;
  category: string;
  admittedDate: string;
  admittedTime: string;
  referredBy: string;
  orderNo: string;
  identificationMarks: string;
  languages: string;
  heightCm: string;
  weightKg: string;
}

/** Commas or semicolons, including the Urdu/Arabic comma, separate the items of a list. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;،؛]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function dateOrText(text: string): string | null {
  const s = text.trim();
  return s === '' ? null : (parseDate(s) ?? s);
}

/** '' → null; anything else → a number, or NaN so that the schema says "a number". */
function numberOrNull(text: string): number | null {
  const s = text.trim().replace(',', '.');
  return s === '' ? null : Number(s);
}

export function emptyDraft(now: Date = new Date()): ChildDraft {
  const [date = '', time = ''] = formatDateTimeIst(now.toISOString()).split(' ');
  return {
    admissionNo: '',
    name: '',
    aliases: '',
    sex: '',
    dob: '',
    ageYears: '',
    ageEstimated: false,
    fatherName: '',
    motherName: '',
    guardianName: '',
    village: '',
    policeStation: '',
    state: '',
    district: '',
    pin: '',
    category: '',
    admittedDate: date,
    admittedTime: time,
    referredBy: '',
    orderNo: '',
    identificationMarks: '',
    languages: '',
    heightCm: '',
    weightKg: '',
  };
}

export function draftToInput(d: ChildDraft): ChildInputDraft {
  const admitted = `${d.admittedDate.trim()} ${d.admittedTime.trim()}`.trim();
  return {
    admissionNo: d.admissionNo,
    name: d.name,
    aliases: splitList(d.aliases),
    // '' is not a sex or category: the schema answers "choose one".
    sex: d.sex as ChildInputDraft['sex'],
    dob: dateOrText(d.dob),
    ageYears: numberOrNull(d.ageYears),
    ageEstimated: d.ageEstimated,
    fatherName: d.fatherName,
    motherName: d.motherName,
    guardianName: d.guardianName,
    address: { village: d.village, policeStation: d.policeStation, district: d.district, state: d.state, pin: d.pin },
    category: d.category as ChildInputDraft['category'],
    admittedAt: parseDateTimeIst(admitted) ?? admitted,
    referredBy: d.referredBy,
    orderNo: d.orderNo,
    identificationMarks: d.identificationMarks,
    languages: splitList(d.languages),
    heightCm: numberOrNull(d.heightCm),
    weightKg: numberOrNull(d.weightKg),
  };
}

const text = (v: string | null) => v ?? '';
const num = (v: number | null) => (v === null ? '' : String(v));

export function draftFromChild(c: Child): ChildDraft {
  const [admittedDate = '', admittedTime = ''] = formatDateTimeIst(c.admittedAt).split(' ');
  return {
    admissionNo: c.admissionNo,
    name: text(c.name),
    aliases: c.aliases.join(', '),
    sex: c.sex,
    dob: formatDate(c.dob),
    ageYears: num(c.ageYears),
    ageEstimated: c.ageEstimated,
    fatherName: text(c.fatherName),
    motherName: text(c.motherName),
    guardianName: text(c.guardianName),
    village: text(c.address.village),
    policeStation: text(c.address.policeStation),
    state: text(c.address.state),
    district: text(c.address.district),
    pin: text(c.address.pin),
    category: c.category,
    admittedDate,
    admittedTime,
    referredBy: text(c.referredBy),
    orderNo: text(c.orderNo),
    identificationMarks: text(c.identificationMarks),
    languages: c.languages.join(', '),
    heightCm: num(c.heightCm),
    weightKg: num(c.weightKg),
  };
}
