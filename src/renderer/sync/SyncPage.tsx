/**
 * Sync: where this office stands with the registry, writing a sync package to a folder (the
 * USB drive), and importing the receipt the registry gives back. Before the office is enrolled
 * the page explains the one-time steps instead, and points to Settings where they are done.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTimeIst } from '../../shared/util/dates';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { routeHref } from '../shell/router';
import { ErrorMessage } from '../ui/messages';
import { ExportPanel } from './ExportPanel';
import { ReceiptPanel } from './ReceiptPanel';
import { SnapshotPanel } from './SnapshotPanel';
import { useSyncStatus, type SyncStatus } from './use-sync-status';

export function SyncPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const mayRun = can('sync.run');
  const mayReview = can('matches.review');
  const { status, error, reload } = useSyncStatus(mayRun);

  return (
    <section className="page sync-page">
      <h1>{t('sync.title')}</h1>
      <p>{t('sync.intro')}</p>
      {!mayRun && <p className="message message-info">{t('sync.noPermission')}</p>}
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {mayRun && !status && !error && <p role="status">{t('app.loading')}</p>}
      {status && (
        <>
          <StatusPanel status={status} />
          {ready(status) ? (
            <>
              <ExportPanel nothingWaiting={status.entriesWaiting === 0} onFinished={reload} />
              <ReceiptPanel onImported={reload} />
              <SnapshotPanel mayReview={mayReview} canImport />
            </>
          ) : (
            <SetupSteps status={status} />
          )}
        </>
      )}
    </section>
  );
}

/** The office can send packages: it has keys and is in the registry's trust list. */
const ready = (s: SyncStatus) => s.officeId !== null && s.trust !== null && s.trust.enrolled;

function StatusPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const dash = t('common.notRecorded');
  return (
    <section className="panel sync-status" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{t('sync.statusTitle')}</h2>
      {status.warning && (
        <div className="message message-warning sync-warning" role="alert">
          <p>{t('sync.warning', { days: status.daysSinceAck ?? status.warnAfterDays })}</p>
        </div>
      )}
      {status.trust?.expired && (
        <div className="message message-error" role="alert">
          <p>{t('sync.trustExpired', { date: formatDateTimeIst(status.trust.expiresAt).slice(0, 10) })}</p>
        </div>
      )}
      <dl className="fields sync-fields">
        <div>
          <dt>{t('sync.lastExport')}</dt>
          <dd>{status.lastExport ? t('sync.packageAt', { date: formatDateTimeIst(status.lastExport.at), seq: status.lastExport.seq }) : t('sync.never')}</dd>
        </div>
        <div>
          <dt>{t('sync.lastReceipt')}</dt>
          <dd>{status.lastReceipt ? t('sync.packageAt', { date: formatDateTimeIst(status.lastReceipt.at), seq: status.lastReceipt.seq }) : t('sync.never')}</dd>
        </div>
        <div>
          <dt>{t('sync.waiting')}</dt>
          <dd className="sync-number" data-testid="entries-waiting">
            {status.entriesWaiting}
          </dd>
        </div>
        <div>
          <dt>{t('sync.daysSinceAck')}</dt>
          <dd className={status.warning ? 'sync-number sync-late' : 'sync-number'}>{status.daysSinceAck ?? dash}</dd>
        </div>
        {status.trust && (
          <div className="sync-wide">
            <dt>{t('sync.registry')}</dt>
            <dd>
              {t('sync.registryValue', {
                name: status.trust.registryName,
                version: status.trust.version,
                date: formatDateTimeIst(status.trust.expiresAt).slice(0, 10),
              })}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function SetupSteps({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const steps = [
    { key: 'keys', text: t('sync.stepKeys'), done: status.officeId !== null },
    { key: 'enroll', text: t('sync.stepEnroll'), done: status.trust?.enrolled === true },
    { key: 'trust', text: t('sync.stepTrust'), done: status.trust?.enrolled === true },
  ];
  return (
    <section className="panel" aria-labelledby="sync-setup-title">
      <h2 id="sync-setup-title">{t('sync.setupTitle')}</h2>
      <p>{t('sync.setupIntro')}</p>
      <ol className="sync-steps">
        {steps.map((s) => (
          <li key={s.key} className={s.done ? 'sync-step-done' : undefined}>
            <span className={s.done ? 'badge badge-ok' : 'badge'}>{s.done ? `✓ ${t('sync.stepDone')}` : t('sync.stepToDo')}</span> {s.text}
          </li>
        ))}
      </ol>
      <p>
        <a className="button primary" href={routeHref({ area: 'settings', tab: 'sync' })}>
          {t('sync.openSettings')}
        </a>
      </p>
    </section>
  );
}
