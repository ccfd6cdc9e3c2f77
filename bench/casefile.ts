/**
 * Case-file figures on a register of 5,000 synthetic children, each with a case file (a few
 * case-history sections, check-ups, reviews and a care plan): opening one child's full case
 * file — every Form 43 section, a care plan with its versions, check-ups, immunisations,
 * reviews and 10 scanned attachments of a few hundred KB — in the backend and in Chromium.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { createBackend } from '../src/main/backend';
import { ChildrenService } from '../src/main/children/service';
import { addAttachment } from '../src/main/casefile/attachments';
import type { CaseFileCall } from '../src/main/casefile/child-access';
import { generateChildren } from '../src/main/demo/generate-children';
import { fillCaseFile } from '../src/main/demo/generate-casefile';
import { Prng } from '../src/main/demo/prng';
import { CHROMIUM } from '../test/e2e/chromium';
import type { Row } from './table';

const root = process.cwd();
const CLI = join(root, 'dist/main/cli/homeward.js');
const PASSWORD = 'bench password 1';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A scan-sized PDF: a real header and trailer around `bytes` of page data. */
function scannedPdf(bytes: number, rnd: Prng): Buffer {
  const body = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) body[i] = 32 + rnd.int(0, 90);
  return Buffer.concat([Buffer.from(`%PDF-1.4\n1 0 obj<</Length ${bytes}>>stream\n`), body, Buffer.from('\nendstream endobj\ntrailer<<>>\n%%EOF\n')]);
}

/** A photo-sized JPEG: start of image, a 1600×1200 frame header, data, end of image. */
function photoJpeg(bytes: number, rnd: Prng): Buffer {
  const sof = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x04, 0xb0, 0x06, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
  const data = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) data[i] = rnd.int(0, 0xfe);
  return Buffer.concat([sof, data, Buffer.from([0xff, 0xd9])]);
}

