/** `homeward snapshot …` and `homeward match`: missing-child reports and the matches against them. */
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { call, withSession } from '../backend-session';
import type { CommonOptions } from '../credentials';
import { awaitJob } from '../run-job';

const out = (line: string) => process.stdout.write(`${line}\n`);

export async function snapshotImport(file: string, opts: CommonOptions): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const r = (await awaitJob(backend, session, 'Importing snapshot', () => call(backend, 'snapshots.import', { file: resolve(file) }, session))) as {
      version: number;
      reports: number;
      matching: { children: number; newPairs: number };
    };
    out(`Snapshot v${r.version} imported: ${r.reports} reports. Matched ${r.matching.children} children in care: ${r.matching.newPairs} new possible matches.`);
  });
}

export async function snapshotStatus(opts: CommonOptions & { json?: boolean }): Promise<void> {
  await withSession(opts, async (backend, session) => {
    const { held } = await call(backend, 'snapshots.status', {}, session);
    if (opts.json) return out(JSON.stringify({ held }, null, 2));
    if (!held) return out('No snapshot of missing-child reports yet.');
    out(`Snapshot v${held.version} (${held.kind}): ${held.reportCount} reports, ${held.expired ? 'EXPIRED' : 'expires'} ${held.expiresAt.slice(0, 10)}`);
    out(`Last matching run: ${held.lastMatchRun ? `${held.lastMatchRun.at} over ${held.lastMatchRun.children} children (snapshot v${held.lastMatchRun.snapshotVersion})` : 'never'}`);
  });
}

function topOf(text: string | undefined): number {
  if (text === undefined) return 10;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new AppError('invalid_input', `--top takes a whole number from 1 to 10, not "${text}".`);
  return n;
}

/** Re-runs matching (unless --no-rerun), then prints each child's candidates, best first. */
export async function match(opts: CommonOptions & { child?: string; top?: string; json?: boolean; rerun: boolean }): Promise<void> {
  const top = topOf(opts.top);
  await withSession(opts, async (backend, session) => {
    if (opts.rerun) await awaitJob(backend, session, 'Matching', () => call(backend, 'matches.rematch', {}, session));
    const children = await call(backend, 'matches.byChild', { admissionNo: opts.child, top }, session);
    if (opts.json) return out(JSON.stringify(children, null, 2));
    for (const c of children) {
      out(`${c.admission_no}: ${c.candidates.length ? '' : 'no candidates'}`);
      for (const m of c.candidates) out(`  ${m.report_id.padEnd(24)} ${m.label.padEnd(8)} p=${m.probability.toFixed(3)} weight ${m.weight.toFixed(1)}`);
    }
  });
}
