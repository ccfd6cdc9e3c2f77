import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { securitySettingsSchema, type SecuritySettings as Security } from '../../shared/api/contract';
import { api } from '../api';
import { useSession } from '../auth/session';
import { describeError } from '../i18n/messages';
import { Form, SaveButton } from '../ui/Form';
import { TextField } from '../ui/fields';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';
import { useSettings } from './use-settings';

type Draft = Record<keyof Security, string>;
const KEYS = ['autoLockMinutes', 'maxFailedLogins', 'lockoutMinutes'] as const satisfies readonly (keyof Security)[];

export function SecuritySettings() {
  const { t } = useTranslation();
  const { settings, error } = useSettings();
  if (error) return <ErrorMessage>{describeError(t, error)}</ErrorMessage>;
  if (!settings) return <p role="status">{t('app.loading')}</p>;
  return <SecurityForm initial={settings.security} />;
}

function SecurityForm({ initial }: { initial: Security }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [draft, setDraft] = useState<Draft>(() => ({
    autoLockMinutes: String(initial.autoLockMinutes),
    maxFailedLogins: String(initial.maxFailedLogins),
    lockoutMinutes: String(initial.lockoutMinutes),
  }));
  const [saved, setSaved] = useState(false);
  const form = useFormStatus();

  async function save() {
    setSaved(false);
    // Empty or non-numeric text becomes NaN, which the schema rejects as not a number.
    const input = form.check(securitySettingsSchema, Object.fromEntries(KEYS.map((k) => [k, draft[k].trim() === '' ? NaN : Number(draft[k])])));
    if (!input) return;
    const ok = await form.submit(async () => {
      await api.call('settings.updateSecurity', input);
    });
    if (ok) {
      setSaved(true);
      refresh(); // the auto-lock timer of this session follows the new setting
    }
  }

  return (
    <section className="settings-section">
      <h2>{t('settings.security')}</h2>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {saved && <Notice>{t('common.saved')}</Notice>}
      <Form onSubmit={save} aria-label={t('settings.security')}>
        {KEYS.map((k) => (
          <TextField
            key={k}
            label={t(`settings.${k}`)}
            inputMode="numeric"
            className="short"
            value={draft[k]}
            onChange={(v) => setDraft((d) => ({ ...d, [k]: v }))}
            error={form.fieldError(k)}
          />
        ))}
        <SaveButton busy={form.busy} />
      </Form>
    </section>
  );
}
