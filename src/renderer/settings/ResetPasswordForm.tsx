import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type User } from '../../shared/api/contract';
import { api } from '../api';
import { Form } from '../ui/Form';
import { FormButtons } from '../ui/FormButtons';
import { TextField } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';

interface Props {
  user: User;
  onDone: () => void;
  onCancel: () => void;
}

export function ResetPasswordForm({ user, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useFormStatus();
  const title = t('users.resetFor', { username: user.username });

  async function reset() {
    const input = form.check(contract['users.resetPassword'].input, { id: user.id, password });
    if (!input) return;
    if (confirm !== password) return form.setFieldMessages({ confirm: 'passwords differ' });
    if (await form.submit(async () => void (await api.call('users.resetPassword', input)))) onDone();
  }

  return (
    <div className="panel">
      <h3>{title}</h3>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={reset} onCancel={onCancel} aria-label={title}>
        <TextField
          label={t('users.password')}
          hint={t('setup.passwordHint')}
          type="password"
          value={password}
          onChange={setPassword}
          error={form.fieldError('password')}
          autoComplete="new-password"
          autoFocus
        />
        <TextField label={t('users.confirmPassword')} type="password" value={confirm} onChange={setConfirm} error={form.fieldError('confirm')} autoComplete="new-password" />
        <FormButtons label={t('users.resetPassword')} busy={form.busy} onCancel={onCancel} />
      </Form>
    </div>
  );
}
