import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/api/contract';
import { api } from '../api';
import { ErrorMessage, Notice } from '../ui/messages';
import { Form } from '../ui/Form';
import { TextField } from '../ui/fields';
import { useFormStatus } from '../ui/use-form-status';
import { RecoverForm } from './RecoverForm';
import type { SessionInfo } from './session';

interface Props {
  /** Kept after a lock, so only the password needs typing again. */
  username: string;
  locked: boolean;
  onLoggedIn: (session: SessionInfo, username: string) => void;
}

export function LoginScreen({ username: initialUsername, locked, onLoggedIn }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'login' | 'recover'>('login');
  const [recovered, setRecovered] = useState(false);
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const form = useFormStatus();

  if (mode === 'recover') {
    return (
      <RecoverForm
        username={username}
        onDone={(u) => {
          setUsername(u);
          setRecovered(true);
          setMode('login');
        }}
        onCancel={() => setMode('login')}
      />
    );
  }

  async function login() {
    const input = form.check(contract['auth.login'].input, { username, password });
    if (!input) return;
    if (!password) return form.setFieldMessages({ password: 'required' });
    await form.submit(async () => {
      const { sessionToken, ...session } = await api.call('auth.login', input);
      api.setSession(sessionToken);
      onLoggedIn(session, input.username);
    });
    setPassword('');
  }

  return (
    <main className="narrow-page" id="main">
      <h1>{t('login.title')}</h1>
      {locked && <Notice>{t('login.lockedNotice')}</Notice>}
      {recovered && <Notice>{t('login.recoverDone')}</Notice>}
      <ErrorMessage>{form.banner}</ErrorMessage>
      <Form onSubmit={login} aria-label={t('login.title')}>
        <TextField
          label={t('login.username')}
          value={username}
          onChange={setUsername}
          error={form.fieldError('username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus={!username}
        />
        <TextField
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          error={form.fieldError('password')}
          autoComplete="current-password"
          autoFocus={!!username}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {form.busy ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </Form>
      <p>
        <button type="button" className="link" onClick={() => setMode('recover')}>
          {t('login.forgot')}
        </button>
      </p>
    </main>
  );
}
