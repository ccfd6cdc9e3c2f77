/**
 * Where the window is: starting, first-run setup, login, or the app itself. The session token
 * lives in the api client; this component only tracks which screen to show.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../shared/domain/roles';
import { api, asApiError, type ApiError } from './api';
import { LoginScreen } from './auth/LoginScreen';
import { SessionContext, type SessionInfo, type SessionValue } from './auth/session';
import { describeError } from './i18n/messages';
import { SetupWizard } from './setup/SetupWizard';
import { AppShell } from './shell/AppShell';
import { Header } from './shell/Header';
import { navigate } from './shell/router';
import { ErrorMessage } from './ui/messages';

type Stage =
  | { kind: 'starting' }
  | { kind: 'unavailable'; error: ApiError }
  | { kind: 'setup' }
  | { kind: 'login'; username: string; locked: boolean }
  | { kind: 'app'; session: SessionInfo; username: string };

export function App() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'starting' });
  const [institutionName, setInstitutionName] = useState<string | null>(null);

  const start = useCallback(() => {
    setStage({ kind: 'starting' });
    api
      .call('setup.status', {})
      .then((s) => {
        setInstitutionName(s.institutionName);
        setStage(s.setUp ? { kind: 'login', username: '', locked: false } : { kind: 'setup' });
      })
      .catch((e: unknown) => setStage({ kind: 'unavailable', error: asApiError(e) }));
  }, []);

  useEffect(start, [start]);

  // The backend locked or expired the session: back to login, keeping who it was.
  useEffect(() => {
    api.setOnSessionLost(() => setStage((s) => (s.kind === 'app' ? { kind: 'login', username: s.username, locked: true } : s)));
  }, []);

  const endSession = useCallback((keepUser: boolean) => {
    // The call reads the token before it is dropped; the screen clears without waiting.
    void api.call('auth.logout', {}).catch(() => {});
    api.setSession(null);
    // After a lock the same person carries on where they were; after a logout the next starts at Home.
    if (!keepUser) navigate({ area: 'home' });
    setStage((s) => (s.kind === 'app' ? { kind: 'login', username: keepUser ? s.username : '', locked: keepUser } : s));
  }, []);

  const refresh = useCallback(() => {
    void Promise.all([api.call('auth.me', {}), api.call('setup.status', {})])
      .then(([session, status]) => {
        setInstitutionName(status.institutionName);
        setStage((s) => (s.kind === 'app' ? { ...s, session } : s));
      })
      .catch(() => {
        // A failed refresh leaves the old header; a lost session is handled by the client.
      });
  }, []);

  const session = stage.kind === 'app' ? stage.session : null;
  const value = useMemo<SessionValue | null>(
    () =>
      session && {
        session,
        institutionName: institutionName ?? '',
        can: (p: Permission) => session.permissions.includes(p),
        lock: () => endSession(true),
        logout: () => endSession(false),
        refresh,
      },
    [session, institutionName, endSession, refresh],
  );

  if (value) {
    return (
      <SessionContext.Provider value={value}>
        <AppShell />
      </SessionContext.Provider>
    );
  }

  return (
    <div className="app">
      <Header institutionName={institutionName} />
      {stage.kind === 'starting' && <p className="narrow-page">{t('app.loading')}</p>}
      {stage.kind === 'unavailable' && (
        <main className="narrow-page" id="main">
          <ErrorMessage>{describeError(t, stage.error)}</ErrorMessage>
          <button type="button" onClick={start}>
            {t('common.retry')}
          </button>
        </main>
      )}
      {stage.kind === 'setup' && (
        <SetupWizard
          onDone={(username) => {
            void api.call('setup.status', {}).then((s) => setInstitutionName(s.institutionName));
            setStage({ kind: 'login', username, locked: false });
          }}
        />
      )}
      {stage.kind === 'login' && (
        <LoginScreen
          key={stage.username}
          username={stage.username}
          locked={stage.locked}
          onLoggedIn={(s, username) => setStage({ kind: 'app', session: s, username })}
        />
      )}
    </div>
  );
}
