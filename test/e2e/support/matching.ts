/**
 * For the matches spec: the registry's side of missing-child reports (reports import, snapshot
 * publish — through its command line, like support/registry.ts), and the office's one-time
 * enrollment done from Settings, as a clerk does it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { nav } from './app';
import type { Registry } from './registry';

const CLI = resolve('src/main/registry/cli.ts');

/** The same registry folder and passphrase file that `Registry` made. */
function registryCli(registry: Registry, args: string[]): string {
  const auth = ['--dir', registry.dir, '--password-file', join(dirname(registry.dir), 'registry-passphrase.txt')];
  const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args, ...auth], { encoding: 'utf8', timeout: 120_000 });
  if (res.status !== 0) throw new Error(`homeward-registry ${args.join(' ')} exited ${res.status}:\n${res.stdout}${res.stderr}`);
  return res.stdout;
}

/** One row of docs/formats/reports-csv.md; empty cells mean "not recorded". */
export interface ReportRow {
  report_id: string;
  name: string;
  aliases?: string;
  sex: string;
  dob?: string;
  age_years?: string;
  date_missing: string;
  father_name?: string;
  mother_name?: string;
  village?: string;
  police_station?: string;
  district?: string;
  state?: string;
  height_cm?: string;
  identification_marks?: string;
  languages?: string;
}

const COLUMNS = ['report_id', 'name', 'aliases', 'sex', 'dob', 'age_years', 'date_missing', 'father_name', 'mother_name', 'village', 'police_station', 'district', 'state', 'height_cm', 'identification_marks', 'languages'] as const;

const cell = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes the reports as a CSV file and imports it at the registry. */
export function importReports(registry: Registry, file: string, rows: readonly ReportRow[]): void {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))];
  writeFileSync(file, `${lines.join('\n')}\n`, 'utf8');
  registryCli(registry, ['reports', 'import', file]);
}

/** Publishes a snapshot of the open reports into `outDir`; returns the file's path. */
export function publishSnapshot(registry: Registry, outDir: string): string {
  return registryCli(registry, ['snapshot', 'publish', '--out', outDir]).trim();
}

/**
 * Settings → Sync and keys: write the enrollment request to `usb`, have the registry enroll it,
 * and import the trust list it gives back (checked against the root fingerprint read out).
 */
export async function enrollOffice(page: Page, registry: Registry, usb: string, registryName: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Sync and keys' }).click();
  const enrollment = page.getByRole('form', { name: 'Enrollment (once)' });
  await enrollment.getByLabel('Folder to write to').fill(usb);
  await enrollment.getByRole('button', { name: 'Write the enrollment request' }).click();
  const done = page.getByRole('status').filter({ hasText: 'The enrollment request was written to:' });
  const request = (await done.locator('.sync-file').innerText()).trim();
  const rootFingerprint = registry.init(registryName);
  registry.enroll(request);
  const trustFile = registry.trustExport(join(usb, 'trust.hwpkg'));
  const trust = page.getByRole('form', { name: 'Import the trust list' });
  await trust.getByLabel('Trust list file from the registry (.hwpkg)').setInputFiles(trustFile);
  await trust.getByLabel(/^Root fingerprint read out by the registry/).fill(rootFingerprint);
  await trust.getByRole('button', { name: 'Import the trust list' }).click();
  await expect(page.getByRole('region', { name: 'The registry’s trust list' })).toContainText('Enrolled: it can send packages');
}
