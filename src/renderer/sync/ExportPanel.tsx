/**
 * Write a sync package to a folder on this computer (the USB drive). The backend writes the
 * file itself, so in web mode the folder is typed: a browser cannot pick folders. The last
 * folder is remembered on this computer. The export runs as a job with progress and Cancel.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, asApiError } from '../api';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { PathForm } from './PathForm';
import { SyncError } from './SyncError';
import { exportSummary, folderSchema, formatBytes, lastFolder, rememberFolder } from './sync-format';

interface Props {
  /** The registry has confirmed every change (a pending key rotation may still need a package). */
  nothingWaiting: boolean;
  /** After the job ends, whatever the outcome: the status above is read again. */
  onFinished: () => void;
}

export function ExportPanel({ nothingWaiting, onFinished }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const job = useJob();
  const form = useFormStatus();
  const [folder, setFolder] = useState(lastFolder);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const { event } = job;
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  useEffect(() => {
    if (event && event.state !== 'running') finished.current();
  }, [event]);

  async function start() {
    setStartError(null);
    const input = form.check(folderSchema, { outDir: folder });
    if (!input) return;
    rememberFolder(input.outDir);
    try {
      await job.start(() => api.call('sync.export', { outDir: input.outDir }));
    } catch (e) {
      setStartError(asApiError(e));
    }
  }

  const failure = startError ?? (event?.state === 'failed' && event.error ? ApiError.from(event.error) : null);
  const summary = event?.state === 'done' ? exportSummary(event.result) : null;

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('sync.exportTitle')}</h2>
      {nothingWaiting && !job.running && failure?.code !== 'conflict' && <p className="message message-info">{t('sync.nothingWaiting')}</p>}
      <ErrorMessage>{form.banner}</ErrorMessage>
      <PathForm
        title={t('sync.exportTitle')}
        label={t('sync.folder')}
        hint={t('sync.folderHint')}
        value={folder}
        onChange={setFolder}
        error={form.fieldError('outDir')}
        submitLabel={t('sync.exportButton')}
        busy={job.running}
        onSubmit={start}
      />
      {job.running && (
        <JobProgress
          event={event}
          label={t('sync.exportProgress')}
          startingText={t('sync.exportStarting')}
          runningText={(done, total) => t('sync.exportRunning', { done, total })}
          cancelLabel={t('sync.exportCancel')}
          onCancel={job.cancel}
        />
      )}
      {summary && (
        <Notice>
          <p>{t('sync.exportDone')}</p>
          <p className="mono sync-file">{summary.file}</p>
          <p>{t('sync.exportSummary', { seq: summary.seq, entries: summary.entries, records: summary.records, size: formatBytes(summary.bytes) })}</p>
        </Notice>
      )}
      {event?.state === 'cancelled' && <Notice>{t('sync.exportCancelled')}</Notice>}
      {failure &&
        (failure.code === 'conflict' ? (
          <p className="message message-info">{t('sync.nothingToSend')}</p>
        ) : (
          <SyncError error={failure} prefix={t('sync.exportFailed')} internalHint={t('sync.checkFolder')} />
        ))}
    </section>
  );
}

