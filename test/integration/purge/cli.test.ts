/** `homeward purge request|list|confirm|reject`: the two-person steps from the command line. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../../src/main/backend';

const CLI = join(process.cwd(), 'src/main/cli/homeward.ts');

function homeward(args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', env: { ...process.env, HOMEWARD_USER: '', HOMEWARD_PASSWORD: '', HOMEWARD_DATA: '' }, timeout: 60_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

// Each command is a fresh Node process compiling TypeScript: slow on a busy 2-core machine.
describe('homeward purge', { timeout: 300_000 }, () => {
  it('asks, refuses the same person, confirms as another administrator, and lists what was destroyed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-cli-purge-'));
    const data = join(dir, 'data');
    const pw = join(dir, 'pw');
    const pw2 = join(dir, 'pw2');
    writeFileSync(pw, 'clerk password 1\n');
    writeFileSync(pw2, 'vikram password 1\n');
    const init = homeward(['init', '--data', data, '--institution-name', 'Observation Home', '--institution-type', 'observation-home', '--state', 'Uttar Pradesh', '--district', 'Lucknow', '--admin', 'clerk', '--password-file', pw, '--recovery-key-out', join(dir, 'rk.txt')]);
    expect(init.code, init.err).toBe(0);
    const clerk = ['--data', data, '--user', 'clerk', '--password-file', pw];
    const vikram = ['--data', data, '--user', 'vikram', '--password-file', pw2];
    expect(homeward(['children', 'import', 'docs/formats/children-sample.csv', ...clerk]).code).toBe(0);
    // A second administrator (there is no user command in the CLI).
    const backend = await createBackend({ dataDir: data, resourcesDir: process.cwd(), log: () => undefined });
    const s = await backend.dispatch({ method: 'auth.login', input: { username: 'clerk', password: 'clerk password 1' } }, 'direct');
    if (!s.ok) throw new Error(s.error.message);
    await backend.dispatch({ method: 'users.create', input: { username: 'vikram', displayName: 'Vikram Admin', role: 'administrator', password: 'vikram password 1' }, session: (s.result as { sessionToken: string }).sessionToken }, 'direct');
    await backend.close();

    expect(homeward(['purge', 'request', '--child', 'SAMPLE/2024/999', '--order-ref', 'JJB/1', '--order-date', '20-11-2026', ...clerk])).toMatchObject({ code: 1, err: 'homeward: No child with admission number SAMPLE/2024/999 is in the register.\n' });
    expect(homeward(['purge', 'request', '--child', 'SAMPLE/2024/003', '--order-ref', 'JJB/1', '--order-date', '31-02-2026', ...clerk])).toMatchObject({ code: 2, err: expect.stringMatching(/--order-date must be a date as dd-mm-yyyy/) });
    expect(homeward(['purge', 'request', '--child', 'SAMPLE/2024/001', '--order-ref', 'JJB/1', '--order-date', '20-11-2026', ...clerk]).err).toMatch(/not a child in conflict with law/);

    const asked = homeward(['purge', 'request', '--child', 'SAMPLE/2024/003', '--order-ref', 'JJB/LKO/2026/45', '--order-date', '20-11-2026', ...clerk]);
    expect(asked.code, asked.err).toBe(0);
    const requestId = asked.out.split('\t')[0]!;
    expect(asked.err).toContain(`homeward purge confirm ${requestId} --admission-no SAMPLE/2024/003`);

    const same = homeward(['purge', 'confirm', requestId, '--admission-no', 'SAMPLE/2024/003', ...clerk]);
    expect(same.code).toBe(1);
    expect(same.err).toMatch(/^homeward: The person who asked for the destruction cannot also confirm it/);

    const done = homeward(['purge', 'confirm', requestId, '--admission-no', 'SAMPLE/2024/003', ...vikram]);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toMatch(/^The records of child SAMPLE\/2024\/003 were destroyed under order JJB\/LKO\/2026\/45 of 20-11-2026/);

    const list = JSON.parse(homeward(['purge', 'list', '--json', ...vikram]).out) as { pending: unknown[]; destroyed: { admissionNo: string; confirmedBy: { name: string } }[] };
    expect(list.pending).toEqual([]);
    expect(list.destroyed).toEqual([expect.objectContaining({ admissionNo: 'SAMPLE/2024/003', confirmedBy: expect.objectContaining({ name: 'Vikram Admin' }) })]);
    const verify = homeward(['audit', 'verify', ...clerk]);
    expect(verify.code, verify.out).toBe(0);
    expect(verify.out).toMatch(/^\d+ entries redacted by s\.24 order JJB\/LKO\/2026\/45 of 20-11-2026 \(purge .*\)\.$/m);
    expect(JSON.parse(homeward(['children', 'list', '--json', ...clerk]).out)).toHaveLength(9);
  });
});