export async function casefileBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const data = join(mkdtempSync(join(tmpdir(), 'homeward-bench-casefile-')), 'data');
  const backend = await createBackend({ dataDir: data, resourcesDir: root, log: () => undefined });
  const rpc = async (method: string, input: unknown, session?: string) => {
    const res = await backend.dispatch({ method: method as never, input, session }, 'direct');
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.result as Record<string, unknown>;
  };
  await rpc('setup.create', {
    institution: { name: 'Bench Home', type: 'childrens-home', registrationNo: '', state: 'Bihar', district: 'Patna', address: '' },
    admin: { username: 'bench', displayName: 'Bench', password: PASSWORD },
  });
  const login = await rpc('auth.login', { username: 'bench', password: PASSWORD });
  const session = login['sessionToken'] as string;
  const user = login['user'] as { id: string };
  const db = backend.core.vault.db();
  const actor = { id: user.id, name: 'bench' };
  const call: CaseFileCall = { db, now: new Date(), actor, viewer: { userId: user.id, canSeeCcl: true, canSeePhotos: true, canSeeAadhaar: true } };

  const children = generateChildren(backend.core.geo, { count: 5000, seed: 11, today: new Date() });
  const ids = db.transaction(() => new ChildrenService(db, () => new Date(), backend.core.geo).insertMany(children, actor))();
  // The child whose file is opened: in care for years, everything recorded, 10 attachments.
  const target = (db.prepare(`SELECT id FROM children WHERE category = 'CNCP' ORDER BY admitted_at LIMIT 1`).get() as { id: string }).id;
  const rnd = new Prng(5);
  let t = performance.now();
  db.transaction(() => {
    for (const id of ids) if (id !== target) fillCaseFile(call, id, rnd, { quarters: 2, allSections: false });
  })();
  rows.push({ what: 'Fill 5,000 case files (sections, check-ups, reviews, care plan; journaled)', value: (performance.now() - t) / 1000, unit: 's', target: '' });

  let attachmentBytes = 0;
  db.transaction(() => {
    fillCaseFile(call, target, rnd, { quarters: 12, allSections: true });
    for (let i = 0; i < 10; i++) {
      const file = i % 3 === 2 ? photoJpeg(rnd.int(150, 400) * 1024, rnd) : scannedPdf(rnd.int(200, 600) * 1024, rnd);
      attachmentBytes += file.length;
      addAttachment(call, { childId: target, kind: i % 3 === 2 ? 'photo' : 'order', title: `Document ${i + 1}`, documentDate: null, fileName: i % 3 === 2 ? `photo-${i}.jpg` : `order-${i}.pdf`, dataBase64: file.toString('base64') });
    }
  })();
  const counts = db.prepare(`SELECT (SELECT count(*) FROM casefile_entries) AS entries, (SELECT count(*) FROM care_plan_versions) AS versions, (SELECT count(*) FROM journal) AS journal`).get() as Record<string, number>;
  process.stdout.write(`casefile bench: ${ids.length} children, ${counts['entries']} entries, ${counts['versions']} plan versions, ${counts['journal']} journal entries; attachments of the opened file ${(attachmentBytes / 1e6).toFixed(1)} MB\n`);

  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    const file = await rpc('casefile.get', { childId: target }, session);
    times.push(performance.now() - t);
    size = JSON.stringify(file).length;
  }
  rows.push({ what: `casefile.get, full case file (backend, median of 20; answer ${Math.round(size / 1024)} KB)`, value: median(times), unit: 'ms', target: '< 300 ms' });
  const overview: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await rpc('casefile.overview', {}, session);
    overview.push(performance.now() - t);
  }
  rows.push({ what: 'casefile.overview, every child on the roll (Care plans page; backend, median of 20)', value: median(overview), unit: 'ms', target: '' });
  await backend.close();

  // In Chromium: from following the link to the child's case history to every section painted.
  const browser = await chromium.launch(CHROMIUM);
  const page = await browser.newPage();
  const server = spawn(process.execPath, [CLI, 'serve', '--data', data], { env: { ...process.env } });
  const url = await new Promise<string>((resolve) => {
    server.stdout.on('data', (d: Buffer) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(d.toString());
      if (m) resolve(m[0]);
    });
  });
  await page.goto(url);
  await page.getByLabel('Username').fill('bench');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Home', exact: true }).waitFor();

  const open = (tab: string, done: string) =>
    page.evaluate(
      ({ hash, done }) =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          // (No named inner functions: tsx would wrap them in a helper the page does not have.)
          const obs = new MutationObserver(() => {
            if (document.querySelector(done)) {
              obs.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }
          });
          obs.observe(document.body, { childList: true, subtree: true });
          window.location.hash = hash;
        }),
      { hash: `#/children/${target}/${tab}`, done },
    );
  const timed = { history: [] as number[], plan: [] as number[], documents: [] as number[] };
  for (let i = 0; i < 7; i++) {
    for (const [tab, done] of [
      ['history', '#cf-section-review'],
      ['plan', '#plan-d'],
      ['documents', '#cf-add-doc'],
    ] as const) {
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      await page.getByRole('heading', { name: 'Home' }).waitFor();
      timed[tab].push(await open(tab, done));
    }
  }
  rows.push({ what: 'Child’s page → case history, all sections painted (in page, median of 7)', value: median(timed.history), unit: 'ms', target: '< 300 ms' });
  rows.push({ what: '  the same, first opening after sign-in', value: timed.history[0]!, unit: 'ms', target: '' });
  rows.push({ what: 'Child’s page → care plan, parts A–D painted (in page, median of 7)', value: median(timed.plan), unit: 'ms', target: '< 300 ms' });
  rows.push({ what: 'Child’s page → documents, 10 attachments listed (in page, median of 7)', value: median(timed.documents), unit: 'ms', target: '< 300 ms' });
  await browser.close();
  server.kill('SIGTERM');
  return rows;
}
