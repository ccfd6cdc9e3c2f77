import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepPrint, missingText, pdfLayoutText } from '../../helpers/pdf';

const CLI = join(process.cwd(), 'src/main/cli/homeward.ts');

function homeward(args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', env: { ...process.env, HOMEWARD_USER: '', HOMEWARD_PASSWORD: '', HOMEWARD_DATA: '' }, timeout: 120_000 });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

// Each command is a fresh Node process compiling TypeScript, and printing starts Chromium: slow on 2 cores.
describe('homeward print', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-print-cli-'));
  const pw = join(dir, 'pw');
  writeFileSync(pw, 'clerk password 1\n');
  const data = join(dir, 'data');
  const auth = ['--data', data, '--user', 'clerk', '--password-file', pw];

  it('prints Form 17 for a child named by admission number to the file given', () => {
    expect(homeward(['init', '--data', data, '--institution-name', 'Test Home', '--institution-type', 'childrens-home', '--state', 'Bihar', '--district', 'Patna', '--admin', 'clerk', '--password-file', pw, '--recovery-key-out', join(dir, 'rk')]).code).toBe(0);
    expect(homeward(['children', 'import', 'docs/formats/children-sample.csv', ...auth]).code).toBe(0);
    const out = join(dir, 'form17.pdf');
    const r = homeward(['print', 'form17', '--child', 'SAMPLE/2024/002', '--out', out, ...auth]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(out);
    const kept = keepPrint('cli-form17', readFileSync(out).toString('base64'));
    expect(missingText(kept, ['रवि उदाहरण', 'SAMPLE/2024/002', 'प्रपत्र 17 / FORM 17'])).toEqual([]);
  });

  it('prints the admission register for a span of days given as dd-mm-yyyy', () => {
    const out = join(dir, 'register.pdf');
    const r = homeward(['print', 'register', '--from', '01-01-2024', '--to', '31-12-2026', '--out', out, ...auth]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const kept = keepPrint('cli-register', readFileSync(out).toString('base64'));
    expect(missingText(kept, ['प्रवेश रजिस्टर', '01-01-2024 से 31-12-2026 तक', 'SAMPLE/2024/002', 'रवि उदाहरण'])).toEqual([]);
  });

  it('prints a Board’s cause list for a day and its pendency report, with no child’s name', () => {
    expect(homeward(['cases', 'import', 'docs/formats/cases-sample.csv', ...auth]).code).toBe(0);
    const list = join(dir, 'cause-list.pdf');
    const r = homeward(['print', 'cause-list', '--date', '22-08-2024', '--out', list, ...auth]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const kept = keepPrint('cli-cause-list', readFileSync(list).toString('base64'));
    expect(missingText(kept, ['वाद सूची', 'JJB/LKO/2024/41', 'अभियोजन साक्ष्य'])).toEqual([]);
    const pending = join(dir, 'pendency.pdf');
    expect(homeward(['print', 'pendency', '--authority', 'cwc', '--out', pending, ...auth]).code).toBe(0);
    const keptPending = keepPrint('cli-pendency', readFileSync(pending).toString('base64'));
    expect(missingText(keptPending, ['लंबित प्रकरण', 'CWC/LKO/2024/95'])).toEqual([]);
    // The children of the sample register by their names: none is on either.
    for (const name of ['Arjun Namoona', 'Kiran Kalpit', 'Baby Udaharan', 'Fatima Udaharan']) expect(missingText(kept, [name]).concat(missingText(keptPending, [name]))).toEqual([name, name]);
  });

  it('prints the Board’s disposals for a span of months given as yyyy-mm', () => {
    const out = join(dir, 'disposals.pdf');
    const r = homeward(['print', 'disposals', '--authority', 'jjb', '--from', '2024-01', '--to', '2024-12', '--out', out, ...auth]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const kept = keepPrint('cli-disposals', readFileSync(out).toString('base64'));
    expect(missingText(kept, ['निस्तारण', '2024-01 से 2024-12 तक', 'धारा 18(1)(क): सलाह या चेतावनी'])).toEqual([]);
    // The sample's case disposed of on 16-04-2024 by admonition: April's row, the second column.
    const april = pdfLayoutText(kept).split('\n').find((l) => /^\s*2024-04\s/.test(l))!;
    expect(april.trim().split(/\s+/).slice(1)).toEqual(['0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1']);
  });

  it('refuses bad usage with one line and exit 2, an unknown child with exit 1, writing nothing', () => {
    const out = join(dir, 'never.pdf');
    const usage = homeward(['print', 'form99', '--child', 'X', '--out', out, ...auth]);
    expect(usage.code).toBe(2);
    expect(usage.err).toBe('homeward: There is no form "form99" to print; choose one of form17, form43, form7, form44, form45, form1, form6, form11, form15, form18, form19, form22, form25, form26, register, quarterly, monthly, cause-list, pendency, disposals.\n');
    const noDate = homeward(['print', 'cause-list', '--out', out, ...auth]);
    expect(noDate.code).toBe(2);
    expect(noDate.err).toBe('homeward: homeward print cause-list needs --date dd-mm-yyyy.\n');
    const backwards = homeward(['print', 'register', '--from', '31-12-2026', '--to', '01-10-2026', '--out', out, ...auth]);
    expect(backwards.code).toBe(2);
    expect(backwards.err).toBe('homeward: --to (01-10-2026) is before --from (31-12-2026).\n');
    const tooLong = homeward(['print', 'disposals', '--from', '2024-01', '--to', '2026-12', '--out', out, ...auth]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.err).toBe('homeward: --from 2024-01 --to 2026-12 spans 36 months; the disposals report covers at most 24.\n');
    const missing = homeward(['print', 'form17', '--child', 'NOBODY', '--out', out, ...auth]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('homeward: No child has admission number NOBODY.\n');
    expect(existsSync(out)).toBe(false);
  });
});
