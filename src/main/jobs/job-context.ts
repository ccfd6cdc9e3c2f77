import type { Sqlite } from '../db/open';
import type { Geo } from '../reference/geo';

/** What a long job gets: its own connection, reference data, and ways to report and stop. */
export interface JobContext {
  db: Sqlite;
  geo: Geo;
  now: () => Date;
  progress(phase: string, done: number, total: number): void;
  /** True once cancellation was asked for; jobs check it between rows and roll back. */
  cancelled(): boolean;
}
