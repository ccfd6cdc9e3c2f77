/**
 * One button that prints one document (a form, a part of the care plan, a register) and saves
 * the PDF. Screens that show a form put this beside it; the backend decides what may be printed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintRequestDraft } from '../../shared/domain/printing';
import { api, asApiError } from '../api';
import { describeError } from '../i18n/messages';
import { savePdf } from './save-pdf';

interface Props {
  request: PrintRequestDraft;
  label: string;
  /** A check the screen makes first (a date typed wrong, say); a message stops the print. */
  validate?: () => string | null;
}

export function PrintButton({ request, label, validate }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // A message stands for the request it was about: once the screen asks for another (the dates put right), it goes.
  const key = JSON.stringify(request);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const error = failed?.key === key ? failed.message : null;

  async function print() {
    const problem = validate?.() ?? null;
    setFailed(problem ? { key, message: problem } : null);
    if (problem) return;
    setBusy(true);
    try {
      savePdf(await api.call('print.form', request));
    } catch (e) {
      setFailed({ key, message: describeError(t, asApiError(e)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="print-button">
      <button type="button" onClick={() => void print()} disabled={busy} aria-busy={busy}>
        {busy ? t('print.preparing') : label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
