/**
 * `npm run bench [foundation] [sync] [matching]`: measures and prints tables; it asserts
 * nothing (speed is not a unit test). With no names, all three run; matching at 1M reports
 * takes several minutes.
 */
import { foundationBench } from './foundation';
import { syncBench } from './sync';
import { matchingBench } from './matching/index';
import { printTable } from './table';

const SUITES = {
  foundation: ['Foundation', () => foundationBench()],
  sync: ['Sync packages', () => syncBench()],
  matching: ['Matching', () => matchingBench(process.cwd())],
} as const;

type Suite = keyof typeof SUITES;
const asked = process.argv.slice(2).filter((a): a is Suite => a in SUITES);
for (const name of asked.length ? asked : (Object.keys(SUITES) as Suite[])) {
  const [title, run] = SUITES[name];
  printTable(`${title} (this machine)`, await run());
}
