/** User accounts (who they are and their role). Their secrets live only in key slots. */
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../shared/api/errors';
import type { User } from '../../shared/api/contract';
import type { Role } from '../../shared/domain/roles';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';

export interface UserDbRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export const userImage = (r: UserDbRow) => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active === 1, createdAt: r.created_at, updatedAt: r.updated_at });

export const toUser = (r: UserDbRow): User => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role as Role, active: r.active === 1, createdAt: r.created_at });

export class UsersRepo {
  constructor(
    private readonly db: Sqlite,
    private readonly now: () => Date,
  ) {}

  byUsername(username: string): UserDbRow | undefined {
    return this.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserDbRow | undefined;
  }

  byId(id: string): UserDbRow {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserDbRow | undefined;
    if (!row) throw new AppError('not_found', 'No such user account.');
    return row;
  }

  list(): User[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY username').all() as UserDbRow[]).map(toUser);
  }

  /** Inserts the account and its journal entry; the caller owns the transaction. */
  insert(u: { username: string; displayName: string; role: Role }, actor: Actor | null): UserDbRow {
    if (this.byUsername(u.username)) throw new AppError('conflict', `The username ${u.username} is taken.`, { fields: { username: 'already taken' } });
    const at = this.now().toISOString();
    const id = uuidv7();
    this.db.prepare('INSERT INTO users (id, username, display_name, role, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)').run(id, u.username, u.displayName, u.role, at, at);
    const row = this.byId(id);
    appendJournal(this.db, { actor: actor ?? { id, name: u.username }, at, entity: 'user', entityId: id, op: 'create', before: null, after: userImage(row) });
    return row;
  }

  update(id: string, patch: { displayName?: string; role?: Role; active?: boolean }, actor: Actor): UserDbRow {
    const before = this.byId(id);
    const at = this.now().toISOString();
    this.db
      .prepare('UPDATE users SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?')
      .run(patch.displayName ?? before.display_name, patch.role ?? before.role, patch.active === undefined ? before.active : patch.active ? 1 : 0, at, id);
    const after = this.byId(id);
    appendJournal(this.db, { actor, at, entity: 'user', entityId: id, op: 'update', before: userImage(before), after: userImage(after) });
    return after;
  }

  activeAdministrators(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM users WHERE role = 'administrator' AND active = 1`).get() as { n: number }).n;
  }
}
