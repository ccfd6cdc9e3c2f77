import type { Handlers } from '../rpc/handlers';
import { actorOf, requireSession, type Core } from '../core';
import { SettingsRepo } from './settings';
import { AppError } from '../../shared/api/errors';
import { imageDimensions } from '../children/image-dimensions';

/** The logo must be the image it says it is: it is printed on every form. */
function checkLogo(logo: { mime: 'image/jpeg' | 'image/png'; dataBase64: string }): void {
  if (!imageDimensions(Buffer.from(logo.dataBase64, 'base64'), logo.mime)) {
    throw new AppError('invalid_input', `The logo is not a valid ${logo.mime === 'image/png' ? 'PNG' : 'JPEG'} image.`, { fields: { logo: 'not a valid image' } });
  }
}

type SettingsMethods = 'settings.get' | 'settings.updateInstitution' | 'settings.updateLetterhead' | 'settings.updateSecurity' | 'reference.states';

export function settingsHandlers(core: Core): Handlers<SettingsMethods> {
  const repo = () => new SettingsRepo(core.vault.db(), core.now);
  return {
    'settings.get': () => ({ institution: repo().institution(), security: core.vault.keySlots.policy, letterhead: repo().letterhead() }),
    'settings.updateInstitution': (input, ctx) => {
      const place = core.geo.canonicalise(input.state, input.district);
      const inst = { ...input, state: place.state!, district: place.district! };
      const db = core.vault.db();
      db.transaction(() => repo().put('institution', inst, actorOf(requireSession(ctx))))();
      core.vault.keySlots.setLabel(inst.name);
      core.vault.keySlots.save();
      return { ok: true as const };
    },
    'settings.updateLetterhead': (letterhead, ctx) => {
      if (letterhead.logo) checkLogo(letterhead.logo);
      const db = core.vault.db();
      db.transaction(() => repo().put('letterhead', letterhead, actorOf(requireSession(ctx))))();
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
