/**
 * `npm run bench [foundation] [sync] [matching] [snapshot] [casefile] [printing] [purge]`: measures and prints tables; it
 * asserts nothing (speed is not a unit test). With no names, all run; matching and snapshots
 * at 1M reports take several minutes each.
 */
import { foundationBench } from './foundation';
import { syncBench } from './sync';
import { matchingBench } from './matching/index';
import { snapshotBench } from './snapshot';
import { casefileBench } from './casefile';
import { printingBench } from './printing';
import { purgeBench } from './purge';
import { printTable } from './table';

const SUITES = {
  foundation: ['Foundation', () => foundationBench()],
  sync: ['Sync packages', () => syncBench()],
  matching: ['Matching', () => matchingBench(process.cwd())],
  snapshot: ['Snapshot publish and import', () => snapshotBench()],
  casefile: ['Case file, 5,000 children', () => casefileBench()],
  printing: ['Printing forms to PDF', () => printingBench()],
  purge: ['s.24 purge, 5,000 children', () => purgeBench()],
} as const;

type Suite = keyof typeof SUITES;
const asked = process.argv.slice(2).filter((a): a is Suite => a in SUITES);
for (const name of asked.length ? asked : (Object.keys(SUITES) as Suite[])) {
  const [title, run] = SUITES[name];
  printTable(`${title} (this machine)`, await run());
}
