/**
 * Update bundles end to end in plain Node: the registry signs, the office verifies and stages
 * (the Electron installer is the one step that needs Electron). Every bad bundle the issue
 * names is refused with its reason, and nothing is staged or handed to the installer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryPublicKeys, registrySigningKey } from '../../../src/main/registry/registry-keys';
import { createRegistryDb, openRegistryDb, registryPaths } from '../../../src/main/registry/registry-db';
import { initRegistryKeys } from '../../../src/main/registry/registry-keys';
import { minisignPublicKey, keyIdOf } from '../../../src/main/sync/format/minisign';
import { APP_VERSION } from '../../../src/main/sync/format/manifest';
import { digestFile } from '../../../src/main/updates/format/file-digest';
import { sealUpdate } from '../../../src/main/updates/format/seal-update';
import { UPDATE_FILE, UPDATE_SIGNATURE, updateManifestSchema } from '../../../src/main/updates/format/update-manifest';
import { enrollOffice } from '../../../src/main/registry/enroll';
import { enroll, makeRegistry, REGISTRY_PASSPHRASE, trustFile, type Registry } from '../sync/sync-fixture';
import { makeUpdatingOffice, NOTES, signed, writeInstaller } from './update-fixture';
import { makeBackend } from '../../helpers/backend';

type Ctx = Awaited<ReturnType<typeof makeUpdatingOffice>>;
let ctx: Ctx;

beforeAll(async () => {
  ctx = await makeUpdatingOffice();
});
afterAll(async () => {
  await ctx.office.backend.close();
  ctx.registry.db.close();
});

const manifestIn = (dir: string) => updateManifestSchema.parse(JSON.parse(readFileSync(join(dir, UPDATE_FILE), 'utf8')));

/** Asserts the refusal, then that nothing was staged in the data folder or handed to the installer. */
async function refused(folder: string, refusal: string, says: RegExp): Promise<void> {
  for (const method of ['updates.check', 'updates.install'] as const) {
    const e = await ctx.office.fail(method, { folder });
    expect(e.code, `${method}: ${e.message}`).toBe('invalid_input');
    expect(e.details?.['refusal'], e.message).toBe(refusal);
    expect(e.message).toMatch(says);
  }
  expect(ctx.handed).toEqual([]);
  expect(existsSync(join(ctx.office.dataDir, 'updates'))).toBe(false);
}

