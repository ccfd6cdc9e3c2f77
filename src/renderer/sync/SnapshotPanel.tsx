/**
 * The missing-children snapshot: what this office holds, and importing a newer one that the
 * district office gave on a USB drive. The backend reads the file itself (snapshots run to
 * hundreds of MB, too big to pass through the page), so the file is named by its full path —
 * typed in web mode, where a browser does not reveal where a chosen file lives. The import runs
 * as a job with progress and Cancel, and re-matches every child in care when the reports are in.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, ApiError, asApiError } from '../api';
import { describeError } from '../i18n/messages';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { snapshotImportSummary } from '../matches/match-format';
import { SnapshotStatusLine } from '../matches/SnapshotStatusLine';
import { useSnapshotStatus } from '../matches/use-snapshot-status';
import { routeHref } from '../shell/router';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { PathForm } from './PathForm';
import { SyncError } from './SyncError';
import { isFullPath } from './sync-format';

const fileSchema = z.object({
  file: z.string().trim().min(1, { error: 'required' }).refine(isFullPath, { error: 'a full file path' }),
});

/** The import job's phases (src/main/snapshots/office/), each said in the user's language. */
const PHASES = ['checking', 'reading', 'indexing', 'matching'];
type Phase = 'checking' | 'reading' | 'indexing' | 'matching';

export function SnapshotPanel({ mayReview, canImport }: { mayReview: boolean; canImport: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { status, error, reload } = useSnapshotStatus();
  const job = useJob();
  const form = useFormStatus();
  const [file, setFile] = useState('');
  const [startError, setStartError] = useState<ApiError | null>(null);
  const { event } = job;
  const reloadRef = useRef(reload);
  useEffect(() => {
    reloadRef.current = reload;
  }, [reload]);
  useEffect(() => {
    if (event && event.state !== 'running') reloadRef.current();
  }, [event]);

  async function start() {
    setStartError(null);
    const input = form.check(fileSchema, { file });
    if (!input) return;
    try {
      await job.start(() => api.call('snapshots.import', { file: input.file }));
    } catch (e) {
      setStartError(asApiError(e));
    }
  }

  const failure = startError ?? (event?.state === 'failed' && event.error ? ApiError.from(event.error) : null);
  const summary = event?.state === 'done' ? snapshotImportSummary(event.result) : null;

  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('snapshot.title')}</h2>
      <p>{t('snapshot.intro')}</p>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {status && <SnapshotStatusLine status={status} />}
      {canImport && (
        <>
          <h3>{t('snapshot.importTitle')}</h3>
          <ErrorMessage>{form.banner}</ErrorMessage>
          <PathForm
            title={t('snapshot.importTitle')}
            label={t('snapshot.file')}
            hint={t('snapshot.fileHint')}
            value={file}
            onChange={setFile}
            error={form.fieldError('file')}
            submitLabel={t('snapshot.importButton')}
            busy={job.running}
            onSubmit={start}
          />
        </>
      )}
      {job.running && (
        <JobProgress
          event={event}
          label={t('snapshot.progress')}
          startingText={t('snapshot.starting')}
          runningText={(done, total) => t(PHASES.includes(event?.phase ?? '') ? `snapshot.phase.${event!.phase as Phase}` : 'snapshot.starting', { done, total })}
          cancelLabel={t('common.cancel')}
          onCancel={job.cancel}
        />
      )}
      {summary && (
        <Notice>
          <p>{t('snapshot.imported', { version: summary.version, reports: summary.reports })}</p>
          <p>{t('snapshot.matched', { children: summary.children, count: summary.newPairs })}</p>
          {mayReview && summary.newPairs > 0 && (
            <p>
              <a href={routeHref({ area: 'matches' })}>{t('snapshot.openMatches')}</a>
            </p>
          )}
        </Notice>
      )}
      {event?.state === 'cancelled' && <Notice>{t('snapshot.cancelled')}</Notice>}
      {failure && <SyncError error={failure} prefix={t('snapshot.failed')} internalHint={t('snapshot.checkFile')} />}
    </section>
  );
}
