/**
 * Detached signatures in minisign's format, so that the stock `minisign -V` verifies what
 * Homeward signs. Ed25519 over the BLAKE2b-512 hash of the file ("ED", prehashed), then a
 * global signature over (signature ‖ trusted comment) that binds the comment.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { createHash } from 'node:crypto';
import { refuse } from './refusal';

export interface SigningKey {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** 8 bytes naming a key: the first 8 bytes of SHA-256 of the public key. */
export function keyIdBytes(publicKey: Uint8Array): Uint8Array {
  return createHash('sha256').update(publicKey).digest().subarray(0, 8);
}

/** The key id as minisign prints it: the 8 bytes read as a little-endian integer, in upper-case hex. */
export function keyIdText(id: Uint8Array): string {
  return Buffer.from(id).reverse().toString('hex').toUpperCase();
}

export const keyIdOf = (publicKey: Uint8Array) => keyIdText(keyIdBytes(publicKey));

/** SHA-256 of the public key, in hex: what two people compare by phone before trusting a key. */
export const fingerprintOf = (publicKey: Uint8Array) => createHash('sha256').update(publicKey).digest('hex');

export function newSigningKey(): SigningKey {
  const secretKey = ed25519.utils.randomSecretKey();
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function signingKeyFromSecret(secretKey: Uint8Array): SigningKey {
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

/** The public key file (`minisign -p FILE`). */
export function minisignPublicKey(publicKey: Uint8Array): string {
  const id = keyIdBytes(publicKey);
  const body = Buffer.concat([Buffer.from('Ed'), id, publicKey]).toString('base64');
  return `untrusted comment: minisign public key ${keyIdText(id)}\n${body}\n`;
}

export function parseMinisignPublicKey(text: string): Uint8Array {
  const lines = text.split('\n');
  const raw = Buffer.from(lines[1] ?? '', 'base64');
  if (lines.length !== 3 || lines[2] !== '' || !lines[0]!.startsWith('untrusted comment: ') || raw.length !== 42 || raw.subarray(0, 2).toString() !== 'Ed') {
    refuse('bad_signature', 'The public key in the package is not a minisign Ed25519 public key.');
  }
  const publicKey = new Uint8Array(raw.subarray(10));
  if (!Buffer.from(keyIdBytes(publicKey)).equals(raw.subarray(2, 10))) refuse('bad_signature', 'The public key in the package names the wrong key id.');
  return publicKey;
}

const prehash = (message: Uint8Array) => blake2b(message, { dkLen: 64 });

export function signMinisign(key: SigningKey, message: Uint8Array, trustedComment: string): string {
  if (/[\r\n]/.test(trustedComment)) throw new Error('a trusted comment is one line');
  const signature = ed25519.sign(prehash(message), key.secretKey);
  const global = ed25519.sign(Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), key.secretKey);
  const sigLine = Buffer.concat([Buffer.from('ED'), keyIdBytes(key.publicKey), signature]).toString('base64');
  return `untrusted comment: signature from homeward\n${sigLine}\ntrusted comment: ${trustedComment}\n${Buffer.from(global).toString('base64')}\n`;
}

export interface ParsedSignature {
  keyId: string;
  signature: Uint8Array;
  trustedComment: string;
  globalSignature: Uint8Array;
}

/** Splits a .minisig file strictly: four lines, the prehashed algorithm, exact lengths. */
export function parseMinisig(text: string): ParsedSignature {
  const bad = () => refuse('bad_signature', 'The signature file (manifest.json.minisig) is damaged or not a minisign signature.');
  const lines = text.split('\n');
  if (lines.length !== 5 || lines[4] !== '' || !lines[0]!.startsWith('untrusted comment: ') || !lines[2]!.startsWith('trusted comment: ')) bad();
  const sig = Buffer.from(lines[1]!, 'base64');
  const global = Buffer.from(lines[3]!, 'base64');
  if (sig.length !== 74 || global.length !== 64 || sig.subarray(0, 2).toString() !== 'ED') bad();
  if (sig.toString('base64') !== lines[1] || global.toString('base64') !== lines[3]) bad();
  return {
    keyId: keyIdText(sig.subarray(2, 10)),
    signature: new Uint8Array(sig.subarray(10)),
    trustedComment: lines[2]!.slice('trusted comment: '.length),
    globalSignature: new Uint8Array(global),
  };
}

/** True when both signatures verify under `publicKey` (strict RFC 8032 verification). */
export function verifyMinisign(sig: ParsedSignature, message: Uint8Array, publicKey: Uint8Array): boolean {
  const opts = { zip215: false };
  return (
    ed25519.verify(sig.signature, prehash(message), publicKey, opts) &&
    ed25519.verify(sig.globalSignature, Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]), publicKey, opts)
  );
}
