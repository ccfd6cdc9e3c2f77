import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, type Core } from '../core';
import { SettingsRepo } from './settings';

type SettingsMethods = 'settings.get' | 'settings.updateInstitution' | 'settings.updateSecurity' | 'reference.states';

export function settingsHandlers(core: Core): Handlers<SettingsMethods> {
  const repo = () => new SettingsRepo(core.vault.db(), core.now);
  return {
    'settings.get': () => ({ institution: repo().institution(), security: core.vault.keySlots.policy }),
    'settings.updateInstitution': (input, ctx) => {
      const place = core.geo.canonicalise(input.state, input.district);
      const inst = { ...input, state: place.state!, district: place.district! };
      const db = core.vault.db();
      db.transaction(() => repo().put('institution', inst, actorOf(requireSession(ctx))))();
      core.vault.keySlots.setLabel(inst.name);
      core.vault.keySlots.save();
      return { ok: true as const };
    },
    'settings.updateSecurity': (policy, ctx) => {
      const db = core.vault.db();
      // Journaled for the audit trail; the copy in the key file is the one sign-in reads.
      db.transaction(() => repo().put('security', policy, actorOf(requireSession(ctx))))();
      core.vault.keySlots.setPolicy(policy);
      core.vault.keySlots.save();
      return { ok: true as const };
    },
    'reference.states': () => core.geo.states,
  };
}
