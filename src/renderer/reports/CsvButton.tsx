/** Downloads a report as CSV, made by the backend from the same data the screen shows. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api';
import { describeError } from '../i18n/messages';
import { saveText } from '../ui/files';
import { ErrorMessage } from '../ui/messages';

/** `load` asks the backend for the file (reports.csv, cases.csv). */
export function CsvButton({ load }: { load: () => Promise<{ fileName: string; csv: string }> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setError(null);
    try {
      const { fileName, csv } = await load();
      saveText(fileName, csv, 'text/csv;charset=utf-8');
    } catch (e) {
      setError(describeError(t, asApiError(e)));
    }
  }
  return (
    <>
      <button type="button" onClick={() => void download()}>
        {t('reports.csv')}
      </button>
      <ErrorMessage>{error}</ErrorMessage>
    </>
  );
}
