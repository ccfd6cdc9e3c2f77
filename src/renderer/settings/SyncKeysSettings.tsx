/**
 * Settings → Sync and keys: this office's id and keys (fingerprints grouped for reading out
 * over the phone), the public key for minisign, enrollment, the registry's trust list, key
 * rotation, and the sync warning. Whoever syncs may look; keys.manage changes keys and trust,
 * settings.manage the warning.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type OutputOf } from '../../shared/api/contract';
import { formatDateTimeIst } from '../../shared/util/dates';
import { api, asApiError, type ApiError } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { SyncError } from '../sync/SyncError';
import { folderSchema, groupFingerprint, lastFolder, rememberFolder } from '../sync/sync-format';
import { useSyncStatus, type SyncStatus } from '../sync/use-sync-status';
import { blobToBase64 } from '../ui/files';
import { Form, SaveButton } from '../ui/Form';
import { FileField, TextAreaField, TextField } from '../ui/fields';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { PathForm } from '../sync/PathForm';

type Keys = OutputOf<'keys.show'>;
type OfficeKey = Keys['keys'][number];

/** `keys.show`, with a reload after keys are made or rotated. */
function useKeys() {
  const [keys, setKeys] = useState<Keys | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api
      .call('keys.show', {})
      .then((k) => live && setKeys(k))
      .catch((e: unknown) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [version]);
  return { keys, error, reload: useCallback(() => setVersion((v) => v + 1), []) };
}

const dateOf = (iso: string) => formatDateTimeIst(iso).slice(0, 10);

export function SyncKeysSettings() {
  const { t } = useTranslation();
  const { can } = useSession();
  const mayManage = can('keys.manage');
  const keys = useKeys();
  const sync = useSyncStatus(can('sync.run'));
  const { reload: reloadKeys } = keys;
  const { reload: reloadStatus } = sync;
  const reloadAll = useCallback(() => {
    reloadKeys();
    reloadStatus();
  }, [reloadKeys, reloadStatus]);

  if (keys.error) return <ErrorMessage>{describeError(t, keys.error)}</ErrorMessage>;
  if (!keys.keys) return <p role="status">{t('app.loading')}</p>;
  const signing = keys.keys.keys.find((k) => k.purpose === 'signing' && k.status === 'active');

  return (
    <>
      {!mayManage && <p className="message message-info">{t('syncKeys.viewOnly')}</p>}
      <OfficeSection keys={keys.keys} mayManage={mayManage} onChanged={reloadAll} />
      {keys.keys.officeId !== null && mayManage && <EnrollSection fingerprint={signing?.fingerprint ?? null} />}
      <TrustSection status={sync.status} error={sync.error} mayManage={mayManage} onImported={reloadAll} />
      {keys.keys.officeId !== null && mayManage && <RotateSection onRotated={reloadAll} />}
      {can('settings.manage') && sync.status && <WarningSection initial={sync.status.warnAfterDays} onSaved={sync.reload} />}
    </>
  );
}

