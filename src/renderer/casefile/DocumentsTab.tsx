/**
 * Documents: scanned orders, certificates, photos and reports, kept inside the encrypted
 * database. The backend reads each file's real type from its bytes; here the size is checked
 * before sending so a clerk is not kept waiting for a refusal.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../shared/api/casefile-contract';
import { ATTACHMENT_KINDS, ATTACHMENT_LIMITS, ATTACHMENT_TYPES, attachmentInputSchema, type AttachmentMeta } from '../../shared/domain/attachments';
import type { Child } from '../../shared/domain/child';
import { formatDate, formatDateTimeIst, parseDate } from '../../shared/util/dates';
import { api, asApiError } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { FileField, SelectField, TextField } from '../ui/fields';
import { blobToBase64 } from '../ui/files';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { useRemoval } from './form-bits';
import { optionLabel } from './labels';

interface Props {
  child: Child;
  caseFile: CaseFile;
  onChanged: () => void;
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function DocumentsTab({ child, caseFile, onChanged }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const removal = useRemoval(onChanged);
  const { error, setError } = removal;
  const [preview, setPreview] = useState<{ id: string; src: string; title: string } | null>(null);

  async function open(a: AttachmentMeta, save: boolean) {
    try {
      const file = await api.call('attachments.get', { id: a.id });
      setError(null);
      if (save) {
        const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
        link.download = file.fileName;
        link.click();
        URL.revokeObjectURL(link.href);
      } else setPreview({ id: a.id, src: `data:${file.mime};base64,${file.dataBase64}`, title: a.title });
    } catch (e) {
      setError(describeError(t, asApiError(e)));
    }
  }

  const remove = (a: AttachmentMeta) =>
    removal.remove(t('casefile.docs.confirmRemove', { title: a.title }), async () => {
      await api.call('attachments.remove', { id: a.id });
      if (preview?.id === a.id) setPreview(null);
    });

  return (
    <div className="casefile-tab">
      <ErrorMessage>{error}</ErrorMessage>
      <section className="view-section" aria-labelledby="cf-docs">
        <h2 id="cf-docs">{t('casefile.docs.title')}</h2>
        {caseFile.attachments.length === 0 ? (
          <p className="hint">{t('casefile.docs.none')}</p>
        ) : (
          <table className="cf-table">
            <thead>
              <tr>
                <th scope="col">{t('casefile.docs.docTitle')}</th>
                <th scope="col">{t('casefile.docs.kind')}</th>
                <th scope="col">{t('casefile.docs.documentDate')}</th>
                <th scope="col">{t('casefile.docs.file')}</th>
                <th scope="col">{t('casefile.docs.added')}</th>
                <th scope="col">{t('casefile.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {caseFile.attachments.map((a) => (
                <tr key={a.id}>
                  <td dir="auto">{a.title}</td>
                  <td>{optionLabel(t, a.kind)}</td>
                  <td>{a.documentDate ? formatDate(a.documentDate) : t('common.notRecorded')}</td>
                  <td>
                    {ATTACHMENT_TYPES[a.mime]}, {sizeText(a.bytes)}
                  </td>
                  <td>{t('casefile.docs.addedBy', { at: formatDateTimeIst(a.createdAt), by: a.createdBy })}</td>
                  <td className="row-actions">
                    {can('photos.view') && a.mime !== 'application/pdf' && (
                      <button type="button" className="link" onClick={() => void open(a, false)}>
                        {t('casefile.docs.view')}
                      </button>
                    )}
                    {can('photos.view') && (
                      <button type="button" className="link" onClick={() => void open(a, true)}>
                        {t('casefile.docs.saveCopy')}
                      </button>
                    )}
                    {can('children.write') && (
                      <button type="button" className="link" onClick={() => void remove(a)}>
                        {t('casefile.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {preview && (
          <figure className="doc-preview">
            <img src={preview.src} alt={preview.title} />
            <figcaption>
              {preview.title}{' '}
              <button type="button" onClick={() => setPreview(null)}>
                {t('casefile.docs.closePreview')}
              </button>
            </figcaption>
          </figure>
        )}
      </section>
      {can('children.write') && <AddDocument childId={child.id} onAdded={onChanged} />}
    </div>
  );
}

function AddDocument({ childId, onAdded }: { childId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const form = useFormStatus();
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [documentDate, setDocumentDate] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file chooser after a successful upload.
  const [round, setRound] = useState(0);

  async function submit() {
    if (!file) return form.setFieldMessages({ dataBase64: 'choose a file' });
    if (file.size > ATTACHMENT_LIMITS.bytes) return form.setFieldMessages({ dataBase64: 'the file is larger than 5 MB' });
    const date = documentDate.trim();
    const input = form.check(attachmentInputSchema, { childId, kind, title, documentDate: date === '' ? null : (parseDate(date) ?? date), fileName: file.name, dataBase64: await blobToBase64(file) });
    if (!input) return;
    const saved = await form.submit(async () => {
      await api.call('attachments.add', input);
    });
    if (!saved) return;
    setKind('');
    setTitle('');
    setDocumentDate('');
    setFile(null);
    setRound((r) => r + 1);
    onAdded();
  }

  return (
    <section className="view-section" aria-labelledby="cf-add-doc">
      <h2 id="cf-add-doc">{t('casefile.docs.add')}</h2>
      <Form onSubmit={submit} aria-label={t('casefile.docs.add')}>
        <ErrorMessage>{form.banner}</ErrorMessage>
        <SelectField label={t('casefile.docs.kind')} value={kind} onChange={setKind} options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: optionLabel(t, k) }))} placeholder={t('casefile.notChosen')} error={form.fieldError('kind')} />
        <TextField label={t('casefile.docs.docTitle')} value={title} onChange={setTitle} error={form.fieldError('title')} dir="auto" />
        <TextField
          label={`${t('casefile.docs.documentDate')} ${t('common.optional')}`}
          hint={t('common.dateHint')}
          placeholder="dd-mm-yyyy"
          inputMode="numeric"
          value={documentDate}
          onChange={setDocumentDate}
          error={form.fieldError('documentDate')}
          className="date"
        />
        <FileField key={round} label={t('casefile.docs.file')} hint={t('casefile.docs.fileHint')} accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" onChange={setFile} error={form.fieldError('dataBase64')} />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {form.busy ? t('common.saving') : t('casefile.docs.upload')}
          </button>
        </div>
      </Form>
    </section>
  );
}
