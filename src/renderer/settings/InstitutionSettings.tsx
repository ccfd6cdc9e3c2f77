import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionSchema, type Institution } from '../../shared/api/contract';
import { api } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { InstitutionFields, type InstitutionDraft } from '../institution/InstitutionFields';
import { Form, SaveButton } from '../ui/Form';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { useSettings } from './use-settings';

export function InstitutionSettings() {
  const { t } = useTranslation();
  const { settings, error } = useSettings();
  if (error) return <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  if (!settings) return <p role="status">{t('app.loading')}</p>;
  return <InstitutionForm initial={settings.institution} />;
}

function InstitutionForm({ initial }: { initial: Institution }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [draft, setDraft] = useState<InstitutionDraft>(initial);
  const [saved, setSaved] = useState(false);
  const form = useFormStatus();

  async function save() {
    setSaved(false);
    const input = form.check(institutionSchema, draft);
    if (!input) return;
    const ok = await form.submit(async () => {
      await api.call('settings.updateInstitution', input);
    });
    if (ok) {
      setSaved(true);
      refresh(); // the header shows the institution's name
    }
  }

  return (
    <section className="settings-section">
      <h2>{t('settings.institution')}</h2>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {saved && <Notice>{t('common.saved')}</Notice>}
      <Form onSubmit={save} aria-label={t('settings.institution')}>
        <InstitutionFields
          value={draft}
          onChange={(patch) => {
            setSaved(false);
            setDraft((d) => ({ ...d, ...patch }));
          }}
          fieldError={form.fieldError}
        />
        <SaveButton busy={form.busy} />
      </Form>
    </section>
  );
}
