import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type Institution } from '../../shared/api/contract';
import { api } from '../api';
import { Form } from '../ui/Form';
import { ErrorMessage } from '../ui/messages';
import { TextField } from '../ui/fields';
import { useFormStatus } from '../ui/use-form-status';

interface Props {
  institution: Institution;
  onBack: () => void;
  onCreated: (recoveryKey: string, username: string) => void;
}

const adminSchema = contract['setup.create'].input.shape.admin;

export function AdminStep({ institution, onBack, onCreated }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useFormStatus();

  async function create() {
    const admin = form.check(adminSchema, { username, displayName, password });
    if (!admin) return;
    if (confirm !== password) return form.setFieldMessages({ confirm: 'passwords differ' });
    await form.submit(async () => {
      const { recoveryKey } = await api.call('setup.create', { institution, admin });
      onCreated(recoveryKey, admin.username);
    }, 'admin');
  }

  return (
    <>
      <h2>{t('setup.adminTitle')}</h2>
      <p>{t('setup.adminIntro')}</p>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={create} onCancel={onBack} aria-label={t('setup.adminTitle')}>
        <TextField
          label={t('setup.username')}
          hint={t('fieldMsg.username')}
          value={username}
          onChange={setUsername}
          error={form.fieldError('username')}
          autoComplete="username"
          spellCheck={false}
          autoFocus
        />
        <TextField label={t('setup.displayName')} value={displayName} onChange={setDisplayName} error={form.fieldError('displayName')} autoComplete="name" />
        <TextField
          label={t('setup.password')}
          hint={t('setup.passwordHint')}
          type="password"
          value={password}
          onChange={setPassword}
          error={form.fieldError('password')}
          autoComplete="new-password"
        />
        <TextField label={t('setup.confirmPassword')} type="password" value={confirm} onChange={setConfirm} error={form.fieldError('confirm')} autoComplete="new-password" />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {form.busy ? t('setup.creating') : t('setup.create')}
          </button>
          <button type="button" onClick={onBack}>
            {t('common.back')}
          </button>
        </div>
      </Form>
    </>
  );
}
