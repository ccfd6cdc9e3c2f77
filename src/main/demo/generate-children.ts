/**
 * Synthetic, obviously fictional children for `npm run demo` and the benchmarks. Names are
 * built from syllables, surnames are Hindi words for "sample", "example", "imaginary", and
 * admission numbers start with DEMO, so nobody can mistake a demo record for a real child.
 * Deterministic: the same seed and day give the same children on every machine.
 */
import { childInputSchema, type ChildInput, type ChildInputDraft, type Sex } from '../../shared/domain/child';
import { parseDateTimeIst, todayIst, yearsBetween } from '../../shared/util/dates';
import { registerCsv } from '../children/register-file/write-csv';
import type { Geo } from '../reference/geo';
import { Prng } from './prng';
import { MovementMaker } from './generate-movements';
import type { MovementInput } from '../../shared/domain/movement';

/** The same word in Latin and in Devanagari script. */
type Word = readonly [latin: string, devanagari: string];
type Script = 0 | 1;

const FIRST: Word[] = [['ra', 'र'], ['su', 'सु'], ['vi', 'वि'], ['a', 'अ'], ['ka', 'क'], ['pa', 'प'], ['ma', 'म'], ['sa', 'स'], ['de', 'दे'], ['go', 'गो'], ['ha', 'ह'], ['ja', 'ज'], ['la', 'ल'], ['na', 'न'], ['pu', 'पु'], ['shi', 'शि'], ['bha', 'भ'], ['mo', 'मो'], ['ni', 'नि'], ['ke', 'के']];
const MIDDLE: Word[] = [['ni', 'नि'], ['ra', 'र'], ['vi', 'वि'], ['ma', 'म'], ['ja', 'ज'], ['re', 'रे'], ['sha', 'श'], ['ha', 'ह'], ['la', 'ल'], ['ka', 'क'], ['mi', 'मि'], ['no', 'नो']];
const GIRL_END: Word[] = [['ta', 'ता'], ['ya', 'या'], ['ni', 'नी'], ['la', 'ला'], ['ri', 'री'], ['na', 'ना'], ['ka', 'का'], ['ti', 'ती'], ['vi', 'वी']];
const BOY_END: Word[] = [['n', 'न'], ['sh', 'श'], ['j', 'ज'], ['t', 'त'], ['y', 'य'], ['r', 'र'], ['l', 'ल'], ['v', 'व'], ['nd', 'न्द']];
const SURNAMES: Word[] = [['Namoona', 'नमूना'], ['Udaharan', 'उदाहरण'], ['Kalpit', 'कल्पित'], ['Kaalpanik', 'काल्पनिक'], ['Abhyas', 'अभ्यास']];
const NICKNAMES: Word[] = [['Chhotu', 'छोटू'], ['Munna', 'मुन्ना'], ['Guddu', 'गुड्डू'], ['Pinky', 'पिंकी'], ['Bablu', 'बबलू'], ['Golu', 'गोलू'], ['Sonu', 'सोनू'], ['Monu', 'मोनू'], ['Chinki', 'चिंकी']];
const PLACE_ENDS: Word[] = [['pur', 'पुर'], ['gaon', 'गांव'], ['nagar', 'नगर'], ['garh', 'गढ़'], ['wadi', 'वाड़ी']];
const POLICE_STATIONS: Word[] = [['Kotwali', 'कोतवाली'], ['Sadar', 'सदर'], ['Civil Lines', 'सिविल लाइंस'], ['GRP Railway Station', 'जीआरपी रेलवे स्टेशन']];
const MARKS: Word[] = [
  ['mole on left cheek', 'बाएँ गाल पर तिल'],
  ['scar on right knee', 'दाहिने घुटने पर निशान'],
  ['burn mark on left hand', 'बाएँ हाथ पर जलने का निशान'],
  ['birthmark on neck', 'गर्दन पर जन्म का निशान'],
  ['cut mark above right eyebrow', 'दाहिनी भौंह के ऊपर कटने का निशान'],
  ['front tooth missing', 'आगे का एक दाँत टूटा'],
  ['mole on chin', 'ठुड्डी पर तिल'],
];
const LANGUAGES = ['Hindi', 'Bengali', 'Odia', 'Marathi', 'Bhojpuri', 'Maithili', 'Telugu', 'Tamil', 'Urdu', 'Nepali', 'Santali', 'Assamese'];
const CNCP_REFERRERS = ['Childline 1098', 'CWC', 'Police', 'DCPU', 'Railway Police (GRP)', 'NGO outreach'];
const CCL_REFERRERS = ['JJB', 'Police'];

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (fromIso: string, toIso: string) => Math.round((Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const later = (a: string, b: string) => (a > b ? a : b);

export interface GenerateOptions {
  count: number;
  seed: number;
  /** "Today" for the data: admissions fall in the five years before it. */
  today: Date;
}

class ChildMaker {
  constructor(
    private readonly rnd: Prng,
    private readonly geo: Geo,
    private readonly today: string,
  ) {}

  private word(parts: Word[], script: Script): string {
    const text = parts.map((p) => p[script]).join('');
    return script === 0 ? capitalise(text) : text;
  }

  private givenName(sex: Sex, script: Script): string {
    const female = sex === 'female' || (sex !== 'male' && this.rnd.chance(0.5));
    const parts = [this.rnd.pick(FIRST), ...(this.rnd.chance(0.5) ? [this.rnd.pick(MIDDLE)] : []), this.rnd.pick(female ? GIRL_END : BOY_END)];
    return this.word(parts, script);
  }

  private sex(): Sex {
    const r = this.rnd.next();
    return r < 0.48 ? 'female' : r < 0.96 ? 'male' : r < 0.98 ? 'transgender' : 'unknown';
  }

  private address(script: Script): ChildInputDraft['address'] {
    if (this.rnd.chance(0.05)) return undefined;
    const state = this.rnd.pick(this.geo.states.filter((s) => s.districts.length > 0));
    return {
      village: this.word([this.rnd.pick(FIRST), this.rnd.pick(MIDDLE), this.rnd.pick(PLACE_ENDS)], script),
      policeStation: this.rnd.pick(POLICE_STATIONS)[script],
      district: this.rnd.pick(state.districts).name,
      state: state.name,
      pin: String(this.rnd.int(110001, 855999)),
    };
  }

  /** Current age, date of birth and admission: CCL children are 12-17, others 3-17, all admitted at 3 or older. */
  private dates(ccl: boolean): { dob: string; admitted: string; admittedAt: string } {
    const minAge = ccl ? 12 : 3;
    const age = this.rnd.int(minAge, 17);
    const dob = addDays(this.today, -(age * 365.25 + this.rnd.int(0, 364)));
    const earliest = later(addDays(this.today, -5 * 365), addDays(dob, Math.ceil(minAge * 365.25)));
    const admitted = addDays(earliest, this.rnd.int(0, Math.max(0, daysBetween(earliest, this.today))));
    // Office hours in India: the UTC date of the instant stays the admission day.
    const admittedAt = parseDateTimeIst(`${admitted} ${this.rnd.int(9, 18)}:${String(this.rnd.int(0, 59)).padStart(2, '0')}`)!;
    return { dob, admitted, admittedAt };
  }

  make(index: number): ChildInput {
    const script: Script = this.rnd.chance(0.6) ? 0 : 1;
    const sex = this.sex();
    const ccl = this.rnd.chance(0.15);
    const { dob, admitted, admittedAt } = this.dates(ccl);
    const surname = this.rnd.pick(SURNAMES)[script];
    const given = this.givenName(sex, script);
    const ageOnly = this.rnd.chance(0.25);
    const year = admitted.slice(0, 4);
    const draft: ChildInputDraft = {
      admissionNo: `DEMO/${year}/${String(index + 1).padStart(5, '0')}`,
      name: `${given} ${surname}`,
      aliases: [...(this.rnd.chance(0.4) ? [this.rnd.pick(NICKNAMES)[script]] : []), ...(this.rnd.chance(0.2) ? [given] : [])],
      sex,
      // Children who do not know their birthday get an age estimated at admission.
      dob: ageOnly ? null : dob,
      ageYears: ageOnly ? yearsBetween(dob, admitted) : null,
      ageEstimated: ageOnly,
      fatherName: this.rnd.chance(0.7) ? `${this.givenName('male', script)} ${surname}` : null,
      motherName: this.rnd.chance(0.8) ? `${this.givenName('female', script)} ${surname}` : null,
      guardianName: this.rnd.chance(0.15) ? `${this.givenName(this.sex(), script)} ${this.rnd.pick(SURNAMES)[script]}` : null,
      address: this.address(script),
      category: ccl ? 'CCL' : 'CNCP',
      admittedAt,
      referredBy: this.rnd.pick(ccl ? CCL_REFERRERS : CNCP_REFERRERS),
      orderNo: `${ccl ? 'JJB' : 'CWC'}/${year}/${this.rnd.int(1, 999)}`,
      identificationMarks: this.rnd.chance(0.7) ? [...new Set([this.rnd.pick(MARKS)[script], this.rnd.pick(MARKS)[script]])].join('; ') : null,
      languages: [...new Set([this.rnd.pick(LANGUAGES), ...(this.rnd.chance(0.3) ? [this.rnd.pick(LANGUAGES)] : [])])],
      heightCm: this.rnd.chance(0.9) ? Math.round(75 + 6.5 * yearsBetween(dob, admitted) + this.rnd.int(-8, 8)) : null,
      weightKg: this.rnd.chance(0.9) ? Math.round((8 + 2.2 * yearsBetween(dob, admitted) + this.rnd.int(-30, 30) / 10) * 10) / 10 : null,
    };
    // Parsing guarantees the demo data is exactly what the admission form would accept.
    return childInputSchema.parse(draft);
  }
}

export function generateChildren(geo: Geo, options: GenerateOptions): ChildInput[] {
  const maker = new ChildMaker(new Prng(options.seed), geo, todayIst(options.today));
  return Array.from({ length: options.count }, (_, i) => maker.make(i));
}

export interface DemoEntry {
  child: ChildInput;
  movements: MovementInput[];
}

/**
 * The same children with their movements. The movements draw from their own random stream,
 * so the children are exactly generateChildren's.
 */
export function generateRegister(geo: Geo, options: GenerateOptions): DemoEntry[] {
  const maker = new MovementMaker(new Prng(options.seed + 1), todayIst(options.today));
  return generateChildren(geo, options).map((child) => ({ child, movements: maker.make(child) }));
}

/** The same children as a register file, e.g. for the import benchmark. */
export function generateRegisterCsv(geo: Geo, options: GenerateOptions): string {
  return registerCsv(generateChildren(geo, options));
}
