/** Page-level messages: errors are announced at once (alert), confirmations politely (status). */
import type { ReactNode } from 'react';

export function ErrorMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="message message-error" role="alert">
      {children}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="message message-ok" role="status">
      {children}
    </div>
  );
}
