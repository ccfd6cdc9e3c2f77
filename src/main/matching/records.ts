/**
 * The two record shapes the engine meets, and the neutral PersonRecord both become. A report
 * is as the police snapshot gives it; a child is as the register holds it (ChildInput).
 */
import type { ChildInput } from '../../shared/domain/child';

export type MatchSex = 'female' | 'male' | 'transgender' | 'unknown';

/** A missing-child report from the registry snapshot. */
export interface MissingReport {
  report_id: string;
  name: string;
  aliases?: string[];
  sex?: MatchSex | null;
  dob?: string | null;
  age_years?: number | null;
  date_missing: string;
  father_name?: string | null;
  mother_name?: string | null;
  village?: string | null;
  police_station?: string | null;
  district?: string | null;
  state?: string | null;
  fir_no?: string | null;
  height_cm?: number | null;
  complexion?: string | null;
  identification_marks?: string | null;
  languages?: string[];
}

/** What matching needs of a child in care: the register's fields plus the child's id. */
export type ChildForMatching = Pick<
  ChildInput,
  'name' | 'aliases' | 'sex' | 'dob' | 'ageYears' | 'ageEstimated' | 'fatherName' | 'motherName' | 'address' | 'admittedAt' | 'identificationMarks' | 'languages' | 'heightCm'
> & { id: string; complexion?: string | null };

/** One person as either side describes them; refDate is the date missing or the date found. */
export interface PersonRecord {
  id: string;
  name: string | null;
  aliases: string[];
  sex: MatchSex | null;
  dob: string | null;
  ageYears: number | null;
  ageEstimated: boolean;
  refDate: string | null;
  fatherName: string | null;
  motherName: string | null;
  village: string | null;
  policeStation: string | null;
  district: string | null;
  state: string | null;
  heightCm: number | null;
  complexion: string | null;
  marks: string | null;
  languages: string[];
}

export function reportToPerson(r: MissingReport): PersonRecord {
  return {
    id: r.report_id,
    name: r.name || null,
    aliases: r.aliases ?? [],
    sex: r.sex ?? null,
    dob: r.dob ?? null,
    ageYears: r.age_years ?? null,
    // Ages in a report come from the family, who know them.
    ageEstimated: false,
    refDate: r.date_missing || null,
    fatherName: r.father_name ?? null,
    motherName: r.mother_name ?? null,
    village: r.village ?? null,
    policeStation: r.police_station ?? null,
    district: r.district ?? null,
    state: r.state ?? null,
    heightCm: r.height_cm ?? null,
    complexion: r.complexion ?? null,
    marks: r.identification_marks ?? null,
    languages: r.languages ?? [],
  };
}

export function childToPerson(c: ChildForMatching): PersonRecord {
  return {
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    sex: c.sex,
    dob: c.dob,
    ageYears: c.ageYears,
    ageEstimated: c.ageEstimated,
    refDate: c.admittedAt.slice(0, 10),
    fatherName: c.fatherName,
    motherName: c.motherName,
    village: c.address.village,
    policeStation: c.address.policeStation,
    district: c.address.district,
    state: c.address.state,
    heightCm: c.heightCm,
    complexion: c.complexion ?? null,
    marks: c.identificationMarks,
    languages: c.languages,
  };
}
