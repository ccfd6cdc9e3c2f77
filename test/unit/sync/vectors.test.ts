/** The vectors in test/vectors are what the code produces from the fixed keys, byte for byte. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Decrypter } from 'age-encryption';
import { buildVectors, FIXED, VECTORS_DIR } from '../../vectors/build-vectors';
import { parseMinisig, parseMinisignPublicKey, verifyMinisign } from '../../../src/main/sync/format/minisign';

const stored = (name: string) => readFileSync(join(VECTORS_DIR, name));
const list = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? list(join(dir, f)) : [relative(VECTORS_DIR, join(dir, f))]));

describe('format test vectors', () => {
  it('rebuild byte for byte from the fixed keys, times and ids', async () => {
    const built = await buildVectors((dir) => stored(`${dir}/payload.age`));
    const onDisk = list(VECTORS_DIR).filter((f) => !f.endsWith('.ts'));
    expect([...built.keys()].sort()).toEqual(onDisk.sort());
    for (const [name, bytes] of built) expect(bytes.equals(stored(name)), name).toBe(true);
  });

  it('payload.age files decrypt to payload.ndjson with the fixed identities', async () => {
    for (const [dir, identity] of [['sync', FIXED.registryAgeIdentity], ['receipt', FIXED.officeAgeIdentity], ['snapshot', FIXED.officeAgeIdentity]] as const) {
      const d = new Decrypter();
      d.addIdentity(identity);
      expect(await d.decrypt(stored(`${dir}/payload.age`), 'text')).toBe(stored(`${dir}/payload.ndjson`).toString('utf8'));
    }
  });

  it('every manifest signature verifies with its public key', () => {
    for (const [dir, pub] of [['sync', 'keys/office.pub'], ['enrollment', 'keys/office.pub'], ['trust', 'keys/registry-root.pub'], ['receipt', 'keys/registry-signing.pub'], ['snapshot', 'keys/registry-signing.pub']]) {
      const sig = parseMinisig(stored(`${dir}/manifest.json.minisig`).toString('utf8'));
      expect(verifyMinisign(sig, stored(`${dir}/manifest.json`), parseMinisignPublicKey(stored(pub!).toString('utf8'))), dir).toBe(true);
    }
  });

  it('update.json’s signature verifies with the registry’s update key, and with no other', () => {
    const sig = parseMinisig(stored('update/update.json.minisig').toString('utf8'));
    const key = (name: string) => parseMinisignPublicKey(stored(`keys/${name}`).toString('utf8'));
    expect(verifyMinisign(sig, stored('update/update.json'), key('registry-update.pub'))).toBe(true);
    expect(verifyMinisign(sig, stored('update/update.json'), key('registry-signing.pub'))).toBe(false);
  });
});
