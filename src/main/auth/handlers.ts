/** Setup, sign-in, recovery and user management. */
import { AppError } from '../../shared/api/errors';
import { ROLE_PERMISSIONS } from '../../shared/domain/roles';
import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, type Core } from '../core';
import { SettingsRepo } from '../settings/settings';
import { UsersRepo, toUser } from './users';
import { newRecoveryKey, normaliseRecoveryKey } from './recovery-key';
import type { KeySlot } from './key-slots';
import type { Session } from './sessions';

type AuthMethods =
  | 'setup.status'
  | 'setup.create'
  | 'auth.login'
  | 'auth.recover'
  | 'auth.logout'
  | 'auth.me'
  | 'auth.changePassword'
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.resetPassword';

const WRONG = 'The username or password is not right.';

export function authHandlers(core: Core): Handlers<AuthMethods> {
  const { vault, sessions, now } = core;
  const users = () => new UsersRepo(vault.db(), now);

  const sessionView = (s: Session) => ({
    user: toUser(users().byId(s.userId)),
    permissions: [...ROLE_PERMISSIONS[s.role]],
    autoLockMinutes: vault.keySlots.policy.autoLockMinutes,
  });

  /** Opens a slot or counts a failure; a locked account is refused before any guess is checked. */
  async function unlock(slot: KeySlot | undefined, secret: string): Promise<Uint8Array> {
    const slots = vault.keySlots;
    if (!slot) {
      // Same work as a real attempt, so the time taken does not reveal which usernames exist.
      await slots.open({ ...(slots.find('recovery', null) as KeySlot) }, secret);
      throw new AppError('wrong_password', WRONG);
    }
    const lockedUntil = slot.lockedUntil ? Date.parse(slot.lockedUntil) : 0;
    if (lockedUntil > now().getTime()) {
      const minutes = Math.ceil((lockedUntil - now().getTime()) / 60_000);
      throw new AppError('account_locked', `Too many wrong attempts. This account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`, { minutes });
    }
    const key = await slots.open(slot, secret);
    if (!key) {
      slots.recordFailure(slot, now());
      slots.save();
      throw new AppError('wrong_password', WRONG);
    }
    if (slot.failedAttempts || slot.lockedUntil) {
      slots.recordSuccess(slot);
      slots.save();
    }
    return key;
  }

  return {
    'setup.status': () => ({ setUp: vault.isSetUp, institutionName: vault.isSetUp ? vault.keySlots.label : null }),

    'setup.create': async ({ institution, admin }) => {
      const place = core.geo.canonicalise(institution.state, institution.district);
      const inst = { ...institution, state: place.state!, district: place.district! };
      const { db, key, slots } = vault.create(inst.name);
      try {
        db.transaction(() => {
          const row = new UsersRepo(db, now).insert({ username: admin.username, displayName: admin.displayName, role: 'administrator' }, null);
          new SettingsRepo(db, now).put('institution', inst, { id: row.id, name: row.username });
        })();
        const recoveryKey = newRecoveryKey();
        await slots.put('user', admin.username, admin.password, key);
        await slots.put('recovery', null, normaliseRecoveryKey(recoveryKey), key);
        vault.commitSetup(slots);
        return { recoveryKey };
      } finally {
        // Setup does not sign anyone in: the administrator signs in with the new password.
        vault.close();
      }
    },

    'auth.login': async ({ username, password }) => {
      const key = await unlock(vault.keySlots.find('user', username), password);
      vault.open(key);
      const row = users().byUsername(username);
      if (!row || !row.active) {
        core.closeIfIdle();
        throw new AppError('forbidden', 'This account has been switched off. Ask your administrator.');
      }
      const session = sessions.create({ userId: row.id, username: row.username, displayName: row.display_name, role: toUser(row).role });
      return { sessionToken: session.token, ...sessionView(session) };
    },

    'auth.recover': async ({ recoveryKey, username, newPassword }) => {
      const slots = vault.keySlots;
      const key = await unlock(slots.find('recovery', null), normaliseRecoveryKey(recoveryKey));
      vault.open(key);
      try {
        const row = users().byUsername(username);
        if (!row || !row.active) throw new AppError('not_found', `There is no active account named ${username}.`);
        await slots.put('user', username, newPassword, key);
        slots.save();
        return { ok: true as const };
      } finally {
        core.closeIfIdle();
      }
    },

    'auth.logout': (_input, ctx) => {
      sessions.end(requireSession(ctx).token);
      core.closeIfIdle();
      return { ok: true as const };
    },

    'auth.me': (_input, ctx) => sessionView(requireSession(ctx)),

    'auth.changePassword': async ({ currentPassword, newPassword }, ctx) => {
      const s = requireSession(ctx);
      const slots = vault.keySlots;
      const key = await unlock(slots.find('user', s.username), currentPassword);
      await slots.put('user', s.username, newPassword, key);
      slots.save();
      return { ok: true as const };
    },

    'users.list': () => users().list(),

    'users.create': async ({ username, displayName, role, password }, ctx) => {
      const s = requireSession(ctx);
      const db = vault.db();
      const row = db.transaction(() => users().insert({ username, displayName, role }, actorOf(s)))();
      const slots = vault.keySlots;
      await slots.put('user', username, password, vault.databaseKey());
      slots.save();
      return toUser(row);
    },

    'users.update': ({ id, ...patch }, ctx) => {
      const s = requireSession(ctx);
      const db = vault.db();
      const repo = users();
      const row = db.transaction(() => {
        const before = repo.byId(id);
        if (id === s.userId && patch.active === false) throw new AppError('conflict', 'You cannot switch off your own account.');
        const after = repo.update(id, patch, actorOf(s));
        if (before.role === 'administrator' && repo.activeAdministrators() === 0) {
          throw new AppError('conflict', 'At least one active administrator must remain.');
        }
        return after;
      })();
      if (!row.active) {
        // Someone who has left must not be able to open a copy of the database later.
        vault.keySlots.remove('user', row.username);
        vault.keySlots.save();
        sessions.endForUser(row.id);
      }
      return toUser(row);
    },

    'users.resetPassword': async ({ id, password }) => {
      const row = users().byId(id);
      if (!row.active) throw new AppError('conflict', 'Switch the account on before setting its password.');
      const slots = vault.keySlots;
      await slots.put('user', row.username, password, vault.databaseKey());
      slots.save();
      sessions.endForUser(row.id);
      return { ok: true as const };
    },
  };
}
