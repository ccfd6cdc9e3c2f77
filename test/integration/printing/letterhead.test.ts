import { describe, expect, it } from 'vitest';
import { makeBackend } from '../../helpers/backend';
import { makePortraitPng } from '../../e2e/support/png';
import { LETTERHEAD } from './print-fixture';

async function admin() {
  const t = await makeBackend();
  await t.setup();
  await t.login();
  return t;
}

describe('letterhead settings', () => {
  it('starts empty, saves the extras with a logo, and journals the change', async () => {
    const t = await admin();
    expect((await t.call('settings.get', {})).letterhead).toEqual({ nameLocal: null, addressLocal: null, phone: null, email: null, logo: null });
    const logo = { mime: 'image/png' as const, dataBase64: makePortraitPng(40).toString('base64') };
    await t.call('settings.updateLetterhead', { ...LETTERHEAD, phone: '  ', logo });
    expect((await t.call('settings.get', {})).letterhead).toEqual({ ...LETTERHEAD, phone: null, logo });
    const journal = t.backend.core.vault.db().prepare(`SELECT op FROM journal WHERE entity = 'setting' AND entity_id = 'letterhead'`).all();
    expect(journal).toEqual([{ op: 'create' }]);
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses a logo that is not the image it claims, a bad e-mail, and other roles — changing nothing', async () => {
    const t = await admin();
    const fake = await t.fail('settings.updateLetterhead', { ...LETTERHEAD, logo: { mime: 'image/png', dataBase64: Buffer.from('not a png').toString('base64') } });
    expect(fake).toMatchObject({ code: 'invalid_input', message: 'The logo is not a valid PNG image.', details: { fields: { logo: 'not a valid image' } } });
    expect((await t.fail('settings.updateLetterhead', { ...LETTERHEAD, email: 'office at example' })).details).toMatchObject({ fields: { email: 'an e-mail address' } });
    await t.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'ravi password 1' });
    await t.login('ravi', 'ravi password 1');
    expect((await t.fail('settings.updateLetterhead', LETTERHEAD)).code).toBe('forbidden');
    expect((await t.call('settings.get', {})).letterhead.nameLocal).toBeNull();
  });
});
