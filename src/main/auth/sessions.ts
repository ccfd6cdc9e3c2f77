/**
 * Signed-in sessions, in memory only. A session idle for longer than the auto-lock time is
 * locked: the next call fails with `session_locked` and the person signs in again.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/api/errors';
import type { Role } from '../../shared/domain/roles';

export interface Session {
  token: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  lastActivity: number;
}

export class Sessions {
  private readonly byToken = new Map<string, Session>();

  constructor(
    private readonly now: () => Date,
    private readonly autoLockMinutes: () => number,
  ) {}

  create(user: Omit<Session, 'token' | 'lastActivity'>): Session {
    const session: Session = { ...user, token: randomBytes(32).toString('hex'), lastActivity: this.now().getTime() };
    this.byToken.set(session.token, session);
    return session;
  }

  /** The live session for a token, refreshed; throws when missing or locked by inactivity. */
  touch(token: string | undefined): Session {
    const session = token ? this.byToken.get(token) : undefined;
    if (!session) throw new AppError('unauthenticated', 'Please sign in.');
    const now = this.now().getTime();
    if (now - session.lastActivity > this.autoLockMinutes() * 60_000) {
      this.byToken.delete(session.token);
      throw new AppError('session_locked', 'Homeward locked itself after a period without use. Please sign in again.');
    }
    session.lastActivity = now;
    return session;
  }

  peek(token: string): Session | undefined {
    return this.byToken.get(token);
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  endForUser(userId: string): void {
    for (const [t, s] of this.byToken) if (s.userId === userId) this.byToken.delete(t);
  }

  /** Drops sessions idle past the auto-lock time; returns how many remain. */
  sweep(): number {
    const now = this.now().getTime();
    for (const [t, s] of this.byToken) if (now - s.lastActivity > this.autoLockMinutes() * 60_000) this.byToken.delete(t);
    return this.byToken.size;
  }

  get count(): number {
    return this.byToken.size;
  }
}
