/** update.json's canonical bytes and their minisign signature by the registry's update key. */
import { signMinisign, type SigningKey } from '../../sync/format/minisign';
import { updateManifestBytes, updateTrustedComment, type UpdateManifest } from './update-manifest';

export function sealUpdate(manifest: UpdateManifest, key: SigningKey): { json: Buffer; signature: string } {
  const json = updateManifestBytes(manifest);
  return { json, signature: signMinisign(key, json, updateTrustedComment(manifest)) };
}