function OfficeSection({ keys, mayManage, onChanged }: { keys: Keys; mayManage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [created, setCreated] = useState(false);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);

  async function create() {
    setCreated(false);
    const ok = await form.submit(async () => {
      await api.call('keys.create', {});
    });
    if (ok) {
      setCreated(true);
      onChanged();
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="settings-section" aria-labelledby="keys-office-title">
      <h2 id="keys-office-title">{t('syncKeys.officeTitle')}</h2>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {created && <Notice>{t('syncKeys.created')}</Notice>}
      {keys.officeId === null ? (
        <>
          <p>{t('syncKeys.noKeys')}</p>
          {mayManage && (
            <div className="actions">
              <button type="button" className="primary" onClick={() => void create()} disabled={form.busy}>
                {t('syncKeys.create')}
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          <dl className="fields">
            <div className="sync-wide">
              <dt>{t('syncKeys.officeId')}</dt>
              <dd className="mono" translate="no">
                {keys.officeId}
              </dd>
            </div>
          </dl>
          <h3>{t('syncKeys.keysTitle')}</h3>
          <p className="hint">{t('syncKeys.keysIntro')}</p>
          <KeysTable keys={keys.keys} />
          {keys.minisignPublicKey && (
            <>
              <TextAreaField
                label={t('syncKeys.publicKey')}
                hint={t('syncKeys.publicKeyHint')}
                value={keys.minisignPublicKey}
                onChange={() => {}}
                readOnly
                rows={2}
                className="mono public-key"
                spellCheck={false}
                translate="no"
              />
              <div className="actions">
                <button type="button" onClick={() => void copy(keys.minisignPublicKey ?? '')}>
                  {t('syncKeys.copy')}
                </button>
                {copied === 'ok' && <span role="status">{t('syncKeys.copied')}</span>}
                {copied === 'failed' && <span role="alert">{t('syncKeys.copyFailed')}</span>}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

function KeysTable({ keys }: { keys: readonly OfficeKey[] }) {
  const { t } = useTranslation();
  const purpose = (k: OfficeKey) => (k.purpose === 'signing' ? t('syncKeys.purposeSigning') : t('syncKeys.purposeEncryption'));
  const status = (k: OfficeKey) => (k.status === 'active' ? t('syncKeys.statusActive') : k.status === 'pending' ? t('syncKeys.statusPending') : t('syncKeys.statusRetired'));
  // In use first, then new, then retired; signing before encryption.
  const order = { active: 0, pending: 1, retired: 2 } as const;
  const sorted = [...keys].sort((a, b) => order[a.status] - order[b.status] || a.purpose.localeCompare(b.purpose) * -1 || b.createdAt.localeCompare(a.createdAt));
  return (
    <table className="table keys-table" aria-label={t('syncKeys.keysLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('syncKeys.purpose')}</th>
          <th scope="col">{t('syncKeys.status')}</th>
          <th scope="col">{t('syncKeys.keyId')}</th>
          <th scope="col">{t('syncKeys.fingerprint')}</th>
          <th scope="col">{t('syncKeys.createdAt')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((k) => (
          <tr key={`${k.purpose}-${k.keyId}`} className={k.status === 'retired' ? 'key-retired' : undefined}>
            <td>{purpose(k)}</td>
            <td>{status(k)}</td>
            <td className="mono" translate="no">
              {k.keyId}
            </td>
            <td className="mono fingerprint" translate="no">
              {groupFingerprint(k.fingerprint)}
            </td>
            <td>{dateOf(k.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EnrollSection({ fingerprint }: { fingerprint: string | null }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [folder, setFolder] = useState(lastFolder);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function write() {
    setWritten(null);
    setError(null);
    const input = form.check(folderSchema, { outDir: folder });
    if (!input) return;
    rememberFolder(input.outDir);
    try {
      setWritten((await api.call('keys.enrollmentRequest', input)).file);
    } catch (e) {
      setError(asApiError(e));
    }
  }

  return (
    <section className="settings-section" aria-labelledby="keys-enroll-title">
      <h2 id="keys-enroll-title">{t('syncKeys.enrollTitle')}</h2>
      <p>{t('syncKeys.enrollIntro')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <PathForm
        title={t('syncKeys.enrollTitle')}
        label={t('sync.folder')}
        hint={t('sync.folderHint')}
        value={folder}
        onChange={setFolder}
        error={form.fieldError('outDir')}
        submitLabel={t('syncKeys.enrollButton')}
        onSubmit={write}
      />
      {written && (
        <Notice>
          <p>{t('syncKeys.enrollDone')}</p>
          <p className="mono sync-file">{written}</p>
          {fingerprint && <p>{t('syncKeys.enrollFingerprint', { fingerprint: groupFingerprint(fingerprint) })}</p>}
        </Notice>
      )}
      {error && <SyncError error={error} internalHint={t('sync.checkFolder')} />}
    </section>
  );
}

interface TrustProps {
  status: SyncStatus | null;
  error: ApiError | null;
  mayManage: boolean;
  onImported: () => void;
}

function TrustSection({ status, error, mayManage, onImported }: TrustProps) {
  const { t } = useTranslation();
  const trust = status?.trust ?? null;
  return (
    <section className="settings-section" aria-labelledby="keys-trust-title">
      <h2 id="keys-trust-title">{t('syncKeys.trustTitle')}</h2>
      <p>{t('syncKeys.trustIntro')}</p>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {status && !trust && <p className="message message-info">{t('syncKeys.trustNone')}</p>}
      {trust && (
        <dl className="fields">
          <div>
            <dt>{t('syncKeys.registry')}</dt>
            <dd>{trust.registryName}</dd>
          </div>
          <div>
            <dt>{t('syncKeys.version')}</dt>
            <dd>{trust.version}</dd>
          </div>
          <div>
            <dt>{t('syncKeys.validUntil')}</dt>
            <dd className={trust.expired ? 'sync-late' : undefined}>{trust.expired ? t('syncKeys.expired', { date: dateOf(trust.expiresAt) }) : dateOf(trust.expiresAt)}</dd>
          </div>
          <div>
            <dt>{t('syncKeys.enrolled')}</dt>
            <dd>{trust.enrolled ? t('syncKeys.enrolledYes') : t('syncKeys.enrolledNo')}</dd>
          </div>
          <div className="sync-wide">
            <dt>{t('syncKeys.rootFingerprint')}</dt>
            <dd className="mono fingerprint" translate="no">
              {groupFingerprint(trust.rootFingerprint)}
            </dd>
          </div>
        </dl>
      )}
      {mayManage && <TrustImportForm onImported={onImported} />}
    </section>
  );
}

function TrustImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [file, setFile] = useState<File | null>(null);
  const [root, setRoot] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const [imported, setImported] = useState<OutputOf<'trust.import'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function importTrust() {
    setImported(null);
    setError(null);
    form.clear();
    if (!file) {
      form.setFieldMessages({ file: 'required' });
      return;
    }
    const rootFingerprint = root.trim();
    try {
      const dataBase64 = await blobToBase64(file);
      const summary = await api.call('trust.import', rootFingerprint ? { dataBase64, rootFingerprint } : { dataBase64 });
      setImported(summary);
      setFile(null);
      setFileKey((k) => k + 1);
      onImported();
    } catch (e) {
      setError(asApiError(e));
    }
  }

  return (
    <>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={importTrust} aria-label={t('syncKeys.trustImport')}>
        <FileField key={fileKey} label={t('syncKeys.trustFile')} accept=".hwpkg" onChange={setFile} error={form.fieldError('file')} />
        <TextField
          label={`${t('syncKeys.trustRoot')} ${t('common.optional')}`}
          hint={t('syncKeys.trustRootHint')}
          value={root}
          onChange={setRoot}
          className="mono path"
          spellCheck={false}
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('syncKeys.trustImport')}
          </button>
        </div>
      </Form>
      {imported && <Notice>{t('syncKeys.trustImported', { version: imported.version, registry: imported.registryName })}</Notice>}
      {error && <SyncError error={error} />}
    </>
  );
}

function RotateSection({ onRotated }: { onRotated: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => openButton.current?.focus());
  }

  async function rotate() {
    setBusy(true);
    setError(null);
    try {
      await api.call('keys.rotate', {});
      setDone(true);
      setConfirming(false);
      onRotated();
    } catch (e) {
      setError(asApiError(e));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    }
  };

  return (
    <section className="settings-section" aria-labelledby="keys-rotate-title">
      <h2 id="keys-rotate-title">{t('syncKeys.rotateTitle')}</h2>
      <p>{t('syncKeys.rotateIntro')}</p>
      {!confirming && (
        <div className="actions">
          <button
            type="button"
            ref={openButton}
            onClick={() => {
              setDone(false);
              setError(null);
              setConfirming(true);
            }}
          >
            {t('syncKeys.rotateButton')}
          </button>
        </div>
      )}
      {confirming && (
        <div className="message message-warning" role="group" aria-label={t('syncKeys.rotateTitle')} onKeyDown={onKeyDown}>
          <p>{t('syncKeys.rotateConfirmText')}</p>
          <div className="actions">
            <button type="button" className="primary" ref={confirmButton} onClick={() => void rotate()} disabled={busy}>
              {t('syncKeys.rotateConfirm')}
            </button>
            <button type="button" onClick={cancel} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && <Notice>{t('syncKeys.rotated')}</Notice>}
      {error && (error.code === 'conflict' ? <p className="message message-info">{t('syncKeys.rotationWaiting')}</p> : <SyncError error={error} />)}
    </section>
  );
}

const warnSchema = contract['sync.updateSettings'].input;

function WarningSection({ initial, onSaved }: { initial: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [days, setDays] = useState(String(initial));
  const [saved, setSaved] = useState(false);

  async function save() {
    setSaved(false);
    const input = form.check(warnSchema, { warnAfterDays: days.trim() === '' ? NaN : Number(days) });
    if (!input) return;
    const ok = await form.submit(async () => {
      await api.call('sync.updateSettings', input);
    });
    if (ok) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <section className="settings-section" aria-labelledby="keys-warn-title">
      <h2 id="keys-warn-title">{t('syncKeys.warnTitle')}</h2>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {saved && <Notice>{t('common.saved')}</Notice>}
      <Form onSubmit={save} aria-label={t('syncKeys.warnTitle')}>
        <TextField label={t('syncKeys.warnAfterDays')} hint={t('syncKeys.warnHint')} inputMode="numeric" className="short" value={days} onChange={setDays} error={form.fieldError('warnAfterDays')} />
        <SaveButton busy={form.busy} />
      </Form>
    </section>
  );
}
