/**
 * The office's check of an update bundle in a folder, before anything is installed, in the
 * order of every import (docs/formats/update.md): read the raw update.json, verify its
 * signature with the registry's update key from the trust list this office holds, only then
 * parse it strictly, then check product, platform, install kind and versions, then the
 * bytes of latest*.yml and of the installer against the signed sizes and SHA-512 hashes.
 * Each refusal says why in plain words; nothing is written.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TrustManifest } from '../sync/format/manifest';
import { parseMinisig, verifyMinisign } from '../sync/format/minisign';
import { refuse } from '../sync/format/refusal';
import { digestFile } from './format/file-digest';
import {
  MAX_UPDATE_JSON_BYTES,
  PLATFORM_NAMES,
  PRODUCT_ID,
  UPDATE_FILE,
  UPDATE_SIGNATURE,
  updateManifestBytes,
  updateManifestSchema,
  updateTrustedComment,
  type UpdateManifest,
  type UpdateTarget,
} from './format/update-manifest';
import { compareVersions } from './format/version';

/** What is installed here: the version, the platform, and how it was installed (null outside a packaged app). */
export interface InstalledApp {
  version: string;
  platform: NodeJS.Platform;
  target: UpdateTarget | null;
}

export interface VerifiedUpdate {
  dir: string;
  manifest: UpdateManifest;
}

const utf8 = (bytes: Buffer, what: string): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not_an_update', `${what} is not text.`);
  }
};

function readSmall(file: string, name: string): Buffer {
  if (!existsSync(file)) refuse('not_an_update', `This folder has no ${name}: it is not a Homeward update, or it was copied only in part.`);
  const st = lstatSync(file);
  if (!st.isFile()) refuse('not_an_update', `${name} in this folder is not a file.`);
  if (st.size > MAX_UPDATE_JSON_BYTES) refuse('not_an_update', `${name} is ${st.size} bytes, far larger than an update description is.`);
  return readFileSync(file);
}

/** The registry's update key for a key id, or the reason that key may not sign updates. */
function updateKey(trust: TrustManifest | null, keyId: string): Uint8Array {
  if (!trust) refuse('not_enrolled', 'This office has not imported the registry’s trust list, so it cannot tell whether an update really comes from the registry. Import the trust list first.');
  const registry = trust.registry;
  const role = registry.root.keyId === keyId ? 'root key' : registry.signing.some((k) => k.keyId === keyId) ? 'snapshot and receipt signing key' : null;
  if (role) refuse('wrong_key_role', `This update is signed with the registry’s ${role} (${keyId}), not with its update key. Only the update key may sign updates; do not install it.`);
  if (!registry.update?.length) refuse('no_update_key', 'The registry’s trust list held here names no update key (it is older than update signing). Import a current trust list from the registry, then try again.');
  const key = registry.update.find((k) => k.keyId === keyId);
  if (!key) refuse('unknown_key', `This update is signed by a key (${keyId}) that is not the registry’s update key in your trust list.`);
  if (trust.revoked.includes(keyId)) refuse('revoked_key', `This update is signed by a registry key (${keyId}) that has been revoked.`);
  return Buffer.from(key.publicKey, 'base64');
}

function readManifest(dir: string, trust: TrustManifest | null): UpdateManifest {
  const raw = readSmall(join(dir, UPDATE_FILE), UPDATE_FILE);
  const sig = parseMinisig(utf8(readSmall(join(dir, UPDATE_SIGNATURE), UPDATE_SIGNATURE), UPDATE_SIGNATURE));
  if (!verifyMinisign(sig, raw, updateKey(trust, sig.keyId))) refuse('bad_signature', 'The signature does not match update.json: the update was altered after it was signed, or the signature belongs to another update.');
  let json: unknown;
  try {
    json = JSON.parse(utf8(raw, UPDATE_FILE));
  } catch {
    return refuse('bad_manifest', 'update.json is not valid JSON.');
  }
  const parsed = updateManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse('bad_manifest', `update.json is not one this version understands (${issue.path.join('.') || 'update'}: ${issue.message}).`);
  }
  const manifest = parsed.data;
  if (!updateManifestBytes(manifest).equals(raw)) refuse('bad_manifest', 'update.json is not in canonical form.');
  if (sig.trustedComment !== updateTrustedComment(manifest)) refuse('bad_signature', 'The signature’s trusted comment does not name this update.');
  if (manifest.origin.keyId !== sig.keyId) refuse('bad_signature', 'update.json names a different key from the one that signed it.');
  if (manifest.origin.registryId !== trust!.registry.registryId) refuse('bad_manifest', 'update.json names another registry than the one in your trust list.');
  return manifest;
}

function checkFits(m: UpdateManifest, app: InstalledApp): void {
  if (m.product !== PRODUCT_ID) refuse('other_product', `This update is for another program (${m.product}), not Homeward. Nothing was installed.`);
  if (m.platform !== app.platform) refuse('other_platform', `This update is for ${PLATFORM_NAMES[m.platform]}; this computer runs ${PLATFORM_NAMES[app.platform] ?? app.platform}.`);
  if (app.target && m.target !== app.target) refuse('other_platform', `This update is a ${m.target} installer; Homeward was installed here as ${app.target}. Ask for the ${app.target} update.`);
  const order = compareVersions(m.version, app.version);
  if (order === 0) refuse('not_newer', `Version ${m.version} is already installed.`);
  if (order < 0) refuse('not_newer', `This update is version ${m.version}, older than the installed version ${app.version}. Homeward does not go back to an older version.`);
  if (compareVersions(app.version, m.minimumVersion) < 0) {
    refuse('too_old_to_update', `Version ${m.version} can only be installed over version ${m.minimumVersion} or later; this computer has ${app.version}. Install the updates in between first.`);
  }
}

/** A file of the bundle against its signed size and hash. */
export async function checkBundleFile(dir: string, ref: { name: string; size: number; sha512: string }): Promise<void> {
  const file = join(dir, ref.name);
  if (!existsSync(file) || !lstatSync(file).isFile()) refuse('not_an_update', `${ref.name} is missing from the update folder.`);
  const size = lstatSync(file).size;
  if (size < ref.size) refuse('installer_truncated', `${ref.name} is cut short: it has ${size} of its ${ref.size} bytes. Copy the update folder again.`);
  if (size > ref.size) refuse('bundle_altered', `${ref.name} is ${size} bytes, not the ${ref.size} the signed update.json gives: it was changed.`);
  if ((await digestFile(file)).sha512 !== ref.sha512) refuse('bundle_altered', `${ref.name} differs from what the signed update.json describes: it was altered or damaged. Do not install it.`);
}

export async function verifyUpdateFolder(folder: string, trust: TrustManifest | null, app: InstalledApp): Promise<VerifiedUpdate> {
  const dir = resolve(folder);
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) refuse('not_an_update', `${dir} is not a folder. Give the folder that holds update.json.`);
  const manifest = readManifest(dir, trust);
  checkFits(manifest, app);
  await checkBundleFile(dir, manifest.updateInfo);
  await checkBundleFile(dir, manifest.installer);
  return { dir, manifest };
}
