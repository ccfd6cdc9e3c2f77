/**
 * Foundation figures: web-mode cold start to a usable login page, the children list with
 * 5,000 children (backend and in Chromium), and importing a 5,000-row register.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { createBackend } from '../src/main/backend';
import { Geo } from '../src/main/reference/geo';
import { generateRegisterCsv } from '../src/main/demo/generate-children';
import { CHROMIUM } from '../test/e2e/chromium';
import type { Row } from './table';

const root = process.cwd();
const CLI = join(root, 'dist/main/cli/homeward.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('close', (code) => resolve({ code, out }));
  });
}

export async function foundationBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'homeward-bench-'));
  const data = join(dir, 'data');
  const pw = join(dir, 'pw');
  writeFileSync(pw, 'bench password 1\n');
  const env = { HOMEWARD_DATA: data, HOMEWARD_USER: 'bench', HOMEWARD_PASSWORD: 'bench password 1' };
  await run(['init', '--institution-name', 'Bench Home', '--institution-type', 'childrens-home', '--state', 'Bihar', '--district', 'Patna', '--admin', 'bench', '--password-file', pw, '--recovery-key-out', join(dir, 'rk')], env);

  const csv = join(dir, 'register-5000.csv');
  writeFileSync(csv, generateRegisterCsv(Geo.load(root), { count: 5000, seed: 7, today: new Date() }));
  let t = performance.now();
  const imp = await run(['children', 'import', csv], env);
  if (imp.code !== 0) throw new Error(`import failed: ${imp.out}`);
  rows.push({ what: 'Import a 5,000-row register (CLI, whole command)', value: (performance.now() - t) / 1000, unit: 's', target: '< 10 s' });

  // Backend list and filter, median of 20 calls each.
  const backend = await createBackend({ dataDir: data, resourcesDir: root, log: () => undefined });
  const login = await backend.dispatch({ method: 'auth.login', input: { username: 'bench', password: 'bench password 1' } }, 'direct');
  const session = login.ok ? (login.result as { sessionToken: string }).sessionToken : '';
  for (const [label, input] of [
    ['all 5,000', {}],
    ['search "ku"', { query: 'ku' }],
    ['filter CCL + 12-14', { category: 'CCL', ageBand: '12-14' }],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      await backend.dispatch({ method: 'children.list', input, session }, 'direct');
      times.push(performance.now() - t);
    }
    rows.push({ what: `children.list, ${label} (backend, median of 20)`, value: median(times), unit: 'ms', target: '< 100 ms' });
  }
  await backend.close();

  // Cold start: from spawning `homeward serve` to a login page ready for typing.
  const browser = await chromium.launch(CHROMIUM);
  const page = await browser.newPage();
  t = performance.now();
  const server = spawn(process.execPath, [CLI, 'serve'], { env: { ...process.env, ...env } });
  const url = await new Promise<string>((resolve) => {
    server.stdout.on('data', (d: Buffer) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(d.toString());
      if (m) resolve(m[0]);
    });
  });
  await page.goto(url);
  await page.getByLabel('Username').waitFor();
  rows.push({ what: 'Web mode cold start to a usable login page', value: (performance.now() - t) / 1000, unit: 's', target: '< 2 s' });

  await page.getByLabel('Username').fill('bench');
  await page.getByLabel('Password').fill('bench password 1');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Children', exact: true }).waitFor();
  const firstRow = page.getByRole('row').nth(1);
  const times = { first: [] as number[], all: [] as number[], filter: [] as number[] };
  for (let i = 0; i < 5; i++) {
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { name: 'Home' }).waitFor();
    t = performance.now();
    await page.getByRole('link', { name: 'Children', exact: true }).click();
    await firstRow.waitFor();
    times.first.push(performance.now() - t);
    await page.getByText('5000 shown of 5000').waitFor();
    times.all.push(performance.now() - t);
    t = performance.now();
    await page.getByLabel('Category').selectOption('CCL');
    await page.waitForFunction(() => !document.body.innerText.includes('5000 shown of 5000'));
    times.filter.push(performance.now() - t);
    await page.getByLabel('Category').selectOption('');
  }
  rows.push({ what: 'Children page, 5,000 children: click to first rows shown (Chromium, median of 5)', value: median(times.first), unit: 'ms', target: '< 100 ms' });
  rows.push({ what: 'Children page: click to all 5,000 rows loaded (Chromium, median of 5)', value: median(times.all), unit: 'ms', target: '' });
  rows.push({ what: 'Children page: filter by category to rows shown (Chromium, median of 5)', value: median(times.filter), unit: 'ms', target: '< 100 ms' });
  await browser.close();
  server.kill('SIGTERM');
  return rows;
}
