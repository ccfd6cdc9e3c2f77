/**
 * An error from sync, keys or trust, in plain words. A refused package names its reason
 * (`details.refusal`), which is said in the user's language; the backend's own sentence
 * (English, naming the key, fingerprint or package involved) follows as the detail.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { en } from '../i18n/en';
import { describeError } from '../i18n/messages';
import { ErrorMessage } from '../ui/messages';

type Refusal = keyof typeof en.syncRefusal;
const isRefusal = (x: unknown): x is Refusal => typeof x === 'string' && Object.hasOwn(en.syncRefusal, x);

/** The lead sentence and, when the backend said more than the lead does, its sentence as detail. */
export function describeSyncError(t: TFunction, error: ApiError): { lead: string; detail: string | null } {
  const refusal = error.details['refusal'];
  if (error.code === 'invalid_input' && isRefusal(refusal)) return { lead: t(`syncRefusal.${refusal}`), detail: error.message || null };
  const lead = describeError(t, error);
  // A conflict's message is already part of the lead; elsewhere the backend's sentence helps.
  const says = ['invalid_input', 'not_found', 'internal'].includes(error.code) && error.message && !lead.includes(error.message);
  return { lead, detail: says ? error.message : null };
}

/**
 * `prefix` says what did not happen ("The package was not written."); `internalHint` is said
 * after an unexpected failure, when there is a likely cause to check (the folder, the USB drive).
 */
export function SyncError({ error, prefix, internalHint }: { error: ApiError; prefix?: string; internalHint?: string }) {
  const { t } = useTranslation();
  const { lead, detail } = describeSyncError(t, error);
  return (
    <ErrorMessage>
      <p>{prefix ? `${prefix} ${lead}` : lead}</p>
      {internalHint && error.code === 'internal' && <p>{internalHint}</p>}
      {detail && (
        <p className="error-detail">
          {t('sync.detailLabel')}{' '}
          <span lang="en" translate="no">
            {detail}
          </span>
        </p>
      )}
    </ErrorMessage>
  );
}
