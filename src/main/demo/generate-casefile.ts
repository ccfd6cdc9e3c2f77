/**
 * Synthetic case files for the demo and the benchmarks: case-history sections, check-ups
 * every quarter since admission, immunisations, school years, quarterly reviews, and a care
 * plan with its progress reports — written through the same functions as the screens, so every
 * record is validated and journaled. Deterministic for a seed; nothing here is a real child.
 */
import { verhoeffCheckDigit } from '../../shared/domain/aadhaar';
import { emptyCarePlan, NEED_AREAS, type CarePlan } from '../../shared/domain/care-plan';
import { todayIst } from '../../shared/util/dates';
import { saveSection } from '../casefile/case-history';
import { saveCarePlanPart } from '../casefile/care-plan';
import { childForCaseFile, type CaseFileCall } from '../casefile/child-access';
import { addEntry } from '../casefile/entries';
import type { Prng } from './prng';

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);

const RELIGIONS = ['Hindu', 'Muslim', 'Christian', 'Sikh', 'Buddhist'];
const DISTRICTS = ['Gaya', 'Nalanda', 'Muzaffarpur', 'Darbhanga', 'Purnia', 'Bhagalpur'];
const REASONS = ['Ran away after beatings by the stepfather', 'Found alone at the railway station', 'Rescued from work at a dhaba', 'Family could not be traced', 'घर में झगड़े के कारण घर छोड़ा'];
const CONCERNS: [string, string][] = [
  ['Underweight for age', 'Supplementary diet; weigh every month'],
  ['Has not attended school for two years', 'Bridge course, then admission to class of age'],
  ['Nightmares and withdrawal', 'Weekly counselling with the Home’s counsellor'],
  ['No contact with family', 'Trace the family through the DCPU and Childline'],
  ['Wants to learn tailoring', 'Enrol in the ITI short course'],
];

function syntheticAadhaar(rnd: Prng): string {
  let digits = String(rnd.int(2, 9));
  for (let i = 0; i < 10; i++) digits += String(rnd.int(0, 9));
  return digits + String(verhoeffCheckDigit(digits));
}

export interface CaseFileSize {
  /** Check-ups, reviews and progress reports at most (one a quarter since admission). */
  quarters: number;
  /** Every case-history section, rather than a few. */
  allSections: boolean;
}

/** Fills one child's case file; the caller holds the transaction. */
export function fillCaseFile(call: CaseFileCall, childId: string, rnd: Prng, size: CaseFileSize): void {
  const child = childForCaseFile(call.db, childId);
  const admitted = todayIst(new Date(child.admittedAt));
  const today = todayIst(call.now);
  const quarters = Math.min(size.quarters, Math.floor((Date.parse(today) - Date.parse(admitted)) / (91 * DAY_MS)));

  saveSection(call, childId, 'profile', { religion: rnd.pick(RELIGIONS), nationality: 'Indian', nativeState: 'Bihar', nativeDistrict: rnd.pick(DISTRICTS), motherTongue: 'Hindi', aadhaar: rnd.chance(0.6) ? syntheticAadhaar(rnd) : '' });
  saveSection(call, childId, 'family', { familyType: rnd.pick(['nuclear', 'joint', 'singleParent', 'noFamily']), rooms: rnd.int(1, 3), reasonForLeaving: rnd.pick(REASONS), broughtBy: 'Childline 1098' });
  if (size.allSections) {
    saveSection(call, childId, 'abuse', { abuseTypes: ['verbal', 'physical'], abuseDetails: 'Beaten by the employer; see the SIR.', illTreatment: ['foodDenied'] });
    saveSection(call, childId, 'healthBefore', { conditions: ['skin', 'dental'], details: 'Scabies treated at admission.' });
    saveSection(call, childId, 'education', { educationBefore: 'Studied to class 3 in the village school', lastSchool: 'Government Primary School', lastClass: '3', medium: 'Hindi' });
    saveSection(call, childId, 'vocational', { trade: 'Tailoring', proficiency: 'beginner' });
    saveSection(call, childId, 'habits', { goodHabits: 'Helps younger children; keeps things tidy', badHabits: 'Chewed tobacco before admission', worked: 'yes', workType: 'Dishwashing at a roadside dhaba', wages: '₹1,500 a month' });
    saveSection(call, childId, 'social', { friends: 'Two friends in the Home', societyReaction: 'Neighbours helped Childline find the child' });
    saveSection(call, childId, 'medical', { physicalCondition: 'Thin; scabies on both hands', bloodGroup: rnd.pick(['A+', 'B+', 'O+', 'AB+']), childHistory: 'No serious illness known' });
    saveSection(call, childId, 'summary', { summary: 'Settling in; attends school; family being traced.', suggestions: 'Restore to family once traced and found safe.', preparedBy: 'Case worker', preparedOn: addDays(admitted, Math.min(10, quarters * 91)) });
  }

  let height = child.heightCm ?? rnd.int(110, 150);
  let weight = child.weightKg ?? rnd.int(20, 40);
  for (let q = 0; q < quarters; q++) {
    const date = addDays(admitted, 5 + q * 91);
    height += rnd.int(5, 15) / 10;
    weight += rnd.int(2, 9) / 10;
    addEntry(call, childId, 'checkup', { date, heightCm: Math.round(height * 10) / 10, weightKg: Math.round(weight * 10) / 10, admissibleWeightKg: Math.round(weight + 2), doctor: 'Medical Officer, PHC', diet: 'Normal' });
    addEntry(call, childId, 'review', { date: addDays(date, 2), reviewedBy: 'Management Committee', observations: 'Progress as planned.' });
  }
  if (quarters > 0) {
    addEntry(call, childId, 'immunisation', { date: addDays(admitted, 3), vaccine: 'td', dose: '1' });
    addEntry(call, childId, 'education', { date: addDays(admitted, 20), school: 'Government Middle School', className: String(rnd.int(3, 8)), result: 'studying' });
    if (size.allSections) addEntry(call, childId, 'illness', { date: addDays(admitted, 30), until: addDays(admitted, 36), illness: 'Viral fever', treatment: 'Paracetamol, rest', outcome: 'recovered' });
    fillCarePlan(call, childId, rnd, admitted, quarters);
  }
}

function fillCarePlan(call: CaseFileCall, childId: string, rnd: Prng, admitted: string, quarters: number): void {
  const { partA } = emptyCarePlan();
  const preparedOn = addDays(admitted, rnd.int(10, 25));
  partA.details = { ...partA.details, preparedBy: 'Case worker', preparedOn, nationality: 'Indian', educationLevel: 'Class 3' };
  const areas = partA.areas as CarePlan['partA']['areas'];
  for (let i = 0; i < rnd.int(3, 5); i++) {
    const [concern, intervention] = rnd.pick(CONCERNS);
    areas[rnd.pick(NEED_AREAS)].push({ concern, intervention, responsible: 'Case worker', targetDate: addDays(preparedOn, 90) });
  }
  let version = saveCarePlanPart(call, childId, 0, 'A', partA).version;
  const reports: Record<string, unknown>[] = [];
  for (let q = 1; q < quarters; q++) {
    reports.push({ from: addDays(admitted, (q - 1) * 91 + 25), to: addDays(admitted, q * 91), generalConduct: 'Good', healthNutrition: `Gained ${rnd.int(2, 9) / 10} kg`, educationTraining: 'Attends school' });
    version = saveCarePlanPart(call, childId, version, 'B', { reports }).version;
  }
}
