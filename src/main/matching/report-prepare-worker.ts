/**
 * Worker entry of a parallel report import: prepares batches of reports (JSON texts) for the
 * index writer on the main thread. See parallel-build.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareBatch } from './index-build';
import { reportToPerson, type MissingReport } from './records';
import { reportProfile } from './report-matching';

const profile = reportProfile((workerData as { resourcesDir: string }).resourcesDir);
parentPort!.on('message', (texts: string[]) => {
  const batch = prepareBatch(profile, texts.map((t) => reportToPerson(JSON.parse(t) as MissingReport)));
  parentPort!.postMessage(batch, [batch.tokenCounts.buffer, batch.tokenHashes.buffer, batch.filters.buffer]);
});
