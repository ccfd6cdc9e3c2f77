/** The office and registry command lines, end to end, as separate processes. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(cli: string, args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(process.cwd(), cli), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOMEWARD_USER: '', HOMEWARD_PASSWORD: '', HOMEWARD_DATA: '', ...env },
    timeout: 120_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}
const homeward = (args: string[], env?: Record<string, string>) => run('src/main/cli/homeward.ts', args, env);
const registry = (args: string[], env?: Record<string, string>) => run('src/main/registry/cli.ts', args, env);

describe('homeward and homeward-registry on the command line', { timeout: 400_000 }, () => {
  it('enrolls, exports, ingests and acknowledges; refusals are one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeward-sync-cli-'));
    const pw = join(dir, 'pw');
    writeFileSync(pw, 'clerk password 1\n');
    const data = join(dir, 'data');
    const auth = ['--data', data, '--user', 'clerk', '--password-file', pw];
    const init = homeward(['init', '--data', data, '--institution-name', 'Test Home', '--institution-type', 'childrens-home', '--state', 'Bihar', '--district', 'Patna', '--admin', 'clerk', '--password-file', pw, '--recovery-key-out', join(dir, 'rk')]);
    expect(init.code, init.err).toBe(0);
    expect(homeward(['children', 'import', 'docs/formats/children-sample.csv', ...auth]).code).toBe(0);

    const created = homeward(['keys', 'create', ...auth]);
    expect(created.out).toMatch(/already has its keys/); // made at the first sign-in
    const shown = JSON.parse(homeward(['keys', 'show', '--json', ...auth]).out) as { keys: { purpose: string; fingerprint: string }[] };
    expect(shown.keys.map((k) => k.purpose).sort()).toEqual(['encryption', 'signing']);
    expect(homeward(['keys', 'show', '--minisign', ...auth]).out).toMatch(/^untrusted comment: minisign public key [0-9A-F]{16}\nRW[QRST]/);

    const reg = join(dir, 'registry');
    const rpw = join(dir, 'rpw');
    writeFileSync(rpw, 'registry passphrase\n');
    const rauth = ['--password-file', rpw];
    const rinit = registry(['init', '--dir', reg, '--name', 'State Registry', ...rauth]);
    expect(rinit.code, rinit.err).toBe(0);
    const rootFingerprint = /fingerprint ([0-9a-f]{64})/.exec(rinit.out)![1]!;

    const request = homeward(['keys', 'enroll', '--out', dir, ...auth]).out.trim();
    const enrolled = registry(['--dir', reg, 'enroll', request, ...rauth]);
    expect(enrolled.out).toContain(shown.keys.find((k) => k.purpose === 'signing')!.fingerprint);
    const trust = registry(['trust', 'export', '--out', join(dir, 'trust.hwpkg'), '--dir', reg, ...rauth]).out.trim();
    const imported = homeward(['trust', 'import', trust, '--root-fingerprint', rootFingerprint, ...auth]);
    expect(imported.code, imported.err).toBe(0);

    const pkg = homeward(['sync', 'export', '--out', dir, ...auth]);
    expect(pkg.code, pkg.err).toBe(0);
    expect(pkg.out.trim()).toMatch(/HW-sync-.*-000001\.hwpkg$/);
    const ingested = registry(['ingest', pkg.out.trim(), '--dir', reg, ...rauth]);
    expect(ingested.code, ingested.err).toBe(0);
    const receipt = ingested.out.trim();
    expect(receipt).toMatch(/HW-receipt-.*-000001\.hwpkg$/);
    const status = JSON.parse(registry(['status', '--json', '--dir', reg, ...rauth]).out) as { offices: { lastSeq: number; gaps: number[] }[] };
    expect(status.offices[0]).toMatchObject({ lastSeq: 1, gaps: [] });

    expect(homeward(['sync', 'import-receipt', receipt, ...auth]).out).toMatch(/acknowledged package 1/);
    expect(JSON.parse(homeward(['sync', 'status', '--json', ...auth]).out)).toMatchObject({ entriesWaiting: 0 });

    const identity = registry(['keys', 'export-age-identity', '--out', join(dir, 'registry-key.txt'), '--dir', reg, ...rauth]);
    expect(identity.code).toBe(0);

    // A receipt is not a trust list: one plain line, non-zero exit.
    const wrong = homeward(['trust', 'import', receipt, ...auth]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/^homeward: The package (contains an unexpected file|is missing)/);
    const refused = registry(['ingest', request, '--dir', reg, ...rauth]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^homeward-registry: .*(unexpected file|missing)/);
  });
});
