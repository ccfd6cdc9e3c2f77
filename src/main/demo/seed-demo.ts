/** Sets up a demo institution with one user per kind of role that shows a difference. */
import { AppError } from '../../shared/api/errors';
import type { Role } from '../../shared/domain/roles';
import type { Sqlite } from '../db/open';
import type { Actor } from '../journal/journal';
import type { Backend } from '../cli/backend-session';

export const DEMO_USERS: { username: string; password: string; role: Role; displayName: string }[] = [
  { username: 'admin', password: 'homeward-demo', role: 'administrator', displayName: 'Demo Administrator' },
  { username: 'caseworker', password: 'homeward-demo', role: 'case-worker', displayName: 'Demo Case Worker' },
];

/** `afterwards` runs signed in as the administrator, once the children are in; its result is returned. */
export async function seedDemo<T>(backend: Backend, addChildren: (db: Sqlite, actor: Actor) => void, afterwards: (session: string) => Promise<T>): Promise<T> {
  const call = async (method: string, input: unknown, session?: string) => {
    const res = await backend.dispatch({ method: method as never, input, session }, 'direct');
    if (!res.ok) throw new AppError(res.error.code, res.error.message);
    return res.result as Record<string, unknown>;
  };
  const [admin, ...others] = DEMO_USERS;
  await call('setup.create', {
    institution: { name: 'Demo Children’s Home (synthetic data)', type: 'childrens-home', registrationNo: 'DEMO/0001', state: 'Bihar', district: 'Patna', address: 'Demo Road, Patna' },
    admin: { username: admin!.username, displayName: admin!.displayName, password: admin!.password },
  });
  const login = await call('auth.login', { username: admin!.username, password: admin!.password });
  const session = login['sessionToken'] as string;
  for (const u of others) await call('users.create', { username: u.username, displayName: u.displayName, role: u.role, password: u.password }, session);
  const user = login['user'] as { id: string; username: string };
  addChildren(backend.core.vault.db(), { id: user.id, name: user.username });
  const result = await afterwards(session);
  await call('auth.logout', {}, session);
  return result;
}
