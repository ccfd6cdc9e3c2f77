/**
 * The reference registry (`homeward-registry`) for the sync specs, run through its command line
 * exactly as a district office's operator would: init, enroll, trust export, ingest. Each call
 * is a separate process; a failure throws with what the command printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CLI = resolve('src/main/registry/cli.ts');

export class Registry {
  readonly dir: string;
  private readonly auth: string[];

  /** A registry in `root`/registry, its passphrase in a file beside it. */
  constructor(root: string) {
    this.dir = join(root, 'registry');
    const pw = join(root, 'registry-passphrase.txt');
    mkdirSync(root, { recursive: true });
    writeFileSync(pw, 'district registry passphrase 7\n');
    this.auth = ['--dir', this.dir, '--password-file', pw];
  }

  private run(args: string[]): { out: string; err: string } {
    const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, ...this.auth], { encoding: 'utf8', timeout: 120_000 });
    if (res.status !== 0) throw new Error(`homeward-registry ${args.join(' ')} exited ${res.status}:\n${res.stdout}${res.stderr}`);
    return { out: res.stdout, err: res.stderr };
  }

  /** Creates the registry; returns its root key's fingerprint, which the operator reads out to offices. */
  init(name: string): string {
    const { out } = this.run(['init', '--name', name]);
    const m = /fingerprint ([0-9a-f]{64})/.exec(out);
    if (!m) throw new Error(`no root fingerprint in: ${out}`);
    return m[1]!;
  }

  /** Approves an office's enrollment request; returns what it printed (with the office key's fingerprint). */
  enroll(requestFile: string): string {
    return this.run(['enroll', requestFile]).out;
  }

  /** Writes the current trust list to `file`; returns its path. */
  trustExport(file: string): string {
    return this.run(['trust', 'export', '--out', file]).out.trim();
  }

  /** Ingests a sync package; returns the path of the receipt it wrote. */
  ingest(packageFile: string): string {
    return this.run(['ingest', packageFile]).out.trim();
  }

  /** Signs an update bundle for `installer` into `outDir` (notes as text); returns the folder. */
  updateSign(installer: string, version: string, outDir: string, notes: { en: string; hi: string }): string {
    const en = join(this.dir, `notes-${version}-en.txt`);
    const hi = join(this.dir, `notes-${version}-hi.txt`);
    writeFileSync(en, notes.en);
    writeFileSync(hi, notes.hi);
    return this.run(['update', 'sign', '--installer', installer, '--version', version, '--out', outDir, '--notes-en', en, '--notes-hi', hi]).out.trim();
  }
}
