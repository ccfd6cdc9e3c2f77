/** Pieces every case-file form and list shares: the Save/Cancel row, and removing a row after asking. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api';
import { describeError } from '../i18n/messages';

export function SaveCancel({ busy, onCancel, submitLabel }: { busy: boolean; onCancel: () => void; submitLabel?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('common.saving') : (submitLabel ?? t('common.save'))}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

/** Asks, removes, then reloads the case file; a refusal is kept as one sentence to show. */
export function useRemoval(onChanged: () => void) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  async function remove(question: string, work: () => Promise<unknown>): Promise<void> {
    if (!window.confirm(question)) return;
    try {
      await work();
      setError(null);
      onChanged();
    } catch (e) {
      setError(describeError(t, asApiError(e)));
    }
  }
  return { error, setError, remove };
}
