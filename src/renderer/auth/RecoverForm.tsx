import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/api/contract';
import { api } from '../api';
import { ErrorMessage } from '../ui/messages';
import { Form } from '../ui/Form';
import { TextField } from '../ui/fields';
import { useFormStatus } from '../ui/use-form-status';

interface Props {
  username: string;
  onDone: (username: string) => void;
  onCancel: () => void;
}

export function RecoverForm({ username: initialUsername, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [username, setUsername] = useState(initialUsername);
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useFormStatus();

  async function recover() {
    const input = form.check(contract['auth.recover'].input, { recoveryKey: recoveryKey.trim(), username, newPassword });
    if (!input) return;
    if (!input.recoveryKey) return form.setFieldMessages({ recoveryKey: 'required' });
    if (confirm !== newPassword) return form.setFieldMessages({ confirm: 'passwords differ' });
    const ok = await form.submit(async () => {
      await api.call('auth.recover', input);
    });
    if (ok) onDone(input.username);
  }

  return (
    <main className="narrow-page" id="main">
      <h1>{t('login.recoverTitle')}</h1>
      <p>{t('login.recoverIntro')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={recover} onCancel={onCancel} aria-label={t('login.recoverTitle')}>
        <TextField
          label={t('login.recoveryKey')}
          value={recoveryKey}
          onChange={setRecoveryKey}
          error={form.fieldError('recoveryKey')}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          autoFocus
        />
        <TextField label={t('login.username')} value={username} onChange={setUsername} error={form.fieldError('username')} autoComplete="username" spellCheck={false} />
        <TextField
          label={t('login.newPassword')}
          hint={t('setup.passwordHint')}
          type="password"
          value={newPassword}
          onChange={setNewPassword}
          error={form.fieldError('newPassword')}
          autoComplete="new-password"
        />
        <TextField label={t('login.confirmPassword')} type="password" value={confirm} onChange={setConfirm} error={form.fieldError('confirm')} autoComplete="new-password" />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('login.recoverSubmit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('login.backToLogin')}
          </button>
        </div>
      </Form>
    </main>
  );
}
