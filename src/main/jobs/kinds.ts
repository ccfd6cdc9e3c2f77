/** Every kind of long job, by name. Each runs in a worker thread with its own connection. */
import type { JobContext } from './job-context';
import { importRegister } from '../children/register-file/import-register';
import { createBackup } from '../backup/create-backup';
import { exportSyncPackage } from '../sync/office/export-package';
import { importSnapshot } from '../snapshots/office/import-snapshot';
import { rematchJob } from '../matches/run-matching';
import { importCases } from '../cases/register-file/import-cases';
import { confirmPurgeJob } from '../purge/confirm-job';

export const JOB_KINDS = {
  'children.import': importRegister,
  backup: createBackup,
  'sync.export': exportSyncPackage,
  'snapshots.import': importSnapshot,
  'matches.rematch': rematchJob,
  'cases.import': importCases,
  'purge.confirm': confirmPurgeJob,
} satisfies Record<string, (ctx: JobContext, input: never) => Promise<unknown>>;

export type JobKind = keyof typeof JOB_KINDS;
export type JobInput<K extends JobKind> = Parameters<(typeof JOB_KINDS)[K]>[1];
