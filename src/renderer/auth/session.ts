/** Who is logged in, what they may do, and the actions that end the session. */
import { createContext, useContext } from 'react';
import type { OutputOf } from '../../shared/api/contract';
import type { Permission } from '../../shared/domain/roles';

export type SessionInfo = OutputOf<'auth.me'>;

export interface SessionValue {
  session: SessionInfo;
  institutionName: string;
  /** Hides what the role could not do anyway; the backend enforces it regardless. */
  can: (permission: Permission) => boolean;
  lock: () => void;
  logout: () => void;
  /** After Settings changes: keep the header and the auto-lock timer in step. */
  refresh: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a logged-in screen');
  return value;
}
