/**
 * `node --import tsx bench/matching/run.ts [quality|public|speed …]`: the matching bench alone,
 * or only the named parts. MATCH_SPEED_SIZES=100000 limits the speed part to those sizes;
 * MATCH_SEED picks another generated scenario (tune on another seed than the reported one).
 */
import type { Row } from '../table';
import { matchingBench, type BenchPart } from './index';

const parts = process.argv.slice(2) as BenchPart[];
const rows: Row[] = await matchingBench(process.cwd(), parts.length ? parts : undefined);
// Three decimals: the quality figures move in the third.
const w = Math.max(...rows.map((r) => r.what.length), 10);
process.stdout.write(`\nMatching (this machine)\n${'-'.repeat(w + 34)}\n`);
for (const r of rows) {
  const v = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(r.unit === 'ms' || r.unit === 's' ? 1 : 3);
  process.stdout.write(`${r.what.padEnd(w)}  ${v.padStart(8)} ${r.unit.padEnd(6)} ${r.target}\n`);
}
