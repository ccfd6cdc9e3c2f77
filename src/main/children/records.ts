/**
 * The child as stored, and the same child as the journal records it (its "image"). The
 * image is what sync carries and what audit verify compares the live row against, so it
 * holds every stored field except derived ones (search text, and the status, which follows
 * from the movements).
 */
import type { ChildInput } from '../../shared/domain/child';
import { searchKeysLine } from './search-keys';

export interface ChildDbRow {
  id: string;
  admission_no: string;
  name: string;
  aliases: string;
  sex: string;
  dob: string | null;
  age_years: number | null;
  age_estimated: number;
  father_name: string | null;
  mother_name: string | null;
  guardian_name: string | null;
  village: string | null;
  police_station: string | null;
  district: string | null;
  state: string | null;
  pin: string | null;
  category: string;
  admitted_at: string;
  referred_by: string | null;
  order_no: string | null;
  identification_marks: string | null;
  languages: string;
  height_cm: number | null;
  weight_kg: number | null;
  /** Derived from the movements (src/main/movements), not journaled. */
  status: string;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export type ChildImage = ChildInput & { id: string; createdAt: string; updatedAt: string };

export function childImage(r: ChildDbRow): ChildImage {
  return {
    id: r.id,
    admissionNo: r.admission_no,
    name: r.name,
    aliases: JSON.parse(r.aliases) as string[],
    sex: r.sex as ChildImage['sex'],
    dob: r.dob,
    ageYears: r.age_years,
    ageEstimated: r.age_estimated === 1,
    fatherName: r.father_name,
    motherName: r.mother_name,
    guardianName: r.guardian_name,
    address: { village: r.village, policeStation: r.police_station, district: r.district, state: r.state, pin: r.pin },
    category: r.category as ChildImage['category'],
    admittedAt: r.admitted_at,
    referredBy: r.referred_by,
    orderNo: r.order_no,
    identificationMarks: r.identification_marks,
    languages: JSON.parse(r.languages) as string[],
    heightCm: r.height_cm,
    weightKg: r.weight_kg,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

type SearchedFields = Pick<ChildInput, 'admissionNo' | 'name' | 'aliases' | 'fatherName' | 'motherName' | 'guardianName'>;

/** Lower-cased, NFC text that search matches against, one field per line, then the names' canonical keys (search-keys.ts). */
export function searchTextOf(c: SearchedFields): string {
  const names = [c.name, ...c.aliases, c.fatherName, c.motherName, c.guardianName];
  return [c.admissionNo, ...names]
    .filter((x): x is string => !!x)
    .map((x) => x.normalize('NFC').toLocaleLowerCase('en-IN'))
    .concat(searchKeysLine(names))
    .join('\n');
}

/** Column values in table order, for the one prepared INSERT used by admit and import. */
export function childColumns(id: string, c: ChildInput, createdAt: string, updatedAt: string): unknown[] {
  return [
    id,
    c.admissionNo,
    c.name,
    JSON.stringify(c.aliases),
    c.sex,
    c.dob,
    c.ageYears,
    c.ageEstimated ? 1 : 0,
    c.fatherName,
    c.motherName,
    c.guardianName,
    c.address.village,
    c.address.policeStation,
    c.address.district,
    c.address.state,
    c.address.pin,
    c.category,
    c.admittedAt,
    c.referredBy,
    c.orderNo,
    c.identificationMarks,
    JSON.stringify(c.languages),
    c.heightCm,
    c.weightKg,
    searchTextOf(c),
    createdAt,
    updatedAt,
  ];
}

export const CHILD_COLUMN_NAMES =
  'id, admission_no, name, aliases, sex, dob, age_years, age_estimated, father_name, mother_name, guardian_name, village, police_station, district, state, pin, category, admitted_at, referred_by, order_no, identification_marks, languages, height_cm, weight_kg, search_text, created_at, updated_at';
