/** The stock Debian tools open what Homeward writes: `minisign -V` and `age -d`. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registryAgeIdentity } from '../../../src/main/registry/registry-keys';
import { bindingOf, headerLine } from '../../../src/main/sync/format/sync-payload';
import { entriesOf } from './package-tools';
import { admitWithPhotos, enroll, exportPackage, makeOffice, makeRegistry } from './sync-fixture';

describe('interoperability with minisign and age', { timeout: 120_000 }, () => {
  it('minisign verifies the manifest and age decrypts the payload to the documented NDJSON', async () => {
    const registry = await makeRegistry();
    const office = await makeOffice();
    await enroll(office, registry);
    await admitWithPhotos(office, 2, 1);
    const dir = mkdtempSync(join(tmpdir(), 'homeward-interop-'));
    const { file } = await exportPackage(office, dir);
    for (const e of await entriesOf(file)) writeFileSync(join(dir, e.name), e.data);
    writeFileSync(join(dir, 'office.pub'), (await office.call('keys.show', {})).minisignPublicKey!);
    writeFileSync(join(dir, 'registry-key.txt'), `${registryAgeIdentity(registry.db)}\n`);

    const verified = execFileSync('minisign', ['-Vm', 'manifest.json', '-p', 'office.pub'], { cwd: dir, encoding: 'utf8' });
    expect(verified).toMatch(/Signature and comment signature verified/);
    expect(verified).toMatch(/Trusted comment: homeward sync [0-9a-f-]{36}/);

    const plaintext = execFileSync('age', ['-d', '-i', 'registry-key.txt', 'payload.age'], { cwd: dir, encoding: 'utf8' });
    const lines = plaintext.trimEnd().split('\n');
    const manifestBytes = readFileSync(join(dir, 'manifest.json'));
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { entries: unknown; counts: Record<string, number> };
    expect(`${lines[0]}\n`).toBe(headerLine(bindingOf(manifest)));
    const types = lines.slice(1).map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types.filter((t) => t === 'child')).toHaveLength(manifest.counts['child']!);
    expect(types.filter((t) => t === 'photo')).toHaveLength(2);

    // A flipped byte makes minisign fail, as it should.
    manifestBytes[5]! ^= 0x01;
    writeFileSync(join(dir, 'manifest.json'), manifestBytes);
    expect(() => execFileSync('minisign', ['-Vm', 'manifest.json', '-p', 'office.pub'], { cwd: dir, stdio: 'pipe' })).toThrow();
  });
});
