import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { PRODUCT_ID } from '../../src/main/updates/format/update-manifest';
// @ts-expect-error -- a plain .mjs hook script, without type declarations
import { releaseRebuild } from '../../scripts/before-pack.mjs';

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

  it('packages only the build, unpacks native addons, and never rebuilds them outside a release', () => {
    // getConfig normalises `files` to [{ filter: [...] }].
    expect(config.files).toStrictEqual([
      {
        filter: [
          'dist/**',
          'package.json',
          '!**/*.map',
          '!**/*.{ts,tsx,mts,cts}',
          '!**/{test,tests,__tests__}/**',
          '!node_modules/better-sqlite3-multiple-ciphers/{src,deps}/**',
          '!node_modules/better-sqlite3-multiple-ciphers/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
          '!node_modules/better-sqlite3-multiple-ciphers/build/Release/test_extension.node',
          '!node_modules/playwright-core/**',
        ],
      },
    ]);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toStrictEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('./scripts/before-pack.mjs');
    expect(config.publish).toBeNull();
  });

  it('ships migrations, geo data and fonts where the shell’s resourcesDir expects them', () => {
    expect(config.extraResources).toStrictEqual([
      { from: 'migrations', to: 'migrations' },
      { from: 'resources/geo', to: 'resources/geo' },
      { from: 'resources/fonts', to: 'resources/fonts' },
    ]);
  });

  it('builds deb + AppImage, an assisted NSIS installer (per user, or per machine with elevation), and a dmg + zip', () => {
    expect(config.linux?.target).toStrictEqual(['deb', 'AppImage']);
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+>$/);
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
    expect(config.mac?.target).toStrictEqual(['dmg', 'zip']);
  });

  it('the deb has a maintainer: package.json names an author with an e-mail address', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { author: { name: string; email: string }; scripts: Record<string, string> };
    expect(pkg.author.name.length).toBeGreaterThan(0);
    expect(pkg.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(pkg.scripts['dist']).toBe('node scripts/dist.mjs');
  });

  it('uses the appId that update bundles are checked against', () => {
    expect(config.appId).toBe(PRODUCT_ID);
  });

  it('points at icons that exist', () => {
    for (const icon of [config.win?.icon, config.nsis?.installerIcon, config.mac?.icon, path.join(String(config.linux?.icon), '512x512.png')]) {
      expect(existsSync(path.join(ROOT, String(icon))), String(icon)).toBe(true);
    }
  });
});

describe('the beforePack hook', () => {
  const context = { packager: { info: { appDir: '/build/homeward', framework: { version: '45.5.0' } } }, arch: 3 };

  it('rebuilds the SQLite addon for Electron in a release build only', () => {
    expect(releaseRebuild(context, {})).toBeNull();
    expect(releaseRebuild(context, { HOMEWARD_RELEASE: '1' })).toStrictEqual({
      buildPath: '/build/homeward',
      electronVersion: '45.5.0',
      arch: 'arm64',
      onlyModules: ['better-sqlite3-multiple-ciphers'],
      force: true,
    });
  });
});
