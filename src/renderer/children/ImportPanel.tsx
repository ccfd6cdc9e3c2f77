/**
 * Import a register kept in a spreadsheet. The file goes to the backend as base64; the import
 * runs as a job, so the screen shows progress and can cancel. When rows are wrong, every problem
 * is listed by line and column, so the clerk can fix the file and try again.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, asApiError } from '../api';
import { describeError, translateFieldMessage } from '../i18n/messages';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { blobToBase64 } from '../ui/files';
import { ErrorMessage, Notice } from '../ui/messages';

interface Props {
  onImported: () => void;
  onClose: () => void;
}

/** One problem in the file, as the backend reports it; column is null for a whole-row problem. */
interface RowProblem {
  line: number | string;
  column: string | null;
  message: string;
}

function rowProblems(details: Record<string, unknown> | undefined): RowProblem[] {
  const rows = details?.['rows'];
  if (!Array.isArray(rows)) return [];
  return rows.filter((r): r is RowProblem => typeof r === 'object' && r !== null && 'message' in r).map((r) => ({ line: r.line ?? '', column: r.column ? String(r.column) : null, message: String(r.message) }));
}

/** How many were added, if the job's result says so. */
function importedCount(result: unknown): number | null {
  const n = typeof result === 'object' && result !== null ? (result as Record<string, unknown>)['imported'] : undefined;
  return typeof n === 'number' ? n : null;
}

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ImportPanel({ onImported, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const job = useJob();
  const [reading, setReading] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const { event } = job;
  const imported = useRef(onImported);
  useEffect(() => {
    imported.current = onImported;
  }, [onImported]);

  // Once per finished job: the register behind the panel reloads.
  useEffect(() => {
    if (event?.state === 'done') imported.current();
  }, [event]);

  async function choose(file: File) {
    setStartError(null);
    setReading(true);
    try {
      const dataBase64 = await blobToBase64(file);
      await job.start(() => api.call('children.import', { fileName: file.name, dataBase64 }));
    } catch (e) {
      setStartError(asApiError(e));
    } finally {
      setReading(false);
    }
  }

  const failure = startError ?? (event?.state === 'failed' && event.error ? ApiError.from(event.error) : null);
  const problems = rowProblems(failure?.details);

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('import.title')}</h2>
      <div className="field">
        <label htmlFor={`${titleId}-file`}>{t('import.fileLabel')}</label>
        <input
          id={`${titleId}-file`}
          type="file"
          accept={ACCEPT}
          disabled={reading || job.running}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again (after fixing it) must start again
            if (file) void choose(file);
          }}
        />
      </div>
      {reading && <p role="status">{t('import.reading')}</p>}
      {job.running && (
        <JobProgress
          event={event}
          label={t('import.progressLabel')}
          startingText={t('import.starting')}
          runningText={(done, total) => t('import.running', { done, total })}
          cancelLabel={t('import.cancel')}
          onCancel={job.cancel}
        />
      )}
      {event?.state === 'done' && (
        <Notice>{importedCount(event.result) === null ? t('import.done') : t('import.doneCount', { n: importedCount(event.result) })}</Notice>
      )}
      {event?.state === 'cancelled' && <Notice>{t('import.cancelled')}</Notice>}
      {failure && (
        <ErrorMessage>
          <p>
            {t('import.failed')} {describeError(t, failure)}
          </p>
          {problems.length > 0 && (
            <ul className="problems">
              {problems.map((p, i) => (
                <li key={i}>
                  {p.column === null
                    ? t('import.rowProblemNoColumn', { line: p.line, message: translateFieldMessage(t, p.message) })
                    : t('import.rowProblem', { line: p.line, column: p.column, message: translateFieldMessage(t, p.message) })}
                </li>
              ))}
            </ul>
          )}
        </ErrorMessage>
      )}
      <div className="actions">
        <button type="button" onClick={onClose} disabled={job.running}>
          {t('import.close')}
        </button>
      </div>
    </section>
  );
}
