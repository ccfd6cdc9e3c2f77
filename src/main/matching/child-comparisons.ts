/**
 * The comparisons of a found child against a missing report, one per concept so that
 * correlated fields are not counted twice. m values are defaults chosen from how field
 * records go wrong (see docs/matching-engine.md); u values are replaced by estimates from
 * random pairs of the actual snapshot at import.
 */
import { englishReason, type MatchReasonKey } from '../../shared/domain/match-reasons';
import type { Comparison, LevelSpec, Outcome } from './fellegi-sunter';
import { describeMark, markAgreement } from './marks';
import { compareNameSets, NAME_LEVELS } from './name-comparison';
import type { DistrictAdjacency } from './places';
import type { PreparedPerson as P } from './prepared-person';

const levels = (names: readonly string[], m: number[], u: number[]): LevelSpec[] => names.map((name, i) => ({ name, m: m[i]!, u: u[i]! }));
const out = (level: number, key: MatchReasonKey, params?: Record<string, string>): Outcome => {
  const because = [params ? { key, params } : { key }];
  return { level, reason: englishReason(because), because };
};
const nameText = (ns: P['names']) => (ns.length === 0 ? null : ns.map((n) => n.text).join(' / '));

//                              exact  key    cons  subset similar respelt one   alike nick  different
const NAME_U = /*          */ [0.002, 0.002, 0.01, 0.005, 0.004, 0.005, 0.03, 0.02, 0.02, 0.902];
// A child who gives only a first name against a report with a surname is as common as an
// exact name: the token subset gets nearly the same mass.
const NAME_M = /*          */ [0.3, 0.18, 0.1, 0.2, 0.08, 0.03, 0.04, 0.01, 0.03, 0.03];
// A father's name is dropped or shortened more often than misspelt beyond recognition.
const FATHER_M = /*        */ [0.3, 0.2, 0.1, 0.12, 0.1, 0.03, 0.04, 0.01, 0.01, 0.09];

const nameComparison = (concept: string, get: (p: P) => P['names'], m: number[], tfPrefix: string): Comparison<P> => ({
  concept,
  levels: levels(NAME_LEVELS, m, NAME_U),
  compare: (a, b, ctx) => (get(a).length === 0 || get(b).length === 0 ? null : compareNameSets(get(a), get(b), ctx, tfPrefix)),
  display: (p) => nameText(get(p)),
});

const sex: Comparison<P> = {
  concept: 'sex',
  levels: levels(['same', 'different'], [0.97, 0.03], [0.5, 0.5]),
  compare: (a, b) => {
    const [x, y] = [a.rec.sex, b.rec.sex];
    if (!x || !y || x === 'unknown' || y === 'unknown') return null;
    return x === y ? out(0, 'sexSame') : out(1, 'sexDifferent');
  },
  display: (p) => p.rec.sex,
};

const ageText = (p: P) => (p.rec.dob ? `born ${p.rec.dob}` : p.rec.ageYears !== null ? `${p.rec.ageYears}${p.rec.ageEstimated ? ' (est.)' : ''} on ${p.rec.refDate}` : null);

/** |age found − (age at missing + years elapsed)|, i.e. the distance between birth-year estimates. */
const ageInTime: Comparison<P> = {
  concept: 'age in time',
  // Half a year apart is its own level: two reports of one name and age are told apart by
  // which one's age fits better, and an age given in whole years is rarely further off.
  levels: levels(['same date of birth', 'within half a year', 'within a year', 'close', 'plausible', 'inconsistent'], [0.1, 0.27, 0.18, 0.25, 0.15, 0.05], [0.001, 0.05, 0.05, 0.1, 0.15, 0.649]),
  compare: (a, b) => {
    if (!a.birth || !b.birth) return null;
    if (a.birth.exact && b.birth.exact && a.rec.dob === b.rec.dob) return out(0, 'dobSame');
    const diff = Math.abs(a.birth.mid - b.birth.mid);
    const allowed = a.birth.half + b.birth.half;
    const level = diff <= 0.5 ? 1 : diff <= 1 ? 2 : diff <= Math.max(1.5, 0.6 * allowed) ? 3 : diff <= allowed + 0.5 ? 4 : 5;
    return out(level, 'agesDiffer', { years: diff.toFixed(1), allowed: allowed.toFixed(1) });
  },
  display: ageText,
};

/**
 * Time from going missing to being found (the report's date against the child's admission).
 * Most children are found soon after they go missing, while a random report is as likely to
 * be years old: a child admitted a week after a report was filed is evidence for that report.
 * Measured against the day, not the age, so it does not repeat the age comparison.
 */
const missingToFound: Comparison<P> = {
  concept: 'time missing',
  levels: levels(['within a month', 'within six months', 'within two years', 'longer'], [0.1, 0.2, 0.3, 0.4], [0.02, 0.1, 0.3, 0.58]),
  compare: (a, b) => {
    if (Number.isNaN(a.refYear) || Number.isNaN(b.refYear)) return null;
    const years = Math.abs(a.refYear - b.refYear);
    const days = Math.round(years * 365.2425);
    return out(years <= 1 / 12 ? 0 : years <= 0.5 ? 1 : years <= 2 ? 2 : 3, 'missingToFound', { days: String(days) });
  },
  display: (p) => p.rec.refDate,
};

