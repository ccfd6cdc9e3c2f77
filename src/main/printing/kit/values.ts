/** Recorded values that are words, not names, printed in both languages. */
import type { Category, Sex } from '../../../shared/domain/child';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { bi, inline, type Bilingual } from './bilingual';
import type { Html } from './html';

export const SEX_NAMES: Record<Sex, Bilingual> = {
  female: bi('स्त्री', 'Female'),
  male: bi('पुरुष', 'Male'),
  transgender: bi('ट्रांसजेंडर', 'Transgender'),
  unknown: bi('अज्ञात', 'Not known'),
};

export const CATEGORY_NAMES: Record<Category, Bilingual> = {
  CNCP: bi('देखरेख एवं संरक्षण की आवश्यकता वाला बालक', 'Child in need of care and protection'),
  CCL: bi('विधि का उल्लंघन करने वाला बालक', 'Child in conflict with law'),
};

/** "11 वर्ष / years", marked when the age was judged by appearance; null stays blank. */
export function years(n: number | null, estimated: boolean): Html | null {
  if (n === null) return null;
  return inline(estimated ? bi(`${n} वर्ष (अनुमानित)`, `${n} years (estimated)`) : bi(`${n} वर्ष`, `${n} years`));
}

export const date = (iso: string | null | undefined): string => formatDate(iso);
/** An instant as its Indian calendar date and its IST time, for forms that ask for them apart. */
export function dateAndTime(isoInstant: string): { date: string; time: string } {
  const [d = '', t = ''] = formatDateTimeIst(isoInstant).split(' ');
  return { date: d, time: t };
}
