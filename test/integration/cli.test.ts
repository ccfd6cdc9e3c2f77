import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'src/main/cli/homeward.ts');

function homeward(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', env: { ...process.env, HOMEWARD_USER: '', HOMEWARD_PASSWORD: '', HOMEWARD_DATA: '', ...env }, timeout: 60_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

function setUpFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-cli-'));
  const pw = join(dir, 'pw');
  writeFileSync(pw, 'clerk password 1\n');
  const data = join(dir, 'data');
  const r = homeward(['init', '--data', data, '--institution-name', 'Test Home', '--institution-type', 'observation-home', '--state', 'Uttar Pradesh', '--district', 'Lucknow', '--admin', 'clerk', '--password-file', pw, '--recovery-key-out', join(dir, 'rk.txt')]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return { dir, pw, data, auth: ['--user', 'clerk', '--password-file', pw] };
}

// Each command is a fresh Node process compiling TypeScript: slow on a busy 2-core machine.
describe('the homeward CLI', { timeout: 240_000 }, () => {
  it('initialises, imports, lists, exports, verifies, backs up and restores', () => {
    const { dir, pw, data, auth } = setUpFolder();
    expect(readFileSync(join(dir, 'rk.txt'), 'utf8')).toMatch(/([0-9A-Z]{5}-){5}[0-9A-Z]{5}/);

    const imp = homeward(['children', 'import', 'docs/formats/children-sample.csv', '--data', data, ...auth]);
    expect(imp.code, imp.err).toBe(0);
    expect(imp.out).toMatch(/Imported 10 children/);

    // --data before the subcommand, credentials from the environment.
    const list = homeward(['--data', data, 'children', 'list', '--json'], { HOMEWARD_USER: 'clerk', HOMEWARD_PASSWORD: 'clerk password 1' });
    expect(list.code, list.err).toBe(0);
    expect((JSON.parse(list.out) as unknown[]).length).toBe(10);

    // The Board's and Committee's registers come in over the children; a bad one is refused line by line.
    const cases = homeward(['cases', 'import', 'docs/formats/cases-sample.csv', '--data', data, ...auth]);
    expect(cases.code, cases.err).toBe(0);
    expect(cases.out).toMatch(/Imported 4 cases/);
    const bad = join(dir, 'bad-cases.csv');
    writeFileSync(bad, 'case_no,authority,admission_no,offence_class\nJJB/9,jjb,SAMPLE/2024/001,petty\n');
    const refused = homeward(['cases', 'import', bad, '--data', data, ...auth]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${bad}:2: authority: child SAMPLE/2024/001 is registered as CNCP`);

    const out = join(dir, 'export.csv');
    expect(homeward(['children', 'export', out, ...auth], { HOMEWARD_DATA: data }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('admission_no');

    const verify = homeward(['audit', 'verify', '--data', data, ...auth]);
    expect(verify.out).toMatch(/The audit trail verifies: \d+ entries/);

    const backupFile = join(dir, 'b.hwbackup');
    const b = homeward(['backup', '--out', backupFile, '--data', data, ...auth]);
    expect(b.code, b.err).toBe(0);
    expect(b.out.trim()).toBe(backupFile);

    const restored = join(dir, 'restored');
    const r = homeward(['restore', backupFile, '--data', restored, '--user', 'clerk', '--password-file', pw]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Restored 10 children/);
    expect(JSON.parse(homeward(['children', 'list', '--json', '--data', restored, ...auth]).out)).toHaveLength(10);
  });

  it('fails with a one-line reason and a non-zero exit', () => {
    const { dir, data, auth } = setUpFolder();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'admission_no,name,sex,category,date_admitted,dob\nA1,Asha,female,CNCP,01-02-2024,31-02-2015\n');
    const r = homeward(['children', 'import', bad, '--data', data, ...auth]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/bad\.csv:2: dob: /);
    expect(r.err.trim().split('\n').at(-1)).toMatch(/^homeward: .*nothing was imported/i);

    const wrong = join(dir, 'wrong');
    writeFileSync(wrong, 'not the password\n');
    const w = homeward(['children', 'list', '--data', data, '--user', 'clerk', '--password-file', wrong]);
    expect(w.code).toBe(1);
    expect(w.err).toBe('homeward: The username or password is not right.\n');

    const none = homeward(['children', 'list', '--data', join(dir, 'nowhere'), ...auth]);
    expect(none.err).toMatch(/^homeward: Homeward is not set up in .*nowhere/);
    expect(existsSync(join(dir, 'nowhere', 'keys.json'))).toBe(false);

    const type = homeward(['init', '--data', join(dir, 'x'), '--institution-name', 'X', '--institution-type', 'orphanage', '--state', 'Bihar', '--district', 'Patna', '--admin', 'a', '--password-file', wrong]);
    expect(type.code).not.toBe(0);
    expect(type.err).toMatch(/orphanage/);
  });

  it('has --help on every command', () => {
    for (const args of [[], ['init'], ['children'], ['children', 'list'], ['children', 'import'], ['children', 'export'], ['audit', 'verify'], ['backup'], ['restore'], ['serve'], ['purge'], ['purge', 'confirm']]) {
      const r = homeward([...args, '--help']);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toMatch(/^Usage: homeward/);
    }
  });
});
