/** Seals a manifest: its canonical bytes and their minisign signature. */
import { manifestBytes, trustedCommentFor, type PackageKind } from './manifest';
import { signMinisign, type SigningKey } from './minisign';

export function sealManifest(manifest: { kind: PackageKind; packageId: string }, key: SigningKey): { manifest: Buffer; signature: string } {
  const bytes = manifestBytes(manifest);
  return { manifest: bytes, signature: signMinisign(key, bytes, trustedCommentFor(manifest.kind, manifest.packageId)) };
}
