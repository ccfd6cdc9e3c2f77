/** `homeward-registry update sign` and `homeward update check --from DIR`, as separate processes. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installerBytes } from './update-fixture';

function run(cli: string, args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(process.cwd(), cli), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_USER: '', HOMEWARD_PASSWORD: '', HOMEWARD_DATA: '' },
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}
const homeward = (args: string[]) => run('src/main/cli/homeward.ts', args);
const registry = (args: string[]) => run('src/main/registry/cli.ts', args);

describe('update bundles on the command line', { timeout: 300_000 }, () => {
  it('the registry signs a bundle; the office checks it, and refuses a damaged one in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-update-cli-'));
    const pw = join(dir, 'pw');
    writeFileSync(pw, 'admin password 1\n');
    const data = join(dir, 'data');
    const auth = ['--data', data, '--user', 'admin', '--password-file', pw];
    expect(homeward(['init', '--data', data, '--institution-name', 'Test Home', '--institution-type', 'childrens-home', '--state', 'Bihar', '--district', 'Patna', '--admin', 'admin', '--password-file', pw, '--recovery-key-out', join(dir, 'rk')]).code).toBe(0);

    const reg = join(dir, 'registry');
    const rauth = ['--dir', reg, '--password-file', pw];
    expect(registry(['init', '--name', 'State Registry', ...rauth]).code).toBe(0);
    const request = homeward(['keys', 'enroll', '--out', dir, ...auth]).out.trim();
    expect(registry(['enroll', request, ...rauth]).code).toBe(0);
    const trust = registry(['trust', 'export', '--out', join(dir, 'trust.hwpkg'), ...rauth]).out.trim();
    expect(homeward(['trust', 'import', trust, ...auth]).code).toBe(0);

    const installer = join(dir, 'Homeward-0.2.0.AppImage');
    writeFileSync(installer, installerBytes(50_000));
    writeFileSync(join(dir, 'notes-en.txt'), 'Printed case files.\n');
    writeFileSync(join(dir, 'notes-hi.txt'), 'छपी हुई केस फ़ाइलें।\n');
    const usb = join(dir, 'usb', 'homeward-0.2.0');
    const signedRun = registry(['update', 'sign', '--installer', installer, '--version', '0.2.0', '--out', usb, '--notes-en', join(dir, 'notes-en.txt'), '--notes-hi', join(dir, 'notes-hi.txt'), ...rauth]);
    expect(signedRun.code, signedRun.err).toBe(0);
    expect(signedRun.out.trim()).toBe(usb);
    expect(signedRun.err).toMatch(/^Update 0\.2\.0 for appimage \(Homeward-0\.2\.0\.AppImage, 50000 bytes\), signed with update key [0-9A-F]{16}\.$/m);

    const checked = homeward(['update', 'check', '--from', usb, ...auth]);
    expect(checked.code, checked.err).toBe(0);
    expect(checked.out).toMatch(/^Verified: Homeward 0\.2\.0 \(Homeward-0\.2\.0\.AppImage, 50000 bytes\)/);
    expect(checked.out).toContain('replace the installed version 0.1.0');
    expect(checked.out).toContain('Printed case files.');
    const json = JSON.parse(homeward(['update', 'check', '--from', usb, '--json', ...auth]).out) as { releaseNotes: { hi: string } };
    expect(json.releaseNotes.hi).toBe('छपी हुई केस फ़ाइलें।');

    const file = join(usb, 'Homeward-0.2.0.AppImage');
    const bytes = readFileSync(file);
    bytes[123]! ^= 0x10;
    writeFileSync(file, bytes);
    const bad = homeward(['update', 'check', '--from', usb, ...auth]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('homeward: Homeward-0.2.0.AppImage differs from what the signed update.json describes: it was altered or damaged. Do not install it.\n');

    const downgrade = registry(['update', 'sign', '--installer', installer, '--version', '0.2', '--out', usb, '--notes-en', join(dir, 'notes-en.txt'), '--notes-hi', join(dir, 'notes-hi.txt'), ...rauth]);
    expect(downgrade.code).toBe(2);
    expect(downgrade.err).toMatch(/^homeward-registry: --version must be three numbers/);
  });
});
