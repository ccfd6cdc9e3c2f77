/** The short English messages of s.24 requests (backend) → the user's language. */
import type { Rule } from '../i18n/messages';

export const PURGE_RULES: Rule[] = [[/^not this child’s admission number$/i, (t) => t('purge.fieldMsg.notThisChild')]];
