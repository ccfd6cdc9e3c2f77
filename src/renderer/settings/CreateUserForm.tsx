import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type User } from '../../shared/api/contract';
import { api } from '../api';
import { Form } from '../ui/Form';
import { SelectField, TextField, type Option } from '../ui/fields';
import { ErrorMessage } from '../ui/messages';
import { useFormStatus } from '../ui/use-form-status';

const empty = { username: '', displayName: '', role: '', password: '', confirm: '' };

export function CreateUserForm({ roleOptions, onCreated }: { roleOptions: Option[]; onCreated: (user: User) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(empty);
  const form = useFormStatus();
  const bind = (key: keyof typeof empty) => ({ value: draft[key], onChange: (v: string) => setDraft((d) => ({ ...d, [key]: v })), error: form.fieldError(key) });

  async function create() {
    const { confirm, ...rest } = draft;
    const input = form.check(contract['users.create'].input, rest);
    if (!input) return;
    if (confirm !== draft.password) return form.setFieldMessages({ confirm: 'passwords differ' });
    const ok = await form.submit(async () => onCreated(await api.call('users.create', input)));
    if (ok) setDraft(empty);
  }

  return (
    <div className="panel">
      <h3>{t('users.createTitle')}</h3>
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={create} aria-label={t('users.createTitle')}>
        <TextField label={t('users.username')} hint={t('fieldMsg.username')} {...bind('username')} autoComplete="off" spellCheck={false} />
        <TextField label={t('users.displayName')} {...bind('displayName')} autoComplete="off" />
        <SelectField label={t('users.role')} {...bind('role')} options={roleOptions} placeholder={t('childForm.chooseOne')} />
        <TextField label={t('users.password')} hint={t('setup.passwordHint')} type="password" {...bind('password')} autoComplete="new-password" />
        <TextField label={t('users.confirmPassword')} type="password" {...bind('confirm')} autoComplete="new-password" />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('users.create')}
          </button>
        </div>
      </Form>
    </div>
  );
}
