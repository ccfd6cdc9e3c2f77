/** The people who use Homeward here: roles, who may log in, new users, password resets. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/domain/roles';
import { api, asApiError, type ApiError } from '../api';
import { describeError } from '../i18n/messages';
import { ErrorMessage, Notice } from '../ui/messages';
import { CreateUserForm } from './CreateUserForm';
import { ResetPasswordForm } from './ResetPasswordForm';

export function UsersSettings() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const load = useCallback(() => {
    api
      .call('users.list', {})
      .then(setUsers)
      .catch((e: unknown) => setError(asApiError(e)));
  }, []);
  useEffect(load, [load]);

  async function update(user: User, patch: { role?: Role; active?: boolean }) {
    setError(null);
    setNotice(null);
    try {
      const updated = await api.call('users.update', { id: user.id, ...patch });
      setUsers((us) => us && us.map((u) => (u.id === updated.id ? updated : u)));
      setNotice(t('users.updated', { username: updated.username }));
    } catch (e) {
      setError(asApiError(e));
    }
  }

  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <section className="settings-section">
      <h2>{t('users.title')}</h2>
      {error && <ErrorMessage>{describeError(t, error)}</ErrorMessage>}
      {notice && <Notice>{notice}</Notice>}
      {users === null ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <table className="table" aria-label={t('users.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('users.username')}</th>
              <th scope="col">{t('users.displayName')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.active')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td className="mono">{u.username}</td>
                <td dir="auto">{u.displayName}</td>
                <td>
                  <select aria-label={t('users.roleOf', { username: u.username })} value={u.role} onChange={(e) => void update(u, { role: e.target.value as Role })}>
                    {roleOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="checkbox" aria-label={t('users.activeOf', { username: u.username })} checked={u.active} onChange={(e) => void update(u, { active: e.target.checked })} />
                </td>
                <td>
                  <button type="button" onClick={() => setResetting(u)}>
                    {t('users.resetPassword')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {resetting && (
        <ResetPasswordForm
          key={resetting.id}
          user={resetting}
          onDone={() => {
            setNotice(t('users.resetDone', { username: resetting.username }));
            setResetting(null);
          }}
          onCancel={() => setResetting(null)}
        />
      )}
      <CreateUserForm
        roleOptions={roleOptions}
        onCreated={(u) => {
          setNotice(t('users.created', { username: u.username }));
          load();
        }}
      />
    </section>
  );
}
