/** What every capability's handlers share: the vault, the clock, reference data, sessions, jobs. */
import type { Vault } from './auth/vault';
import type { Sessions, Session } from './auth/sessions';
import type { Geo } from './reference/geo';
import type { JobRunner } from './jobs/runner';
import type { TransportKind } from './backend-types';
import type { Actor } from './journal/journal';
import type { ChildViewer } from './children/service';
import { roleHas } from '../shared/domain/roles';

export interface Core {
  vault: Vault;
  sessions: Sessions;
  geo: Geo;
  jobs: JobRunner;
  resourcesDir: string;
  now: () => Date;
  /** Closes the database when the last session has ended, so the key leaves memory. */
  closeIfIdle(): void;
}

export interface CallContext {
  transport: TransportKind;
  session: Session | null;
}

export function requireSession(ctx: CallContext): Session {
  if (!ctx.session) throw new Error('handler for an authenticated method called without a session');
  return ctx.session;
}

export function actorOf(session: Session): Actor {
  return { id: session.userId, name: session.username };
}

export function viewerOf(session: Session): ChildViewer {
  return { userId: session.userId, canSeeCcl: roleHas(session.role, 'children.viewCcl'), canSeePhotos: roleHas(session.role, 'photos.view') };
}
