/** Seals a manifest: its canonical bytes and their minisign signature. */
import { manifestBytes, trustedCommentFor, type PackageKind } from './manifest';
import { signMinisign, type SigningKey } from './minisign';

export function sealManifest<M extends { kind: PackageKind; packageId: string }>(manifest: M, key: SigningKey): { manifest: Buffer; signature: string } {
  const bytes = manifestBytes(manifest);
  return { manifest: bytes, signature: signMinisign(key, bytes, trustedCommentFor(manifest.kind, manifest.packageId)) };
}
