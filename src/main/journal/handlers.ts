import type { Handlers } from '../rpc/handlers';
import type { Core } from '../core';
import { verifyJournal } from './verify';

export function journalHandlers(core: Core): Handlers<'audit.verify'> {
  return { 'audit.verify': () => verifyJournal(core.vault.db()) };
}