describe('a signed update bundle', () => {
  it('holds the installer, latest-linux.yml and update.json signed with the update key; minisign verifies it', async () => {
    const dir = await signed(ctx.registry);
    expect(readdirSync(dir).sort()).toEqual(['Homeward-0.2.0.AppImage', 'latest-linux.yml', UPDATE_FILE, UPDATE_SIGNATURE]);
    const m = manifestIn(dir);
    const updateKey = registryPublicKeys(ctx.registry.db, 'update')[0]!;
    expect(m).toMatchObject({ product: 'in.homeward.app', version: '0.2.0', minimumVersion: '0.0.0', platform: 'linux', target: 'appimage', releaseNotes: NOTES, origin: { keyId: updateKey.keyId } });
    expect(m.installer).toEqual({ name: 'Homeward-0.2.0.AppImage', ...(await digestFile(join(dir, 'Homeward-0.2.0.AppImage'))) });
    expect(readFileSync(join(dir, 'latest-linux.yml'), 'utf8')).toContain(`sha512: ${m.installer.sha512}\n`);
    // The update key is none of the other keys.
    const others = [...registryPublicKeys(ctx.registry.db, 'signing'), ...registryPublicKeys(ctx.registry.db, 'root')].map((k) => k.keyId);
    expect(others).not.toContain(updateKey.keyId);

    // Debian's minisign checks the same signature (interop, as for packages).
    const pub = join(dir, '..', `update-${Date.now()}.pub`);
    writeFileSync(pub, minisignPublicKey(Buffer.from(updateKey.publicKey, 'base64')));
    expect(execFileSync('minisign', ['-Vm', join(dir, UPDATE_FILE), '-p', pub], { encoding: 'utf8' })).toMatch(/Trusted comment: homeward update in\.homeward\.app 0\.2\.0/);
  });

  it('is verified by the office, and on install staged byte for byte and handed to the installer', async () => {
    const dir = await signed(ctx.registry);
    const offer = await ctx.office.call('updates.check', { folder: dir });
    expect(offer).toMatchObject({ version: '0.2.0', target: 'appimage', installer: 'Homeward-0.2.0.AppImage', size: 300_000, releaseNotes: NOTES });
    expect(ctx.handed).toEqual([]);
    expect(existsSync(join(ctx.office.dataDir, 'updates'))).toBe(false); // checking writes nothing

    expect(await ctx.office.call('updates.install', { folder: dir })).toEqual({ version: '0.2.0' });
    expect(ctx.handed).toHaveLength(1);
    const staged = ctx.handed.pop()!;
    expect(staged).toMatchObject({ version: '0.2.0', channelFile: 'latest-linux.yml', installer: 'Homeward-0.2.0.AppImage' });
    expect(staged.dir.startsWith(join(ctx.office.dataDir, 'updates'))).toBe(true);
    for (const f of ['Homeward-0.2.0.AppImage', 'latest-linux.yml']) expect(readFileSync(join(staged.dir, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
  });

  it('status says what is installed and whether the trust list names an update key', async () => {
    expect(await ctx.office.call('updates.status', {})).toEqual({ installedVersion: APP_VERSION, platform: process.platform, target: null, canInstall: true, hasUpdateKey: true });
  });

  it('APP_VERSION is package.json’s version (what the packaged app reports)', () => {
    expect(APP_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

describe('bad bundles are refused with their reason, and nothing is installed', () => {
  beforeAll(() => {
    // A staged update from an earlier test would hide whether a refusal stages anything.
    rmSync(join(ctx.office.dataDir, 'updates'), { recursive: true, force: true });
  });

  it('a truncated installer', async () => {
    const dir = await signed(ctx.registry);
    truncateSync(join(dir, 'Homeward-0.2.0.AppImage'), 299_000);
    await refused(dir, 'installer_truncated', /cut short: it has 299000 of its 300000 bytes/);
  });

  it('a flipped byte in the installer', async () => {
    const dir = await signed(ctx.registry);
    const file = join(dir, 'Homeward-0.2.0.AppImage');
    const bytes = readFileSync(file);
    bytes[150_000]! ^= 0x01;
    writeFileSync(file, bytes);
    await refused(dir, 'bundle_altered', /differs from what the signed update\.json describes/);
  });

  it('a flipped byte in update.json', async () => {
    const dir = await signed(ctx.registry);
    const file = join(dir, UPDATE_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"version":"0.2.0"', '"version":"0.3.0"'));
    await refused(dir, 'bad_signature', /altered after it was signed/);
  });

  it('an altered latest-linux.yml', async () => {
    const dir = await signed(ctx.registry);
    const file = join(dir, 'latest-linux.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 0.2.0', 'version: 0.2.1'));
    await refused(dir, 'bundle_altered', /latest-linux\.yml differs/);
  });

  it('an update.json for another product', async () => {
    const dir = await signed(ctx.registry, { product: 'org.example.other-app' });
    await refused(dir, 'other_product', /for another program \(org\.example\.other-app\), not Homeward/);
  });

  it('a signature by the snapshot key instead of the update key', async () => {
    const dir = await signed(ctx.registry);
    const snapshotKey = registrySigningKey(ctx.registry.db, 'signing');
    const m = manifestIn(dir);
    const sealed = sealUpdate({ ...m, origin: { ...m.origin, keyId: keyIdOf(snapshotKey.publicKey) } }, snapshotKey);
    writeFileSync(join(dir, UPDATE_FILE), sealed.json);
    writeFileSync(join(dir, UPDATE_SIGNATURE), sealed.signature);
    await refused(dir, 'wrong_key_role', /signed with the registry’s snapshot and receipt signing key \([0-9A-F]{16}\), not with its update key/);
  });

  it('a signature by another registry’s update key', async () => {
    const other = await makeRegistry();
    const dir = await signed(other);
    await refused(dir, 'unknown_key', /not the registry’s update key in your trust list/);
    other.db.close();
  });

  it('a version lower than the installed one, and the installed one itself', async () => {
    await refused(await signed(ctx.registry, { version: '0.0.9', installer: writeInstaller('Homeward-0.0.9.AppImage') }), 'not_newer', /version 0\.0\.9, older than the installed version 0\.1\.0/);
    await refused(await signed(ctx.registry, { version: APP_VERSION }), 'not_newer', /is already installed/);
  });

  it('an update that needs a newer installed version first', async () => {
    const dir = await signed(ctx.registry, { version: '0.5.0', minimumVersion: '0.3.0' });
    await refused(dir, 'too_old_to_update', /only be installed over version 0\.3\.0 or later; this computer has 0\.1\.0/);
  });

  it('an installer for another platform', async () => {
    const dir = await signed(ctx.registry, { installer: writeInstaller('Homeward Setup 0.2.0.exe') });
    await refused(dir, 'other_platform', /for Windows; this computer runs Linux/);
  });

  it('a folder without update.json (an installer alone, or a copy cut short)', async () => {
    const dir = await signed(ctx.registry);
    rmSync(join(dir, UPDATE_FILE));
    await refused(dir, 'not_an_update', /has no update\.json/);
    await refused(join(dir, 'no-such-folder'), 'not_an_update', /is not a folder/);
  });
});

describe('who may update, and where', () => {
  it('a case worker may not check or install updates', async () => {
    await ctx.office.call('users.create', { username: 'ravi', displayName: 'Ravi', role: 'case-worker', password: 'case worker pass 1' });
    const worker = await ctx.office.call('auth.login', { username: 'ravi', password: 'case worker pass 1' });
    const dir = await signed(ctx.registry);
    expect((await ctx.office.fail('updates.check', { folder: dir }, worker.sessionToken)).code).toBe('forbidden');
    expect((await ctx.office.fail('updates.install', { folder: dir }, worker.sessionToken)).code).toBe('forbidden');
  });

  it('without the desktop app (web mode, command line) install is refused and nothing is staged', async () => {
    const web = await makeBackend();
    await web.setup();
    await web.login();
    await enroll(web, ctx.registry);
    const dir = await signed(ctx.registry);
    expect((await web.call('updates.check', { folder: dir })).version).toBe('0.2.0');
    const e = await web.fail('updates.install', { folder: dir });
    expect(e.details?.['refusal']).toBe('desktop_only');
    expect(existsSync(join(web.dataDir, 'updates'))).toBe(false);
    await web.backend.close();
  });
});

describe('trust lists and registries from before update keys', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await makeRegistry();
  });
  afterAll(() => registry.db.close());

  it('an office reads a trust list without an update key, and then refuses updates until it has one', async () => {
    const office = await makeBackend();
    await office.setup();
    await office.login();
    const { file } = await office.call('keys.enrollmentRequest', { outDir: office.dataDir });
    await enrollOffice(registry.db, file, new Date());
    const updateKeys = registry.db.prepare(`SELECT * FROM registry_keys WHERE role = 'update'`).all();
    registry.db.prepare(`DELETE FROM registry_keys WHERE role = 'update'`).run();
    const old = await trustFile(registry);
    expect(readFileSync(old).includes(Buffer.from('"update"'))).toBe(false);
    await office.call('trust.import', { dataBase64: readFileSync(old).toString('base64') });
    expect((await office.call('updates.status', {})).hasUpdateKey).toBe(false);

    const insert = registry.db.prepare('INSERT INTO registry_keys (key_id, role, public_key, secret_key, created_at) VALUES (@key_id, @role, @public_key, @secret_key, @created_at)');
    for (const k of updateKeys) insert.run(k);
    const dir = await signed(registry);
    const e = await office.fail('updates.check', { folder: dir });
    expect(e.details?.['refusal']).toBe('no_update_key');
    expect(e.message).toMatch(/names no update key/);

    await office.call('trust.import', { dataBase64: readFileSync(await trustFile(registry)).toString('base64') });
    expect((await office.call('updates.check', { folder: dir })).version).toBe('0.2.0');
    await office.backend.close();
  });

  it('a registry database from before update keys gains one when opened, and its next trust list carries it', async () => {
    const paths = registryPaths(mkdtempSync(join(tmpdir(), 'homeward-registry-v2-')));
    const db = await createRegistryDb(paths, 'Old Registry', REGISTRY_PASSPHRASE);
    await initRegistryKeys(db, 'Old Registry', new Date());
    // Back to the version 2 shape: three key roles, no update key, and the old CHECK.
    db.exec(`
      DELETE FROM registry_keys WHERE role = 'update';
      CREATE TABLE k2 (key_id TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('root', 'signing', 'encryption')), public_key TEXT NOT NULL, secret_key BLOB NOT NULL, created_at TEXT NOT NULL);
      INSERT INTO k2 SELECT * FROM registry_keys; DROP TABLE registry_keys; ALTER TABLE k2 RENAME TO registry_keys;
      DROP TABLE s24_purges;
      PRAGMA user_version = 2;`);
    const before = registryPublicKeys(db, 'signing');
    db.close();

    const reopened = await openRegistryDb(paths, REGISTRY_PASSPHRASE);
    // Up to today's version: schema 4 adds the s.24 tombstones.
    expect(reopened.pragma('user_version', { simple: true })).toBe(4);
    expect(reopened.prepare(`SELECT count(*) FROM s24_purges`).pluck().get()).toBe(0);
    expect(registryPublicKeys(reopened, 'signing')).toEqual(before);
    expect(registryPublicKeys(reopened, 'update')).toHaveLength(1);
    const file = await trustFile({ db: reopened, paths });
    expect(readFileSync(file).includes(Buffer.from(registryPublicKeys(reopened, 'update')[0]!.publicKey))).toBe(true);
    reopened.close();
  });
});

describe('the registry refuses to sign what would not install', () => {
  it('a file that is no installer, a bad version, an empty note', async () => {
    const reg = ctx.registry;
    await expect(signed(reg, { installer: writeInstaller('Homeward-0.2.0.dmg') })).rejects.toThrow(/not an installer Homeward updates from/);
    await expect(signed(reg, { version: '0.2' })).rejects.toThrow(/--version must be three numbers/);
    await expect(signed(reg, { version: '0.2.0', minimumVersion: '0.2.0' })).rejects.toThrow(/must be older than the update itself/);
    await expect(signed(reg, { notes: { en: 'x', hi: '  ' } })).rejects.toThrow(/release notes in Hindi are empty/);
    await expect(signed(reg, { installer: writeInstaller('Homeward-0.2.0.AppImage', Buffer.alloc(0)) })).rejects.toThrow(/is empty/);
  });
});
