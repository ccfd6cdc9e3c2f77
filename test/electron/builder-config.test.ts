import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';

// Validated with electron-builder's own schema, without the Electron binary (which cannot be
// downloaded here); `electron-builder --dir` would need it.
const ROOT = path.resolve(import.meta.dirname, '../..');
const NO_DEBUG_LOG = { isEnabled: false, data: new Map(), add: () => undefined, save: async () => undefined };

// validateConfiguration normalises in place (files → [{ filter }]), so it gets a copy.
function validate(configuration: Configuration): Promise<void> {
  return validateConfiguration(structuredClone(configuration), NO_DEBUG_LOG as unknown as Parameters<typeof validateConfiguration>[1]);
}

let config: Configuration;

beforeAll(async () => {
  config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('validation does reject a broken config (the check is real)', async () => {
    const broken = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration;
    await expect(validate(broken)).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('in.homeward.app');
    expect(config.productName).toBe('Homeward');
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'resources' });
  });

  it('flips every security fuse', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages only the build, unpacks native addons, and never rebuilds them', () => {
    // getConfig normalises `files` to [{ filter: [...] }].
    expect(config.files).toStrictEqual([{ filter: ['dist/**', 'package.json', '!**/*.map', '!**/*.{ts,tsx,mts,cts}', '!**/{test,tests,__tests__}/**'] }]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toStrictEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
  });

  it('ships migrations and geo data where the shell’s resourcesDir expects them', () => {
    expect(config.extraResources).toStrictEqual([
      { from: 'migrations', to: 'migrations' },
      { from: 'resources/geo', to: 'resources/geo' },
    ]);
  });

  it('builds deb + AppImage, a per-user NSIS installer with a choice of folder, and a dmg', () => {
    expect(config.linux?.target).toStrictEqual(['deb', 'AppImage']);
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, allowToChangeInstallationDirectory: true });
    expect(config.mac?.target).toBe('dmg');
  });

  it('points at icons that exist', () => {
    for (const icon of [config.win?.icon, config.mac?.icon, path.join(String(config.linux?.icon), '512x512.png')]) {
      expect(existsSync(path.join(ROOT, String(icon))), String(icon)).toBe(true);
    }
  });
});
