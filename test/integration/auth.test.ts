import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, makeBackend } from '../helpers/backend';

describe('setup, sign-in and key slots', () => {
  it('sets up, refuses a second setup, and signs the administrator in', async () => {
    const t = await makeBackend();
    expect(await t.call('setup.status', {})).toEqual({ setUp: false, institutionName: null });
    const recoveryKey = await t.setup();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    expect((await t.call('setup.status', {})).setUp).toBe(true);
    expect((await t.fail('setup.create', { institution: { name: 'x', type: 'cwc', state: 'Bihar', district: 'Patna' }, admin: { username: 'bob', displayName: 'Bob', password: 'long enough pw' } })).code).toBe('already_set_up');
    const s = await t.login();
    expect(s.user.role).toBe('administrator');
    expect(s.permissions).toContain('users.manage');
  });

  it('stores no password and no database key in the clear', async () => {
    const t = await makeBackend();
    await t.setup();
    const keys = readFileSync(join(t.dataDir, 'keys.json'), 'utf8');
    expect(keys).not.toContain(ADMIN.password);
    const parsed = JSON.parse(keys) as { slots: { kind: string; username: string | null }[] };
    expect(parsed.slots.map((s) => s.kind).sort()).toEqual(['recovery', 'user']);
  });

  it('refuses a wrong password in plain words and locks the account after repeated failures', async () => {
    const t = await makeBackend();
    await t.setup();
    const wrong = await t.fail('auth.login', { username: ADMIN.username, password: 'not the password' });
    expect(wrong).toMatchObject({ code: 'wrong_password', message: 'The username or password is not right.' });
    expect((await t.fail('auth.login', { username: 'nobody', password: 'whatever123' })).code).toBe('wrong_password');
    for (let i = 0; i < 4; i++) await t.fail('auth.login', { username: ADMIN.username, password: `bad ${i}` });
    const locked = await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(locked.code).toBe('account_locked');
    expect(locked.details).toMatchObject({ minutes: 15 });
  });

  it('unlocks after the lockout time', async () => {
    let clock = Date.parse('2026-11-01T10:00:00Z');
    const t = await makeBackend({ now: () => new Date(clock) });
    await t.setup();
    for (let i = 0; i < 5; i++) await t.fail('auth.login', { username: ADMIN.username, password: `bad ${i}` });
    expect((await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password })).code).toBe('account_locked');
    clock += 16 * 60_000;
    await t.login();
  });

  it('auto-locks an idle session and refuses calls without a session', async () => {
    let clock = Date.parse('2026-11-01T10:00:00Z');
    const t = await makeBackend({ now: () => new Date(clock) });
    await t.setup();
    await t.login();
    await t.call('children.list', {});
    clock += 11 * 60_000;
    expect((await t.fail('children.list', {})).code).toBe('session_locked');
    expect((await t.fail('children.list', {}, undefined)).code).toBe('unauthenticated');
  });

  it('changes a password by rewrapping only that slot', async () => {
    const t = await makeBackend();
    await t.setup();
    await t.login();
    const before = JSON.parse(readFileSync(join(t.dataDir, 'keys.json'), 'utf8')) as { slots: { kind: string; wrappedKey: string }[] };
    await t.call('auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'a brand new passphrase' });
    const after = JSON.parse(readFileSync(join(t.dataDir, 'keys.json'), 'utf8')) as { slots: { kind: string; wrappedKey: string }[] };
    const rec = (f: typeof before) => f.slots.find((s) => s.kind === 'recovery')!.wrappedKey;
    const usr = (f: typeof before) => f.slots.find((s) => s.kind === 'user')!.wrappedKey;
    expect(rec(after)).toBe(rec(before));
    expect(usr(after)).not.toBe(usr(before));
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: ADMIN.username, password: ADMIN.password })).code).toBe('wrong_password');
    await t.login(ADMIN.username, 'a brand new passphrase');
  });

  it('lets the recovery key set a new password, typed in any case and with spaces', async () => {
    const t = await makeBackend();
    const key = await t.setup();
    const typed = key.toLowerCase().replace(/-/g, ' ');
    await t.call('auth.recover', { recoveryKey: typed, username: ADMIN.username, newPassword: 'recovered passphrase' });
    await t.login(ADMIN.username, 'recovered passphrase');
    expect((await t.fail('auth.recover', { recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF', username: ADMIN.username, newPassword: 'another passphrase' })).code).toBe('wrong_password');
  });

  it('any user password opens the database; a switched-off user cannot, even with their password', async () => {
    const t = await makeBackend();
    await t.setup();
    await t.login();
    const u = await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.call('auth.logout', {});
    await t.login('ravi', 'ravi password 1');
    await t.call('auth.logout', {});
    await t.login();
    await t.call('users.update', { id: u.id, active: false });
    await t.call('auth.logout', {});
    expect((await t.fail('auth.login', { username: 'ravi', password: 'ravi password 1' })).code).toBe('wrong_password');
  });

  it('enforces roles in dispatch: a forbidden method is refused', async () => {
    const t = await makeBackend();
    await t.setup();
    await t.login();
    await t.call('users.create', { username: 'audit', displayName: 'Auditor', role: 'auditor', password: 'auditor password' });
    await t.call('auth.logout', {});
    await t.login('audit', 'auditor password');
    const err = await t.fail('users.list', {});
    expect(err).toMatchObject({ code: 'forbidden', details: { permission: 'users.manage' } });
    expect((await t.fail('children.admit', {} as never)).code).toBe('invalid_input');
  });

  it('keeps at least one active administrator', async () => {
    const t = await makeBackend();
    await t.setup();
    const s = await t.login();
    expect((await t.fail('users.update', { id: s.user.id, role: 'case-worker' })).code).toBe('conflict');
    expect((await t.fail('users.update', { id: s.user.id, active: false })).code).toBe('conflict');
  });

  it('never returns a stack trace', async () => {
    const t = await makeBackend();
    const res = await t.raw('no.such.method' as never, {} as never);
    expect(res).toEqual({ ok: false, error: { code: 'unknown_method', message: 'There is no operation called no.such.method.' } });
  });
});
