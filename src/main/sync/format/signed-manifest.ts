/**
 * The first steps of every import, in this order: read the raw manifest, verify its
 * signature with a key the caller trusts for this kind, and only then parse it, strictly.
 * The parsed manifest must also be byte-for-byte canonical and name the key that signed it.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { MANIFEST, SIGNATURE } from './container';
import { manifestBytes, trustedCommentFor, type PackageKind } from './manifest';
import { parseMinisig, verifyMinisign } from './minisign';
import type { OpenContainer } from './read-container';
import { refuse } from './refusal';

export interface SignedManifest<T> {
  manifest: T;
  /** SHA-256 of the raw manifest bytes: what `prev` and receipts refer to. */
  sha256: string;
  keyId: string;
}

type Kinded = { kind: PackageKind; packageId: string; origin: { keyId: string }; entries: readonly { size: number }[] };

export async function readSignedManifest<S extends z.ZodType<Kinded>>(
  container: OpenContainer,
  schema: S,
  /** The public key for a key id, or a refusal saying why that key is not trusted here. */
  trustedKey: (keyId: string) => Uint8Array | Promise<Uint8Array>,
): Promise<SignedManifest<z.infer<S>>> {
  const raw = await container.read(MANIFEST);
  let sigText: string;
  try {
    sigText = new TextDecoder('utf-8', { fatal: true }).decode(await container.read(SIGNATURE));
  } catch {
    return refuse('bad_signature', 'The signature file (manifest.json.minisig) is not text.');
  }
  const sig = parseMinisig(sigText);
  const publicKey = await trustedKey(sig.keyId);
  if (!verifyMinisign(sig, raw, publicKey)) {
    refuse('bad_signature', 'The signature does not match the manifest: the package was altered after it was signed, or the signature belongs to another package.');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return refuse('bad_manifest', 'The manifest is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse('bad_manifest', `The manifest is not one this version understands (${issue.path.join('.') || 'manifest'}: ${issue.message}).`);
  }
  const manifest = parsed.data as z.infer<S>;
  if (!manifestBytes(manifest).equals(raw)) refuse('bad_manifest', 'The manifest is not in canonical form.');
  if (sig.trustedComment !== trustedCommentFor(manifest.kind, manifest.packageId)) refuse('bad_signature', 'The signature’s trusted comment does not name this package.');
  if (manifest.origin.keyId !== sig.keyId) refuse('bad_signature', 'The manifest names a different key from the one that signed it.');
  if (manifest.entries[0]!.size !== container.dataSize) refuse('payload_mismatch', `The size of ${container.dataName} differs from the size the manifest gives.`);
  return { manifest, sha256: createHash('sha256').update(raw).digest('hex'), keyId: sig.keyId };
}

/** Streams an entry through SHA-256 and compares it with the manifest, before anything reads its content. */
export async function checkEntryHash(container: OpenContainer, name: string, expected: string): Promise<void> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of await container.stream(name)) hash.update(chunk as Buffer);
  } catch (e) {
    refuse('not_a_package', `The package is damaged or cut short (${(e as Error).message}).`);
  }
  if (hash.digest('hex') !== expected) refuse('payload_mismatch', `${name} differs from what the signed manifest describes: it was altered or damaged on the way.`);
}
