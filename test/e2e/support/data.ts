/** Synthetic people and places for the end-to-end tests (no real child's data). */

export const INSTITUTION = {
  name: 'Government Children’s Home (Girls), Patna',
  type: 'Children’s Home',
  registrationNo: 'BR/CCI/2019/0412',
  state: 'Bihar',
  district: 'Patna',
};

export const ADMIN = { username: 'asha', displayName: 'Asha Verma', password: 'correct-horse-42' };

export const CASE_WORKER = { username: 'ravi', displayName: 'Ravi Kumar', role: 'Case worker', password: 'battery-staple-77' };

export interface ChildData {
  admissionNo: string;
  name: string;
  aliases: string;
  sex: string;
  category: string;
  /** dd-mm-yyyy, typed as a clerk would. */
  dob: string;
  admittedDate: string;
  admittedTime: string;
  fatherName?: string;
  village?: string;
  state?: string;
  district?: string;
  referredBy?: string;
}

/** A girl in need of care and protection, her name in Devanagari. */
export const SUNITA: ChildData = {
  admissionNo: 'CH/2026/017',
  name: 'सुनीता कुमारी',
  aliases: 'Munni; Sunita',
  sex: 'Female',
  category: 'Child in need of care and protection (CNCP)',
  dob: '15-08-2014',
  admittedDate: '02-11-2026',
  admittedTime: '14:30',
  fatherName: 'रामेश्वर प्रसाद',
  village: 'Danapur',
  state: 'Bihar',
  district: 'Patna',
  referredBy: 'CWC Patna, order 118/2026',
};

/** A boy in conflict with law: a case worker must see him by admission number only. */
export const RAJU: ChildData = {
  admissionNo: 'OH/2026/044',
  name: 'राजू यादव',
  aliases: 'Chhotu',
  sex: 'Male',
  category: 'Child in conflict with law (CCL)',
  dob: '03-03-2010',
  admittedDate: '20-10-2026',
  admittedTime: '11:05',
};