const placeText = (p: P) => [p.rec.village, p.rec.policeStation, p.rec.district, p.rec.state].filter(Boolean).join(', ') || null;

function placeComparison(adjacency: DistrictAdjacency): Comparison<P> {
  return {
    concept: 'place',
    levels: levels(
      ['same village', 'same police station', 'same district', 'neighbouring district', 'same state', 'different place'],
      [0.3, 0.15, 0.25, 0.12, 0.1, 0.08],
      [0.0005, 0.002, 0.02, 0.03, 0.2, 0.7475],
    ),
    compare: (a, b) => {
      const [x, y] = [a.place, b.place];
      const districtOk = !x.district || !y.district || x.district === y.district;
      if (x.village && x.village === y.village && districtOk) return out(0, 'placeVillage');
      if (x.policeStation && x.policeStation === y.policeStation && districtOk) return out(1, 'placePoliceStation');
      if (x.district && y.district) {
        if (x.district === y.district) return out(2, 'placeDistrict');
        if (adjacency.adjacent(x.district, y.district)) return out(3, 'placeNeighbours');
      }
      if (x.state && y.state) return x.state === y.state ? out(4, 'placeSameState') : out(5, 'placeOtherStates');
      if (x.district && y.district) return out(5, 'placeFarDistricts');
      return null;
    },
    display: placeText,
  };
}

const languages: Comparison<P> = {
  concept: 'languages',
  levels: levels(['shared language', 'no shared language'], [0.9, 0.1], [0.5, 0.5]),
  compare: (a, b) => {
    if (a.languages.length === 0 || b.languages.length === 0) return null;
    const shared = a.languages.filter((l) => b.languages.includes(l));
    return shared.length > 0 ? out(0, 'languagesShared', { languages: shared.join(', ') }) : out(1, 'languagesNone');
  },
  display: (p) => (p.rec.languages.length ? p.rec.languages.join(', ') : null),
};

/** cm a year: fast in childhood, slower in adolescence, about none after 17. */
const growthRate = (age: number) => (age < 12 ? 6 : age < 17 ? 4 : 0.5);

const height: Comparison<P> = {
  concept: 'height',
  levels: levels(['close after growth', 'plausible after growth', 'far'], [0.6, 0.3, 0.1], [0.2, 0.3, 0.5]),
  compare: (a, b) => {
    if (a.rec.heightCm === null || b.rec.heightCm === null || Number.isNaN(a.refYear) || Number.isNaN(b.refYear)) return null;
    const [early, late] = a.refYear <= b.refYear ? [a, b] : [b, a];
    const age = early.birth ? early.refYear - early.birth.mid : 10;
    const expected = early.rec.heightCm! + growthRate(age) * (late.refYear - early.refYear);
    const diff = Math.abs(late.rec.heightCm! - expected);
    return out(diff <= 6 ? 0 : diff <= 15 ? 1 : 2, 'heightAfterGrowth', { height: String(late.rec.heightCm), expected: expected.toFixed(0) });
  },
  display: (p) => (p.rec.heightCm === null ? null : `${p.rec.heightCm} cm`),
};

const marks: Comparison<P> = {
  concept: 'identification marks',
  levels: levels(['same mark and side', 'same mark', 'no common mark', 'side conflict'], [0.3, 0.25, 0.42, 0.03], [0.002, 0.01, 0.978, 0.01]),
  compare: (a, b) => {
    if (a.marks.length === 0 || b.marks.length === 0) return null;
    const agreement = markAgreement(a.marks, b.marks);
    const level = [3, 2, 1, 0][agreement]!;
    return out(level, (['marksOtherSide', 'marksNoneCommon', 'marksSamePlace', 'marksSameSide'] as const)[agreement]!);
  },
  display: (p) => (p.marks.length ? p.marks.map(describeMark).join('; ') : p.rec.marks),
};

const complexion: Comparison<P> = {
  concept: 'complexion',
  levels: levels(['same', 'different'], [0.7, 0.3], [0.4, 0.6]),
  compare: (a, b) => (!a.complexion || !b.complexion ? null : a.complexion === b.complexion ? out(0, 'complexionSame') : out(1, 'complexionDifferent')),
  display: (p) => p.rec.complexion,
};

export function childComparisons(adjacency: DistrictAdjacency): Comparison<P>[] {
  return [
    nameComparison('name', (p) => p.names, NAME_M, 'n:'),
    nameComparison("father's name", (p) => p.fatherOwn, FATHER_M, 'f:'),
    nameComparison("mother's name", (p) => p.motherOwn, FATHER_M, 'm:'),
    sex,
    ageInTime,
    missingToFound,
    placeComparison(adjacency),
    languages,
    height,
    marks,
    complexion,
  ];
}
