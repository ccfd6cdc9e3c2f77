/** Import rate at 100k and 1M reports, per-child latency and a 500-child run at 1M, peak RSS. */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { buildReportIndex, ReportMatcher } from '../../src/main/matching/report-matching';
import type { MissingReport } from '../../src/main/matching/records';
import type { Row } from '../table';
import { FieldGenerator, scenario } from './generate';

/** The snapshot as a JSON-lines file, written before timing so that import reads a file as in the field. */
function writeSnapshot(file: string, reports: Iterable<MissingReport>): void {
  const fd = openSync(file, 'w');
  let buf: string[] = [];
  for (const r of reports) {
    buf.push(JSON.stringify(r));
    if (buf.length === 10_000) {
      writeSync(fd, buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length) writeSync(fd, buf.join('\n') + '\n');
  closeSync(fd);
}

/** The snapshot's lines (JSON texts of reports), as the import reads staged reports. */
function* readSnapshot(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let rest = '';
  for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
    const lines = (rest + chunk.toString('utf8', 0, n)).split('\n');
    rest = lines.pop()!;
    for (const l of lines) if (l) yield l;
  }
  closeSync(fd);
}

/** The synchronous import blocks timers, so RSS is also sampled from the progress callback. */
class PeakRss {
  peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 100);
  sample() {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
  }
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function importRun(size: number, resourcesDir: string, dir: string, rss: PeakRss) {
  const gen = new FieldGenerator(5, resourcesDir);
  const sc = scenario(gen, size, 500);
  const file = join(dir, `reports-${size}.jsonl`);
  writeSnapshot(file, sc.reports());
  const db = new Database(join(dir, `reports-${size}.db`));
  db.pragma('journal_mode = WAL');
  const t = performance.now();
  await buildReportIndex(db, readSnapshot(file), { resourcesDir, onProgress: () => rss.sample() });
  const seconds = (performance.now() - t) / 1000;
  return { db, sc, seconds };
}

export async function measureSpeed(resourcesDir: string, sizes = [100_000, 1_000_000]): Promise<Row[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'homeward-match-'));
  const rss = new PeakRss();
  try {
    for (const size of sizes) {
      const { db, sc, seconds } = await importRun(size, resourcesDir, dir, rss);
      const label = size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`;
      rows.push({ what: `import ${label} reports`, value: seconds, unit: 's', target: size >= 1e6 ? '≤ 60 s' : '' });
      rows.push({ what: `import ${label} reports, rate`, value: size / seconds, unit: '/s', target: '' });
      if (size === sizes[sizes.length - 1]) {
        const matcher = new ReportMatcher(db, resourcesDir);
        const times: number[] = [];
        const t = performance.now();
        for (const child of sc.children) {
          const c0 = performance.now();
          matcher.matchChild(child);
          times.push(performance.now() - c0);
          rss.sample();
        }
        const total = (performance.now() - t) / 1000;
        rows.push({ what: `per child at ${label}, p50`, value: quantile(times, 0.5), unit: 'ms', target: '' });
        rows.push({ what: `per child at ${label}, p95`, value: quantile(times, 0.95), unit: 'ms', target: '≤ 50 ms' });
        rows.push({ what: `500 children against ${label}`, value: total, unit: 's', target: '≤ 30 s' });
      }
      db.close();
    }
  } finally {
    rss.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ what: 'peak memory (RSS)', value: rss.peak / 2 ** 20, unit: 'MB', target: '≤ 1024 MB' });
  return rows;
}
