/**
 * The missing-child reports this office holds: version, how many reports, until when they are
 * valid, and when matching last ran. An expired snapshot is said plainly: matching is stopped
 * until a newer one is imported, and the matches shown may be out of date.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTimeIst } from '../../shared/util/dates';
import type { SnapshotStatus } from './use-snapshot-status';

/** A snapshot this close to its expiry gets a warning (a registry visit takes days to arrange). */
const SOON_DAYS = 7;

const day = (iso: string) => formatDateTimeIst(iso).slice(0, 10);

export function SnapshotStatusLine({ status }: { status: SnapshotStatus }) {
  const { t } = useTranslation();
  const held = status.held;
  if (!held) return <p className="message message-info">{t('snapshot.none')}</p>;
  const run = held.lastMatchRun;
  return (
    <>
      {held.expired && (
        <div className="message message-error" role="alert">
          <p>{t('snapshot.expired', { date: day(held.expiresAt) })}</p>
        </div>
      )}
      {!held.expired && held.daysLeft < SOON_DAYS && (
        <div className="message message-warning" role="alert">
          <p>{t('snapshot.expiresSoon', { date: day(held.expiresAt), days: held.daysLeft })}</p>
        </div>
      )}
      <dl className="snapshot-line" data-testid="snapshot-status">
        <div>
          <dt>{t('snapshot.version')}</dt>
          <dd>{t(held.kind === 'full' ? 'snapshot.versionFull' : 'snapshot.versionDelta', { version: held.version })}</dd>
        </div>
        <div>
          <dt>{t('snapshot.reports')}</dt>
          <dd>{held.reportCount}</dd>
        </div>
        <div>
          <dt>{t('snapshot.validUntil')}</dt>
          <dd className={held.expired ? 'sync-late' : undefined}>{held.expired ? t('snapshot.expiredOn', { date: day(held.expiresAt) }) : day(held.expiresAt)}</dd>
        </div>
        <div>
          <dt>{t('snapshot.lastRun')}</dt>
          <dd>
            {run
              ? t('snapshot.lastRunValue', { date: formatDateTimeIst(run.at), children: run.children, version: run.snapshotVersion })
              : t('snapshot.neverRun')}
          </dd>
        </div>
      </dl>
      {run && run.snapshotVersion !== held.version && <p className="message message-warning">{t('snapshot.runOnOlder', { version: run.snapshotVersion })}</p>}
    </>
  );
}
