import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/api/contract';
import { api } from '../api';
import { Form } from '../ui/Form';
import { TextField } from '../ui/fields';
import { ErrorMessage, Notice } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';

export function ChangePassword() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormStatus();

  async function change() {
    setDone(false);
    const input = form.check(contract['auth.changePassword'].input, { currentPassword, newPassword });
    if (!input) return;
    if (!currentPassword) return form.setFieldMessages({ currentPassword: 'required' });
    if (confirm !== newPassword) return form.setFieldMessages({ confirm: 'passwords differ' });
    const ok = await form.submit(async () => {
      await api.call('auth.changePassword', input);
    });
    if (ok) {
      setCurrent('');
      setNew('');
      setConfirm('');
      setDone(true);
    }
  }

  return (
    <section className="settings-section">
      <h2>{t('settings.changePassword')}</h2>
      <ErrorMessage>{form.banner}</ErrorMessage>
      {done && <Notice>{t('settings.passwordChanged')}</Notice>}
      <Form onSubmit={change} aria-label={t('settings.changePassword')}>
        <TextField label={t('settings.currentPassword')} type="password" value={currentPassword} onChange={setCurrent} error={form.fieldError('currentPassword')} autoComplete="current-password" />
        <TextField
          label={t('settings.newPassword')}
          hint={t('setup.passwordHint')}
          type="password"
          value={newPassword}
          onChange={setNew}
          error={form.fieldError('newPassword')}
          autoComplete="new-password"
        />
        <TextField label={t('settings.confirmPassword')} type="password" value={confirm} onChange={setConfirm} error={form.fieldError('confirm')} autoComplete="new-password" />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('settings.changePassword')}
          </button>
        </div>
      </Form>
    </section>
  );
}
