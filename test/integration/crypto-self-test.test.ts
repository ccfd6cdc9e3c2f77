/** The crypto self-test passes here, through the contract, before anyone signs in. */
import { describe, expect, it } from 'vitest';
import { makeBackend } from '../helpers/backend';

describe('diagnostics.selfTest', () => {
  it('passes every known-answer and round-trip check, without a session', async () => {
    const t = await makeBackend();
    const r = await t.call('diagnostics.selfTest', {});
    expect(r.checks.map((c) => c.name)).toEqual(['sha-256', 'sha-512', 'blake2b-512', 'ed25519', 'minisign sign and verify', 'scrypt', 'xchacha20-poly1305', 'age x25519', 'sqlite encrypted database']);
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.ok).toBe(true);
    await t.backend.close();
  });
});
