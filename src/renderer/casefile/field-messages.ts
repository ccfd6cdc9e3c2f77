/** The case file's short English field messages (shared schemas and backend) → the user's language. */
import type { Rule } from '../i18n/messages';

export const CASEFILE_RULES: Rule[] = [
  [/^in the future$/i, (t) => t('casefile.msg.future')],
  [/^before the date of birth$/i, (t) => t('casefile.msg.beforeBirth')],
  [/^before the date of admission$/i, (t) => t('casefile.msg.beforeAdmission')],
  [/^before the earlier date$/i, (t) => t('casefile.msg.beforeOther')],
  [/^before the date of release$/i, (t) => t('casefile.msg.beforeRelease')],
  [/^after a follow-up already recorded$/i, (t) => t('casefile.msg.afterFollowUp')],
  [/^Aadhaar check digit does not match$/i, (t) => t('casefile.msg.aadhaarCheck')],
  [/^not a valid Aadhaar number$/i, (t) => t('casefile.msg.aadhaarInvalid')],
  [/^enter the full Aadhaar number$/i, (t) => t('casefile.msg.aadhaarFull')],
  [/^a whole number$/i, (t) => t('casefile.msg.wholeNumber')],
  [/^choose from the list$/i, (t) => t('casefile.msg.chooseFromList')],
  [/^the file is larger than 5 MB$/i, (t) => t('casefile.msg.fileTooLarge')],
  [/^the file is empty$/i, (t) => t('casefile.msg.fileEmpty')],
  [/^choose a file$/i, (t) => t('casefile.msg.chooseFile')],
  [/^not a PDF, JPEG or PNG file, or damaged$/i, (t) => t('casefile.msg.notADocument')],
  [/^named \.(\w+) but is a (\w+) file$/i, (t, m) => t('casefile.msg.wrongExtension', { ext: m[1], type: m[2] })],
];
