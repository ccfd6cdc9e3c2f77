/**
 * Synthetic missing reports and children in care with known truth, corrupted as field records
 * are: another romanisation, Devanagari or the state's script, the father's name dropped, a
 * nickname only, an estimated age after years in care, a neighbouring district, fields left
 * empty, and many children sharing common names (Zipf). Each entity is a pure function of
 * (seed, index), so 1M reports stream without being held in memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Prng } from '../../src/main/demo/prng';
import type { ChildForMatching, MatchSex, MissingReport } from '../../src/main/matching/records';
import { fromDevanagari } from './scripts-out';
import { loadParlikar, mizoName, SURNAMES, VILLAGE_SYLLABLES, type NamePair } from './name-sources';

type Script = 'latin' | 'devanagari' | 'bengali' | 'gurmukhi' | 'tamil';
interface StateInfo {
  name: string;
  script: Script;
  language: string;
  districts: string[];
}
const STATES: Omit<StateInfo, 'districts'>[] = [
  { name: 'Bihar', script: 'devanagari', language: 'Hindi' },
  { name: 'Uttar Pradesh', script: 'devanagari', language: 'Hindi' },
  { name: 'West Bengal', script: 'bengali', language: 'Bengali' },
  { name: 'Tamil Nadu', script: 'tamil', language: 'Tamil' },
  { name: 'Punjab', script: 'gurmukhi', language: 'Punjabi' },
  { name: 'Mizoram', script: 'latin', language: 'Mizo' },
];
const NICKNAMES = ['Munna', 'Guddu', 'Pappu', 'Chhotu', 'Golu', 'Sonu', 'Monu', 'Bablu', 'Raju', 'Bittu', 'Munni', 'Guddi', 'Pinky', 'Babli'];
const MARK_TYPES = [['mole', 'तिल'], ['scar', 'निशान'], ['burn mark', 'जलने का निशान'], ['birthmark', 'जन्म चिह्न']];
const MARK_PARTS = [['cheek', 'गाल'], ['hand', 'हाथ'], ['forehead', 'माथे'], ['leg', 'पैर'], ['arm', 'बांह'], ['neck', 'गर्दन'], ['chin', 'ठोड़ी']];
const SIDES = [['left', 'बाएँ'], ['right', 'दाएँ']];
const COMPLEXIONS = ['fair', 'wheatish', 'dark'];

interface Person {
  given: NamePair | { latin: string[]; devanagari: null; female: boolean };
  surname: [string, string] | null;
}

interface Entity {
  index: number;
  sex: MatchSex;
  name: Person;
  father: Person;
  mother: Person;
  birth: number; // ms
  state: StateInfo;
  district: string;
  village: string;
  policeStation: string;
  mark: [number, number, number] | null;
  complexion: string;
  missing: number; // ms
}

class Zipf<T> {
  private readonly cum: Float64Array;
  constructor(
    private readonly items: T[],
    s = 1,
  ) {
    this.cum = new Float64Array(items.length);
    let acc = 0;
    items.forEach((_, i) => (this.cum[i] = acc += 1 / (i + 1) ** s));
  }
  pick(r: Prng): T {
    const x = r.next() * this.cum[this.cum.length - 1]!;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Spelling changes a clerk makes, independent of the engine's folding rules. */
const RESPELL: [RegExp, string][] = [
  [/ee/, 'i'], [/i(?=[^aeiou]|$)/, 'ee'], [/oo/, 'u'], [/u/, 'oo'], [/v/, 'w'], [/w/, 'v'], [/sh/, 's'], [/ksh/, 'x'], [/x/, 'ksh'],
  [/a$/, ''], [/([^aeiou])$/, '$1a'], [/ph/, 'f'], [/z/, 'j'], [/aa/, 'a'], [/([bcdgklmnprst])(?=[aeiou])/, '$1$1'], [/th/, 't'], [/ou/, 'au'],
];

export class FieldGenerator {
  private readonly males: Zipf<NamePair>;
  private readonly females: Zipf<NamePair>;
  private readonly states: StateInfo[];
  private readonly neighbours = new Map<string, string[]>();

