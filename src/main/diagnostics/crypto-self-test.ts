/**
 * Known-answer and round-trip checks of every primitive Homeward's records and packages rely
 * on, run where the backend runs. Electron's Node is built on BoringSSL, not OpenSSL, so a
 * primitive that passes in the tests here could be missing or differ in the shipped app; this
 * is how the release smoke test (docs/release.md) finds out, and how support can check a PC.
 */
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { openEncrypted } from '../db/open';
import { newSigningKey, parseMinisig, signMinisign, verifyMinisign } from '../sync/format/minisign';

export interface SelfTestResult {
  ok: boolean;
  checks: { name: string; ok: boolean }[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ABC = Buffer.from('abc');

const CHECKS: Record<string, () => boolean | Promise<boolean>> = {
  // FIPS 180-2 and RFC 7693 "abc" vectors.
  'sha-256': () => createHash('sha256').update(ABC).digest('hex') === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'sha-512': () => createHash('sha512').update(ABC).digest('hex').startsWith('ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a'),
  'blake2b-512': () => hex(blake2b(ABC, { dkLen: 64 })).startsWith('ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1'),
  // RFC 8032 section 7.1, test 1 (empty message).
  ed25519: () => {
    const secret = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
    const signature = hex(ed25519.sign(new Uint8Array(0), secret));
    return (
      hex(ed25519.getPublicKey(secret)) === 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a' &&
      signature === 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'
    );
  },
  'minisign sign and verify': () => {
    const key = newSigningKey();
    const sig = parseMinisig(signMinisign(key, ABC, 'homeward self-test'));
    return verifyMinisign(sig, ABC, key.publicKey) && !verifyMinisign(sig, Buffer.from('abd'), key.publicKey);
  },
  // RFC 7914 section 12, the second vector (what key slots use to stretch passwords).
  scrypt: () =>
    scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex') ===
    'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
  'xchacha20-poly1305': () => {
    const key = randomBytes(32);
    const nonce = randomBytes(24);
    const sealed = xchacha20poly1305(key, nonce).encrypt(ABC);
    const tampered = Uint8Array.from(sealed, (b, i) => (i === 0 ? b ^ 1 : b));
    let refused = false;
    try {
      xchacha20poly1305(key, nonce).decrypt(tampered);
    } catch {
      refused = true;
    }
    return Buffer.from(xchacha20poly1305(key, nonce).decrypt(sealed)).equals(ABC) && refused;
  },
  'age x25519': async () => {
    const identity = await generateX25519Identity();
    const e = new Encrypter();
    e.addRecipient(await identityToRecipient(identity));
    const d = new Decrypter();
    d.addIdentity(identity);
    return (await d.decrypt(await e.encrypt('homeward self-test'), 'text')) === 'homeward self-test';
  },
  'sqlite encrypted database': () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-self-test-'));
    try {
      const file = join(dir, 'test.db');
      const key = randomBytes(32);
      const db = openEncrypted(file, key);
      db.exec('CREATE TABLE t (v TEXT); INSERT INTO t VALUES (\'homeward\')');
      db.close();
      const again = openEncrypted(file, key);
      const value = (again.prepare('SELECT v FROM t').get() as { v: string }).v;
      again.close();
      let wrongKeyRefused = false;
      try {
        openEncrypted(file, randomBytes(32)).close();
      } catch {
        wrongKeyRefused = true;
      }
      return value === 'homeward' && wrongKeyRefused;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export async function cryptoSelfTest(): Promise<SelfTestResult> {
  const checks: SelfTestResult['checks'] = [];
  for (const [name, check] of Object.entries(CHECKS)) {
    // A primitive that throws (missing from this build's crypto) fails its check like a wrong answer.
    const ok = await Promise.resolve()
      .then(check)
      .catch(() => false);
    checks.push({ name, ok });
  }
  return { ok: checks.every((c) => c.ok), checks };
}
