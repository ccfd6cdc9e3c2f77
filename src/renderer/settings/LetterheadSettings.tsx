/** Settings › Institution: what heads every printed form besides the registered details. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterheadSchema, LOGO_MAX_BYTES, type Letterhead, type LetterheadDraft } from '../../shared/domain/letterhead';
import { api } from '../api';
import { describeError } from '../i18n/messages';
import { Form, SaveButton } from '../ui/Form';
import { TextAreaField, TextField } from '../ui/fields';
import { blobToBase64 } from '../ui/files';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { useSettings } from './use-settings';

export function LetterheadSettings() {
  const { t } = useTranslation();
  const { settings, error } = useSettings();
  if (error) return <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  if (!settings) return <p role="status">{t('app.loading')}</p>;
  return <LetterheadForm initial={settings.letterhead} />;
}

const text = (v: string | null) => v ?? '';

function LetterheadForm({ initial }: { initial: Letterhead }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LetterheadDraft>({ ...initial, nameLocal: text(initial.nameLocal), addressLocal: text(initial.addressLocal), phone: text(initial.phone), email: text(initial.email) });
  const [logoError, setLogoError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useFormStatus();
  const set = (patch: Partial<LetterheadDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  async function chooseLogo(file: File | undefined) {
    setLogoError(null);
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return setLogoError(t('letterhead.logoWrongType'));
    if (file.size > LOGO_MAX_BYTES) return setLogoError(t('letterhead.logoTooLarge'));
    set({ logo: { mime: file.type, dataBase64: await blobToBase64(file) } });
  }

  async function save() {
    setSaved(false);
    const input = form.check(letterheadSchema, draft);
    if (!input) return;
    if (await form.submit(() => api.call('settings.updateLetterhead', input).then(() => undefined))) setSaved(true);
  }

  const field = (key: 'nameLocal' | 'phone' | 'email') => (
    <TextField label={t(`letterhead.${key}`)} value={text(draft[key] ?? null)} onChange={(v) => set({ [key]: v })} error={form.fieldError(key)} />
  );

  return (
    <section className="settings-section">
      <h2>{t('letterhead.title')}</h2>
      <p className="hint">{t('letterhead.intro')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {saved && <Notice>{t('common.saved')}</Notice>}
      <Form onSubmit={save} aria-label={t('letterhead.title')}>
        {field('nameLocal')}
        <TextAreaField label={t('letterhead.addressLocal')} value={text(draft.addressLocal ?? null)} onChange={(v) => set({ addressLocal: v })} error={form.fieldError('addressLocal')} rows={2} />
        {field('phone')}
        {field('email')}
        <div className="field">
          <label htmlFor="letterhead-logo">{t('letterhead.logo')}</label>
          <input id="letterhead-logo" type="file" accept="image/png,image/jpeg" onChange={(e) => void chooseLogo(e.target.files?.[0])} />
          {(logoError ?? form.fieldError('logo')) && <span className="field-error">{logoError ?? form.fieldError('logo')}</span>}
        </div>
        {draft.logo && (
          <div className="letterhead-logo">
            <img src={`data:${draft.logo.mime};base64,${draft.logo.dataBase64}`} alt={t('letterhead.logoAlt')} />
            <button type="button" onClick={() => set({ logo: null })}>
              {t('letterhead.removeLogo')}
            </button>
          </div>
        )}
        <SaveButton busy={form.busy} />
      </Form>
    </section>
  );
}
