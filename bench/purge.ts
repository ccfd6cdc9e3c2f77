/**
 * s.24 purge figures on a register of 5,000 synthetic children with case files (about 50k
 * journal entries): converting a format-1 journal to format 2 (what the first opening after the
 * upgrade does), and destroying one child in conflict with law who has a full case file and
 * 10 scanned attachments — the erasure transaction, the compaction (VACUUM) and the whole
 * confirmation job as the window runs it — then audit verify over the purged journal.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../src/main/backend';
import { ChildrenService } from '../src/main/children/service';
import { addAttachment } from '../src/main/casefile/attachments';
import type { CaseFileCall } from '../src/main/casefile/child-access';
import { generateChildren } from '../src/main/demo/generate-children';
import { fillCaseFile } from '../src/main/demo/generate-casefile';
import { Prng } from '../src/main/demo/prng';
import { convertJournalFormat } from '../src/main/journal/convert-format';
import { rewriteAsFormat1 } from '../test/helpers/legacy-journal';
import type { JobEvent } from '../src/shared/api/contract';
import type { Row } from './table';

const PASSWORD = 'bench password 1';
const MB = 1024 * 1024;

export async function purgeBench(): Promise<Row[]> {
  const rows: Row[] = [];
  const data = join(mkdtempSync(join(tmpdir(), 'homeward-bench-purge-')), 'data');
  const backend = await createBackend({ dataDir: data, resourcesDir: process.cwd(), log: () => undefined });
  const rpc = async (method: string, input: unknown, session?: string) => {
    const res = await backend.dispatch({ method: method as never, input, session }, 'direct');
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.result as Record<string, unknown>;
  };
  await rpc('setup.create', {
    institution: { name: 'Bench Observation Home', type: 'observation-home', registrationNo: '', state: 'Bihar', district: 'Patna', address: '' },
    admin: { username: 'bench', displayName: 'Bench', password: PASSWORD },
  });
  const first = await rpc('auth.login', { username: 'bench', password: PASSWORD });
  await rpc('users.create', { username: 'second', displayName: 'Second Admin', role: 'administrator', password: PASSWORD }, first['sessionToken'] as string);
  const second = (await rpc('auth.login', { username: 'second', password: PASSWORD }))['sessionToken'] as string;
  const user = first['user'] as { id: string };
  const db = backend.core.vault.db();
  const actor = { id: user.id, name: 'bench' };
  const call: CaseFileCall = { db, now: new Date(), actor, viewer: { userId: user.id, canSeeCcl: true, canSeePhotos: true, canSeeAadhaar: true } };

  const children = generateChildren(backend.core.geo, { count: 5000, seed: 11, today: new Date() });
  const ids = db.transaction(() => new ChildrenService(db, () => new Date(), backend.core.geo).insertMany(children, actor))();
  const rnd = new Prng(5);
  const target = db.prepare(`SELECT id, admission_no FROM children WHERE category = 'CCL' ORDER BY admitted_at LIMIT 1`).get() as { id: string; admission_no: string };
  db.transaction(() => {
    for (const id of ids) if (id !== target.id) fillCaseFile(call, id, rnd, { quarters: 2, allSections: false });
  })();
  db.transaction(() => {
    fillCaseFile(call, target.id, rnd, { quarters: 12, allSections: true });
    for (let i = 0; i < 10; i++) {
      const body = Buffer.alloc(rnd.int(200, 600) * 1024, 0x41 + i);
      const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), body, Buffer.from('\n%%EOF\n')]);
      addAttachment(call, { childId: target.id, kind: 'order', title: `Order ${i + 1}`, documentDate: null, fileName: `order-${i}.pdf`, dataBase64: pdf.toString('base64') });
    }
  })();
  const entries = db.prepare('SELECT count(*) FROM journal').pluck().get() as number;

  // The upgrade: the same journal as format 1, converted as the first opening after the upgrade does.
  rewriteAsFormat1(db);
  let t = performance.now();
  convertJournalFormat(db, new Date());
  rows.push({ what: `Convert a format-1 journal of ${entries.toLocaleString('en-IN')} entries to format 2`, value: (performance.now() - t) / 1000, unit: 's', target: 'once, at the first opening' });

  db.pragma('wal_checkpoint(TRUNCATE)');
  const sizeBefore = statSync(db.name).size;
  const request = await rpc('purge.request', { childId: target.id, orderReference: 'JJB/BENCH/1', orderDate: '2026-11-20' }, first['sessionToken'] as string);
  const events: JobEvent[] = [];
  const unsubscribe = backend.subscribe(second, (m) => events.push(m.payload as JobEvent));
  t = performance.now();
  const { jobId } = (await rpc('purge.confirm', { requestId: request['id'], admissionNo: target.admission_no }, second)) as { jobId: string };
  let compactingAt = 0;
  for (;;) {
    const e = events.find((x) => x.jobId === jobId && x.state !== 'running');
    if (!compactingAt && events.some((x) => x.jobId === jobId && x.phase === 'compacting')) compactingAt = performance.now();
    if (e) {
      if (e.state !== 'done') throw new Error(e.error?.message ?? 'purge failed');
      const result = e.result as { journalEntriesErased: number; rowsDeleted: number };
      const total = performance.now() - t;
      rows.push({ what: `Destroy one child (${result.rowsDeleted} rows, ${result.journalEntriesErased} journal entries erased): erasure`, value: compactingAt ? (compactingAt - t) / 1000 : NaN, unit: 's', target: 'in a worker thread' });
      rows.push({ what: 'Same purge: the whole confirmation job, VACUUM and log truncation included', value: total / 1000, unit: 's', target: 'in a worker thread' });
      break;
    }
    await new Promise((ok) => setTimeout(ok, 20));
  }
  unsubscribe();
  rows.push({ what: 'Database file before the purge', value: sizeBefore / MB, unit: 'MB', target: '' });
  rows.push({ what: 'Database file after (the child’s 10 attachments gone, free pages dropped)', value: statSync(db.name).size / MB, unit: 'MB', target: '' });
  t = performance.now();
  const verify = await rpc('audit.verify', {}, second);
  rows.push({ what: `audit verify after the purge (${(verify['entries'] as number).toLocaleString('en-IN')} entries, ok: ${String(verify['ok'])})`, value: (performance.now() - t) / 1000, unit: 's', target: '' });
  await backend.close();
  return rows;
}
