/** A stored report as the Matches page shows it (camelCase, like the child beside it). */
import type { Report } from '../snapshots/format/report-schema';

export function reportView(data: string) {
  const r = JSON.parse(data) as Report;
  return {
    reportId: r.report_id,
    name: r.name,
    aliases: r.aliases,
    sex: r.sex,
    dob: r.dob,
    ageYears: r.age_years,
    dateMissing: r.date_missing,
    fatherName: r.father_name,
    motherName: r.mother_name,
    village: r.village,
    policeStation: r.police_station,
    district: r.district,
    state: r.state,
    firNo: r.fir_no,
    heightCm: r.height_cm,
    complexion: r.complexion,
    identificationMarks: r.identification_marks,
    languages: r.languages,
  };
}
