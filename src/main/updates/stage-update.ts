/**
 * Copies a verified bundle's installer and latest*.yml off the USB stick into the data
 * folder, hashing what is copied: the stick may be pulled or changed after the check, and
 * what electron-updater installs must be the bytes that were verified. One update is staged
 * at a time; staging a new one removes the last.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyFileAtomic } from '../fs/atomic-copy';
import { refuse } from '../sync/format/refusal';
import type { VerifiedUpdate } from './verify-update';

export interface StagedUpdate {
  dir: string;
  version: string;
  /** latest.yml, latest-linux.yml or latest-mac.yml: what electron-updater asks for first. */
  channelFile: string;
  installer: string;
}

export async function stageUpdate(verified: VerifiedUpdate, stagingRoot: string): Promise<StagedUpdate> {
  const { manifest } = verified;
  rmSync(stagingRoot, { recursive: true, force: true });
  const dir = join(stagingRoot, manifest.version);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    for (const ref of [manifest.updateInfo, manifest.installer]) {
      const copied = await copyFileAtomic(join(verified.dir, ref.name), join(dir, ref.name));
      if (copied.size !== ref.size || copied.sha512 !== ref.sha512) refuse('bundle_altered', `${ref.name} changed on the USB drive while it was being copied. Nothing was installed; check the drive and try again.`);
    }
  } catch (e) {
    rmSync(stagingRoot, { recursive: true, force: true });
    throw e;
  }
  return { dir, version: manifest.version, channelFile: manifest.updateInfo.name, installer: manifest.installer.name };
}
