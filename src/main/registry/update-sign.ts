/**
 * `homeward-registry update sign`: turns a release's installer into an update bundle in a
 * folder (a USB stick): the installer, electron-updater's latest*.yml and update.json signed
 * with the registry's update key. update.json and its signature are written last, so a copy
 * cut short leaves a folder that offices refuse as "not an update" rather than a half bundle.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Sqlite } from '../db/open';
import { copyFileAtomic } from '../fs/atomic-copy';
import { writeFileAtomic } from '../fs/atomic-write';
import { keyIdOf } from '../sync/format/minisign';
import { digestBytes } from '../updates/format/file-digest';
import { sealUpdate } from '../updates/format/seal-update';
import { updateInfoYaml } from '../updates/format/update-info';
import {
  MAX_NOTES_CHARS,
  PRODUCT_ID,
  targetOfInstaller,
  UPDATE_FILE,
  UPDATE_FORMAT,
  UPDATE_SIGNATURE,
  UPDATE_TARGETS,
  updateManifestSchema,
  type UpdateManifest,
} from '../updates/format/update-manifest';
import { compareVersions, isVersion } from '../updates/format/version';
import { registryIdentity, registrySigningKey } from './registry-keys';

export interface SignUpdateOptions {
  installer: string;
  version: string;
  outDir: string;
  /** The oldest installed version that may take this update (default: any). */
  minimumVersion?: string;
  notes: { en: string; hi: string };
  now: Date;
  /** Always Homeward's appId in use; tests sign bundles for another product to see them refused. */
  product?: string;
}

export interface SignedUpdate {
  dir: string;
  manifest: UpdateManifest;
}

function checkOptions(o: SignUpdateOptions): void {
  if (!isVersion(o.version)) throw new AppError('invalid_input', `--version must be three numbers, X.Y.Z, not "${o.version}".`);
  const minimum = o.minimumVersion ?? '0.0.0';
  if (!isVersion(minimum)) throw new AppError('invalid_input', `--min-version must be three numbers, X.Y.Z, not "${minimum}".`);
  if (compareVersions(minimum, o.version) >= 0) throw new AppError('invalid_input', `--min-version (${minimum}) must be older than the update itself (${o.version}).`);
  for (const [lang, text] of Object.entries(o.notes)) {
    if (!text.trim()) throw new AppError('invalid_input', `The release notes in ${lang === 'en' ? 'English' : 'Hindi'} are empty.`);
    if (text.length > MAX_NOTES_CHARS) throw new AppError('invalid_input', `The release notes in ${lang === 'en' ? 'English' : 'Hindi'} are longer than ${MAX_NOTES_CHARS} characters.`);
  }
}

export async function signUpdate(db: Sqlite, o: SignUpdateOptions): Promise<SignedUpdate> {
  checkOptions(o);
  const installer = resolve(o.installer);
  if (!existsSync(installer) || !statSync(installer).isFile()) throw new AppError('not_found', `There is no installer at ${installer}.`);
  const name = basename(installer);
  const target = targetOfInstaller(name);
  if (!target) throw new AppError('invalid_input', `${name} is not an installer Homeward updates from: give the Windows .exe (NSIS), the Linux .AppImage or .deb, or the macOS .zip.`);
  if (!/^[A-Za-z0-9_][A-Za-z0-9._ +-]{0,199}$/.test(name)) throw new AppError('invalid_input', `Rename the installer: "${name}" has characters a bundle's file names may not hold.`);
  if (statSync(installer).size === 0) throw new AppError('invalid_input', `${name} is empty.`);

  const dir = resolve(o.outDir);
  mkdirSync(dir, { recursive: true });
  // Copied first and hashed as copied: the bundle describes the bytes it holds.
  const digest = await copyFileAtomic(installer, join(dir, name));
  const { channelFile, platform } = UPDATE_TARGETS[target];
  const yaml = Buffer.from(updateInfoYaml({ version: o.version, installerName: name, sha512: digest.sha512, size: digest.size, releaseDate: o.now.toISOString() }), 'utf8');
  writeFileAtomic(join(dir, channelFile), yaml);

  const key = registrySigningKey(db, 'update');
  const manifest = updateManifestSchema.parse({
    format: UPDATE_FORMAT,
    kind: 'update',
    product: o.product ?? PRODUCT_ID,
    version: o.version,
    minimumVersion: o.minimumVersion ?? '0.0.0',
    platform,
    target,
    createdAt: o.now.toISOString(),
    origin: { registryId: registryIdentity(db).registryId, keyId: keyIdOf(key.publicKey) },
    installer: { name, ...digest },
    updateInfo: { name: channelFile, ...digestBytes(yaml) },
    releaseNotes: { en: o.notes.en.trim(), hi: o.notes.hi.trim() },
  } satisfies UpdateManifest);
  const sealed = sealUpdate(manifest, key);
  writeFileAtomic(join(dir, UPDATE_FILE), sealed.json);
  writeFileAtomic(join(dir, UPDATE_SIGNATURE), sealed.signature);
  return { dir, manifest };
}