  constructor(
    readonly seed: number,
    resourcesDir: string,
  ) {
    const pool = loadParlikar();
    const shuffled = (xs: NamePair[]) => {
      const r = new Prng(seed);
      return xs.map((x) => [r.next(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    };
    this.males = new Zipf(shuffled(pool.filter((p) => !p.female)));
    this.females = new Zipf(shuffled(pool.filter((p) => p.female)));
    const rows = parse(readFileSync(join(resourcesDir, 'resources', 'geo', 'district_adjacency_2011.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const byState = new Map<string, Set<string>>();
    for (const r of rows) {
      const key = `${r['state_a']}|${r['district_a']}`;
      this.neighbours.set(key, [...(this.neighbours.get(key) ?? []), `${r['state_b']}|${r['district_b']}`]);
      byState.set(r['state_a']!, (byState.get(r['state_a']!) ?? new Set()).add(r['district_a']!));
    }
    this.states = STATES.map((s) => ({ ...s, districts: [...(byState.get(s.name) ?? [])] }));
  }

  private person(r: Prng, female: boolean, state: StateInfo, surname: [string, string] | null): Person {
    if (state.name === 'Mizoram') return { given: { latin: [mizoName((xs) => r.pick(xs), r.chance(0.5))], devanagari: null, female }, surname: null };
    return { given: (female ? this.females : this.males).pick(r), surname };
  }

  /** The true child behind report/child number `index`. */
  entity(index: number): Entity {
    const r = new Prng(this.seed * 1_000_003 + index * 7_919);
    const state = this.states[Math.min(this.states.length - 1, Math.floor(r.next() ** 1.6 * this.states.length))]!;
    const female = r.chance(0.5);
    const surname = r.chance(0.6) ? r.pick(SURNAMES) : null;
    const missing = Date.UTC(2016, 0, 1) + r.int(0, 8 * 365) * DAY;
    const age = r.int(3, 17);
    const village = Array.from({ length: r.int(2, 3) }, () => r.pick(VILLAGE_SYLLABLES)).join('');
    return {
      index,
      sex: female ? 'female' : 'male',
      name: this.person(r, female, state, surname),
      father: this.person(r, false, state, surname),
      mother: this.person(r, true, state, null),
      birth: missing - (age * 365.25 + r.int(0, 364)) * DAY,
      state,
      district: r.pick(state.districts),
      village: village[0]!.toUpperCase() + village.slice(1),
      policeStation: `${r.pick(VILLAGE_SYLLABLES)}${r.pick(VILLAGE_SYLLABLES)}`.replace(/^./, (c) => c.toUpperCase()),
      mark: r.chance(0.5) ? [r.int(0, MARK_TYPES.length - 1), r.int(0, MARK_PARTS.length - 1), r.int(0, 1)] : null,
      complexion: r.pick(COMPLEXIONS),
      missing,
    };
  }

  private latinOf(r: Prng, p: Person, respell: boolean): string {
    let given = r.pick(p.given.latin);
    if (respell) {
      const [re, to] = r.pick(RESPELL);
      given = given.toLowerCase().replace(re, to);
      given = given.charAt(0).toUpperCase() + given.slice(1);
    }
    return p.surname ? `${given} ${p.surname[0]}` : given;
  }

  private written(r: Prng, p: Person, script: Script, respell: boolean): string {
    if (script === 'latin' || p.given.devanagari === null) return this.latinOf(r, p, respell);
    const deva = p.surname ? `${p.given.devanagari} ${p.surname[1]}` : p.given.devanagari;
    return script === 'devanagari' ? deva : fromDevanagari(deva, script);
  }

  private markText(r: Prng, mark: [number, number, number], hindi: boolean): string {
    const [t, p, s] = mark;
    return hindi ? `${SIDES[s]![1]} ${MARK_PARTS[p]![1]} पर ${MARK_TYPES[t]![1]}` : `${MARK_TYPES[t]![0]} on ${SIDES[s]![0]} ${MARK_PARTS[p]![0]}`;
  }

  report(e: Entity): MissingReport {
    const r = new Prng(this.seed * 31 + e.index * 131 + 1);
    const script: Script = r.chance(0.25) ? e.state.script : 'latin';
    const ageYears = Math.floor((e.missing - e.birth) / (365.25 * DAY));
    return {
      report_id: `R${e.index}`,
      name: this.written(r, e.name, script, false),
      sex: e.sex,
      dob: r.chance(0.3) ? iso(e.birth) : null,
      age_years: ageYears,
      date_missing: iso(e.missing),
      father_name: r.chance(0.9) ? this.written(r, e.father, script, false) : null,
      mother_name: r.chance(0.6) ? this.written(r, e.mother, script, false) : null,
      village: r.chance(0.8) ? e.village : null,
      police_station: r.chance(0.7) ? e.policeStation : null,
      district: e.district,
      state: e.state.name,
      fir_no: `${r.int(1, 999)}/${new Date(e.missing).getUTCFullYear()}`,
      height_cm: r.chance(0.5) ? Math.round(heightAt(ageYears) + r.int(-4, 4)) : null,
      complexion: r.chance(0.6) ? e.complexion : null,
      identification_marks: e.mark && r.chance(0.6) ? this.markText(r, e.mark, script !== 'latin' && r.chance(0.5)) : null,
      languages: r.chance(0.7) ? [e.state.language] : [],
    };
  }

  /** The child as a CWC records them, found some time after going missing. */
  child(e: Entity, id: string): ChildForMatching {
    return this.taggedChild(e, id).child;
  }

  /** The child and the corruptions applied to it (for the bench's miss breakdown). */
  taggedChild(e: Entity, id: string): { child: ChildForMatching; corruptions: string[] } {
    const r = new Prng(this.seed * 17 + e.index * 211 + 2);
    const tags: string[] = [];
    const found = Math.min(Date.UTC(2025, 5, 30), e.missing + Math.floor(r.next() ** 2 * 5 * 365) * DAY);
    const trueAge = (found - e.birth) / (365.25 * DAY);
    const estimated = r.chance(0.7);
    const script: Script = r.chance(0.3) ? (e.state.script === 'latin' || r.chance(0.4) ? 'devanagari' : e.state.script) : 'latin';
    const nickname = r.chance(0.12);
    const respell = r.chance(0.5);
    const keepSurname = !nickname && r.chance(0.5);
    let name = nickname ? r.pick(NICKNAMES) : this.written(r, { ...e.name, surname: keepSurname ? e.name.surname : null }, script, respell);
    if (nickname) tags.push('nickname only');
    else {
      if (script !== 'latin') tags.push(`name in ${script}`);
      else if (respell) tags.push('name respelt');
      if (e.name.surname && !keepSurname) tags.push('surname dropped');
    }
    if (!nickname && r.chance(0.08)) {
      name = typo(r, name);
      tags.push('name typo');
    }
    const neighbour = r.chance(0.15) ? r.pick(this.neighbours.get(`${e.state.name}|${e.district}`) ?? [`${e.state.name}|${e.district}`]) : null;
    const [state, district] = (neighbour ?? `${e.state.name}|${e.district}`).split('|');
    const knowsHome = r.chance(0.75);
    if (!knowsHome) tags.push('home district unknown');
    else if (neighbour) tags.push('neighbouring district');
    const height = r.chance(0.4) ? Math.round(heightAt(trueAge) + r.int(-4, 4)) : null;
    const sex: MatchSex = r.chance(0.03) ? 'unknown' : e.sex;
    const ageYears = Math.max(0, Math.round(trueAge + (estimated ? gauss(r) * 1.5 : -0.5)));
    if (estimated) tags.push('age estimated');
    const fatherName = r.chance(0.6) ? this.written(r, e.father, script, r.chance(0.4)) : null;
    if (!fatherName) tags.push("no father's name");
    const motherName = r.chance(0.35) ? this.written(r, e.mother, script, r.chance(0.4)) : null;
    const address = {
      village: knowsHome && r.chance(0.5) ? e.village : null,
      policeStation: knowsHome && r.chance(0.3) ? e.policeStation : null,
      district: knowsHome ? district! : null,
      state: knowsHome || r.chance(0.5) ? state! : null,
      pin: null,
    };
    if (address.village) tags.push('village known');
    const child: ChildForMatching = {
      id,
      name,
      aliases: [],
      sex,
      dob: null,
      ageYears,
      ageEstimated: estimated,
      fatherName,
      motherName,
      address,
      admittedAt: new Date(found).toISOString(),
      identificationMarks: e.mark && r.chance(0.5) ? this.markText(r, e.mark, r.chance(0.4)) : null,
      languages: r.chance(0.8) ? [e.state.language] : [],
      heightCm: height,
      complexion: r.chance(0.5) ? e.complexion : null,
    };
    return { child, corruptions: tags };
  }
}

function heightAt(age: number): number {
  return age < 12 ? 75 + 6 * age : 147 + 4 * Math.min(5, age - 12);
}

function gauss(r: Prng): number {
  return Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
}

function typo(r: Prng, s: string): string {
  const i = r.int(1, Math.max(1, s.length - 2));
  const letters = 'aeioubdgkmnprst';
  return r.chance(0.5) ? s.slice(0, i) + r.pick([...letters]) + s.slice(i + 1) : s.slice(0, i) + s.slice(i + 1);
}

export interface Scenario {
  reports: () => Generator<MissingReport>;
  children: ChildForMatching[];
  /** child id → the report id that is the same child, or null. */
  truth: Map<string, string | null>;
  /** child id → the corruptions the generator applied to the child (and, for a reported child, to its report). */
  corruptions: Map<string, string[]>;
}

/**
 * `reportCount` reports; `childCount` children of whom `withReport` share have one. Matched
 * children are reports spread evenly over the snapshot; the others are entities never reported.
 */
export function scenario(gen: FieldGenerator, reportCount: number, childCount: number, withReport = 0.6): Scenario {
  const children: ChildForMatching[] = [];
  const truth = new Map<string, string | null>();
  const corruptions = new Map<string, string[]>();
  const matched = Math.round(childCount * withReport);
  for (let i = 0; i < childCount; i++) {
    const reported = i < matched;
    const index = reported ? Math.floor(((i + 0.5) * reportCount) / matched) : reportCount + i;
    const id = `C${i}`;
    const e = gen.entity(index);
    const { child, corruptions: tags } = gen.taggedChild(e, id);
    if (reported) {
      const report = gen.report(e);
      if (!report.father_name) tags.push("report: no father's name");
      if (/[^\p{ASCII}]/u.test(report.name)) tags.push('report: name in Indic script');
    }
    children.push(child);
    truth.set(id, reported ? `R${index}` : null);
    corruptions.set(id, tags);
  }
  return {
    reports: function* () {
      for (let i = 0; i < reportCount; i++) yield gen.report(gen.entity(i));
    },
    children,
    truth,
    corruptions,
  };
}
