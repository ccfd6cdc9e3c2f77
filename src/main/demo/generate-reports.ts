/**
 * Synthetic missing-child reports for `npm run demo`, so that its Matches page has something
 * to review. Some demo children in need of care and protection get a report written the way
 * police write them — the name romanised from Devanagari, the surname or the father's name
 * left out, an age guessed rather than a birthday, the day the child went missing a few
 * days or weeks before the admission; the rest are reports of other, equally fictional
 * children with the same demo surnames, so the engine has look-alikes to rank. Never children
 * in conflict with law: snapshots carry no data about them.
 */
import type { ChildInput } from '../../shared/domain/child';
import { yearsBetween } from '../../shared/util/dates';
import { romanise } from '../matching/romanise';
import { missingReportSchema, type Report } from '../snapshots/format/report-schema';
import { Prng } from './prng';

const DAY_MS = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY_MS).toISOString().slice(0, 10);

/** As a police station would write a name in Latin script: each word romanised and capitalised. */
const latinName = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => romanise(w))
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** A report of this child, written as the police would have written it when the child went missing. */
function reportOf(child: ChildInput, reportId: string, rnd: Prng): Report {
  const admitted = child.admittedAt.slice(0, 10);
  const dateMissing = daysBefore(admitted, rnd.int(2, 90));
  const birth = child.dob ?? daysBefore(admitted, Math.round((child.ageYears ?? 10) * 365.25));
  const name = latinName(child.name);
  return missingReportSchema.parse({
    report_id: reportId,
    // A third of reports carry the given name only.
    name: rnd.chance(0.33) ? name.split(' ')[0] : name,
    aliases: child.aliases.slice(0, 1).map(latinName),
    sex: child.sex,
    // Police record the age the family gives, sometimes a year off.
    age_years: Math.max(0, Math.floor(yearsBetween(birth, dateMissing)) + rnd.pick([-1, 0, 0, 0, 1])),
    date_missing: dateMissing,
    father_name: child.fatherName && rnd.chance(0.7) ? latinName(child.fatherName) : null,
    mother_name: child.motherName && rnd.chance(0.5) ? latinName(child.motherName) : null,
    village: child.address?.village && rnd.chance(0.6) ? latinName(child.address.village) : null,
    district: child.address?.district ?? null,
    state: child.address?.state ?? null,
    identification_marks: rnd.chance(0.5) ? child.identificationMarks : null,
    languages: child.languages,
  });
}

/**
 * Reports for one in `every` demo children in need of care and protection, and for each of the
 * `others` (children generated with another seed, so never the same as a demo child).
 */
export function generateReports(children: readonly ChildInput[], others: readonly ChildInput[], every: number, seed: number): Report[] {
  const rnd = new Prng(seed);
  const cncp = (list: readonly ChildInput[]) => list.filter((c) => c.category === 'CNCP');
  // MP/DEMO/2024/0015: a series, the year of admission, a number within the series.
  const reports = (series: string, list: ChildInput[]) => list.map((c, i) => reportOf(c, `MP/${series}/${c.admittedAt.slice(0, 4)}/${String(i + 1).padStart(4, '0')}`, rnd));
  return [...reports('DEMO', cncp(children).filter((_, i) => i % every === 0)), ...reports('DEMO-X', cncp(others))];
}
