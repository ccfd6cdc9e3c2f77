/**
 * The children matched against the snapshot: every child on the roll (present, on leave or run away), CNCP and
 * CCL alike — a child in conflict with law can also be a missing child. Who may see a CCL
 * child's matches is decided when they are read (match-views.ts), never by leaving them out here.
 */
import type { Sqlite } from '../db/open';
import { childImage, type ChildDbRow } from '../children/records';
import type { ChildForMatching } from '../matching/records';
import { inCareSql } from '../children/status-sql';

export function toChildForMatching(row: ChildDbRow): ChildForMatching {
  const c = childImage(row);
  return {
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    sex: c.sex,
    dob: c.dob,
    ageYears: c.ageYears,
    ageEstimated: c.ageEstimated,
    fatherName: c.fatherName,
    motherName: c.motherName,
    address: c.address,
    admittedAt: c.admittedAt,
    identificationMarks: c.identificationMarks,
    languages: c.languages,
    heightCm: c.heightCm,
  };
}

export function childrenInCare(db: Sqlite): ChildForMatching[] {
  return (db.prepare(`SELECT * FROM children c WHERE ${inCareSql('c')} ORDER BY admission_no`).all() as ChildDbRow[]).map(toChildForMatching);
}
