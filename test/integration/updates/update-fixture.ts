/** An enrolled office that can take updates, a registry that signs them, and installers to sign. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpdate, type SignUpdateOptions } from '../../../src/main/registry/update-sign';
import type { StagedUpdate } from '../../../src/main/updates/stage-update';
import { makeBackend } from '../../helpers/backend';
import { enroll, makeRegistry, type Registry } from '../sync/sync-fixture';

export const NOTES = { en: 'Faster matching.\nPrinted case files.', hi: 'तेज़ मिलान।\nछपी हुई केस फ़ाइलें।' };

/** Installer-sized bytes that differ from run to run only by the seed. */
export function installerBytes(size = 300_000, seed = 7): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0, x = seed; i < size; i++) b[i] = x = (x * 1103515245 + 12345) & 0xff;
  return b;
}

export function writeInstaller(name = 'Homeward-0.2.0.AppImage', bytes = installerBytes()): string {
  const file = join(mkdtempSync(join(tmpdir(), 'homeward-installer-')), name);
  writeFileSync(file, bytes);
  return file;
}

export async function signed(registry: Registry, o: Partial<SignUpdateOptions> = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'homeward-update-'));
  await signUpdate(registry.db, { installer: o.installer ?? writeInstaller(), version: '0.2.0', outDir, notes: NOTES, now: new Date(), ...o });
  return outDir;
}

/** An office whose desktop "installer" records what it is handed. */
export async function makeUpdatingOffice(registry?: Registry) {
  const handed: StagedUpdate[] = [];
  const office = await makeBackend({ installUpdate: async (staged) => void handed.push(staged) });
  await office.setup();
  await office.login();
  const reg = registry ?? (await makeRegistry());
  await enroll(office, reg);
  return { office, registry: reg, handed };
}
