/**
 * The shared zod schemas and the backend speak short English messages ('required',
 * 'at most 200 characters', …). These are turned into the user's language here; a message not
 * known here is shown as it came, which is better than hiding it.
 */
import type { TFunction } from 'i18next';
import type { ApiError } from '../api';
import { CASEFILE_RULES } from '../casefile/field-messages';
import { MOVEMENT_RULES } from '../movements/field-messages';
import { CASES_RULES } from '../cases/field-messages';
import { PURGE_RULES } from '../purge/field-messages';

export type Rule = [RegExp, (t: TFunction, m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^required$/i, (t) => t('fieldMsg.required')],
  [/^choose one$/i, (t) => t('fieldMsg.chooseOne')],
  [/^choose a state$/i, (t) => t('fieldMsg.chooseState')],
  [/^choose a district$/i, (t) => t('fieldMsg.chooseDistrict')],
  [/^six digits$/i, (t) => t('fieldMsg.sixDigits')],
  [/^at most (\d+) characters each$/i, (t, m) => t('fieldMsg.atMostCharsEach', { n: m[1] })],
  [/^at most (\d+) characters$/i, (t, m) => t('fieldMsg.atMostChars', { n: m[1] })],
  [/^at least (\d+) characters$/i, (t, m) => t('fieldMsg.atLeastChars', { n: m[1] })],
  [/^at most (\d+)$/i, (t, m) => t('fieldMsg.atMost', { n: m[1] })],
  [/^at least (\d+)$/i, (t, m) => t('fieldMsg.atLeast', { n: m[1] })],
  [/^a date as dd-mm-yyyy$/i, (t) => t('fieldMsg.date')],
  [/^a date and time$/i, (t) => t('fieldMsg.dateTime')],
  [/^before the start month$/i, (t) => t('fieldMsg.beforeStartMonth')],
  [/^at most (\d+) months$/i, (t, m) => t('fieldMsg.atMostMonths', { n: m[1] })],
  [/^a number$/i, (t) => t('fieldMsg.number')],
  [/^a number of years$/i, (t) => t('fieldMsg.numberOfYears')],
  [/^whole years$/i, (t) => t('fieldMsg.wholeYears')],
  [/^date of birth or age is required$/i, (t) => t('fieldMsg.dobOrAge')],
  [/^born after the date of admission$/i, (t) => t('fieldMsg.bornAfterAdmission')],
  [/^discharged before the date of admission$/i, (t) => t('fieldMsg.dischargedBeforeAdmission')],
  [/^2–32 letters, digits, dot, dash or underscore$/i, (t) => t('fieldMsg.username')],
  [/^the photo is larger than 2 MB$/i, (t) => t('fieldMsg.photoTooLarge')],
  // The renderer's own check, worded like the schemas'.
  [/^passwords differ$/i, (t) => t('fieldMsg.passwordsDiffer')],
  [/^a full folder path$/i, (t) => t('fieldMsg.fullPath')],
  [/^a full file path$/i, (t) => t('fieldMsg.fullFilePath')],
  // zod's own wording, for limits declared without a custom message.
  [/^Too big: expected string to have <=(\d+) characters$/i, (t, m) => t('fieldMsg.atMostChars', { n: m[1] })],
  [/^Too small: expected string to have >=(\d+) characters$/i, (t, m) => t('fieldMsg.atLeastChars', { n: m[1] })],
  [/^Too big: expected number to be <=(\d+)$/i, (t, m) => t('fieldMsg.atMost', { n: m[1] })],
  [/^Too small: expected number to be >=(\d+)$/i, (t, m) => t('fieldMsg.atLeast', { n: m[1] })],
  [/^Invalid input: expected (number|int), received NaN$/i, (t) => t('fieldMsg.number')],
  [/^Invalid input: expected int, received number$/i, (t) => t('fieldMsg.number')],
  [/^Invalid option: expected one of /i, (t) => t('fieldMsg.chooseOne')],
  ...CASEFILE_RULES,
  ...MOVEMENT_RULES,
  ...CASES_RULES,
  ...PURGE_RULES,
];

export function translateFieldMessage(t: TFunction, message: string): string {
  for (const [re, render] of RULES) {
    const m = re.exec(message.trim());
    if (m) return render(t, m);
  }
  return message;
}

export function translateFields(t: TFunction, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, translateFieldMessage(t, v)]));
}

/** One plain sentence for an error, in the user's language. */
export function describeError(t: TFunction, error: ApiError): string {
  if (error.code === 'account_locked' && typeof error.details['minutes'] === 'number') {
    return t('login.accountLockedFor', { minutes: error.details['minutes'] });
  }
  const sentence = t(`errors.${error.code}`);
  // A conflict's own message names what clashed (e.g. an admission number already in use).
  return error.code === 'conflict' && error.message ? t('errors.withDetail', { message: sentence, detail: error.message }) : sentence;
}
