/** The short English messages of movements, reports and their refusals (shared schemas, backend) → the user's language. */
import type { Rule } from '../i18n/messages';

export const MOVEMENT_RULES: Rule[] = [
  [/^before the admission \((.+)\)$/i, (t, m) => t('movements.msg.beforeAdmission', { when: m[1] })],
  [/^before the (runaway|leave) \((.+)\)$/i, (t, m) => t('movements.msg.beforeOpener', { what: t(`movements.msg.${m[1] as 'runaway' | 'leave'}`), when: m[2] })],
  [/^no (runaway|leave) to return from$/i, (t, m) => t('movements.msg.nothingToReturnFrom', { what: t(`movements.msg.${m[1] as 'runaway' | 'leave'}`) })],
  [/^after the death \((.+)\)$/i, (t, m) => t('movements.msg.afterDeath', { when: m[1] })],
  [/^the child has not left$/i, (t) => t('movements.msg.notLeft')],
  [/^the child was on leave$/i, (t) => t('movements.msg.wasAway', { status: t('status.on_leave') })],
  [/^the child was away \(ran away\)$/i, (t) => t('movements.msg.wasAway', { status: t('status.runaway') })],
  [/^the child had left$/i, (t) => t('movements.msg.hadLeft')],
  [/^after the first movement \((.+)\)$/i, (t, m) => t('movements.msg.afterFirstMovement', { when: m[1] })],
  [/^the child was not yet 18 on that day$/i, (t) => t('movements.msg.notYet18')],
  [/^required when the police were informed$/i, (t) => t('movements.msg.policeDetails')],
  [/^required with an escort$/i, (t) => t('movements.msg.withEscort')],
  [/^before the order$/i, (t) => t('movements.msg.beforeOrder')],
  [/^required for after care$/i, (t) => t('movements.msg.forAfterCare')],
  [/^required for a release by order$/i, (t) => t('movements.msg.forOrder')],
  [/^before the death$/i, (t) => t('movements.msg.beforeDeath')],
  [/^before the leave begins$/i, (t) => t('movements.msg.beforeLeave')],
  [/^the order is dated after the movement$/i, (t) => t('movements.msg.orderAfter')],
  [/^choose yes or no$/i, (t) => t('movements.msg.yesOrNo')],
  [/^in the future$/i, (t) => t('movements.msg.future')],
  [/^before the start date$/i, (t) => t('movements.msg.beforeStart')],
  [/^before the quarter ends$/i, (t) => t('movements.msg.beforeQuarterEnds')],
];
