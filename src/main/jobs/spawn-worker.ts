/**
 * How to start a worker thread on one of the backend's worker entries. From a bundle in
 * dist/main/<folder>/ the entry is dist/main/<folder>/<name>.js (scripts/build-main.mjs builds
 * every entry one folder deep, so any bundle finds it at ../<folder>/). From source (tests,
 * tsx) it is the .ts file, which plain Node cannot load: a two-line bootstrap loads it
 * through tsx's API.
 */
import { Worker } from 'node:worker_threads';

/** `callerUrl` is the caller's import.meta.url; `folder` and `name` name the entry (jobs, job-worker). */
export function spawnWorker(callerUrl: string, folder: string, name: string, workerData: unknown): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`../${folder}/${name}.js`, callerUrl), { workerData });
  const entry = new URL(`../${folder}/${name}.ts`, callerUrl).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(callerUrl)}));`;
  return new Worker(bootstrap, { eval: true, workerData });
}
