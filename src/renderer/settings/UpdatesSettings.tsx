/**
 * Settings → Updates: what is installed, and an update from a USB folder. The backend checks
 * the registry's signature and the installer before showing anything to install; installing
 * checks again and hands the verified copy to the desktop app's installer, which restarts
 * Homeward. Refusals say why, in the user's language.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../shared/api/contract';
import { formatDateTimeIst } from '../../shared/util/dates';
import { api, asApiError, type ApiError } from '../api';
import { useQuery } from '../api/use-query';
import { describeError } from '../i18n/messages';
import { PathForm } from '../sync/PathForm';
import { SyncError } from '../sync/SyncError';
import { formatBytes, isFullPath } from '../sync/sync-format';
import { ErrorMessage, Notice } from '../ui/messages';

type Status = OutputOf<'updates.status'>;
type Offer = OutputOf<'updates.check'>;

export function UpdatesSettings() {
  const { t } = useTranslation();
  const status = useQuery('updates.status', {});
  if (status.error) return <ErrorMessage>{describeError(t, status.error)}</ErrorMessage>;
  if (!status.data) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <InstalledSection status={status.data} />
      <UpdateSection status={status.data} />
    </>
  );
}

function InstalledSection({ status }: { status: Status }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('updates.installedTitle')}</h2>
      <dl className="facts">
        <dt>{t('updates.version')}</dt>
        <dd className="mono">{status.installedVersion}</dd>
        <dt>{t('updates.installedAs')}</dt>
        <dd>{status.target ? t(`updates.target.${status.target}`) : t('updates.notInstalled')}</dd>
      </dl>
      {!status.hasUpdateKey && <p className="message message-info">{t('updates.noUpdateKey')}</p>}
      {!status.canInstall && <p className="message message-info">{t('updates.webOnly')}</p>}
    </section>
  );
}

function UpdateSection({ status }: { status: Status }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string>();
  const [busy, setBusy] = useState<'checking' | 'installing' | null>(null);
  const [offer, setOffer] = useState<{ folder: string; offer: Offer } | null>(null);
  const [installed, setInstalled] = useState<string | null>(null);
  const [error, setError] = useState<{ during: 'check' | 'install'; error: ApiError } | null>(null);

  async function check() {
    const path = folder.trim();
    setOffer(null);
    setError(null);
    if (!isFullPath(path)) return setFolderError(t('fieldMsg.fullPath'));
    setFolderError(undefined);
    setBusy('checking');
    try {
      setOffer({ folder: path, offer: await api.call('updates.check', { folder: path }) });
    } catch (e) {
      setError({ during: 'check', error: asApiError(e) });
    } finally {
      setBusy(null);
    }
  }

  async function install(from: string) {
    setError(null);
    setBusy('installing');
    try {
      setInstalled((await api.call('updates.install', { folder: from })).version);
    } catch (e) {
      setError({ during: 'install', error: asApiError(e) });
    } finally {
      setBusy(null);
    }
  }

  const found = offer?.offer;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('updates.checkTitle')}</h2>
      <p>{t('updates.checkIntro')}</p>
      <PathForm
        title={t('updates.checkTitle')}
        label={t('updates.folder')}
        hint={t('updates.folderHint')}
        value={folder}
        onChange={setFolder}
        error={folderError}
        submitLabel={t('updates.check')}
        busy={busy !== null || installed !== null}
        onSubmit={check}
      />
      {busy && <p role="status">{t(busy === 'checking' ? 'updates.checking' : 'updates.installing')}</p>}
      {error && <SyncError error={error.error} prefix={t(error.during === 'check' ? 'updates.checkFailed' : 'updates.installFailed')} />}
      {found && offer && (
        <Notice>
          <p>{t('updates.verified', { version: found.version, installed: status.installedVersion })}</p>
          <dl className="facts">
            <dt>{t('updates.installer')}</dt>
            <dd className="mono">{found.installer}</dd>
            <dt>{t('updates.size')}</dt>
            <dd>{formatBytes(found.size)}</dd>
            <dt>{t('updates.signedOn')}</dt>
            <dd>{formatDateTimeIst(found.createdAt).slice(0, 10)}</dd>
          </dl>
          <h3>{t('updates.notes')}</h3>
          <p className="release-notes" lang={i18n.language === 'hi' ? 'hi' : 'en'}>
            {i18n.language === 'hi' ? found.releaseNotes.hi : found.releaseNotes.en}
          </p>
          {status.canInstall && installed === null && (
            <div className="actions">
              <button type="button" className="primary" disabled={busy !== null} onClick={() => void install(offer.folder)}>
                {t('updates.install', { version: found.version })}
              </button>
            </div>
          )}
        </Notice>
      )}
      {installed && <Notice>{t('updates.installed', { version: installed })}</Notice>}
    </section>
  );
}
