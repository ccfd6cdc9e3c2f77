/**
 * Import the receipt the registry wrote for a package. The file goes to the backend as base64
 * (it is small); what was acknowledged is said in plain words, and so is a refusal.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../shared/api/contract';
import { api, asApiError, type ApiError } from '../api';
import { blobToBase64 } from '../ui/files';
import { Notice } from '../ui/messages';
import { SyncError } from './SyncError';

type Receipt = OutputOf<'sync.importReceipt'>;

export function ReceiptPanel({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Receipt | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function choose(file: File) {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const dataBase64 = await blobToBase64(file);
      setDone(await api.call('sync.importReceipt', { dataBase64 }));
      onImported();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('sync.receiptTitle')}</h2>
      <p>{t('sync.receiptIntro')}</p>
      <div className="field">
        <label htmlFor={`${titleId}-file`}>{t('sync.receiptFile')}</label>
        <input
          id={`${titleId}-file`}
          type="file"
          accept=".hwpkg"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file chosen again is read again
            if (file) void choose(file);
          }}
        />
      </div>
      {busy && <p role="status">{t('sync.receiptReading')}</p>}
      {done && (
        <Notice>
          <p>{done.alreadyAcknowledged ? t('sync.receiptAlready', { seq: done.packageSeq }) : t('sync.receiptDone', { seq: done.packageSeq, to: done.acknowledgedTo })}</p>
          {done.keysActivated && <p>{t('sync.receiptKeysActivated')}</p>}
        </Notice>
      )}
      {error && <SyncError error={error} prefix={t('sync.receiptFailed')} />}
    </section>
  );
}
