/** Starts a job through the contract and waits for its end, drawing a progress bar. */
import { AppError } from '../../shared/api/errors';
import type { JobEvent } from '../../shared/api/contract';
import type { Backend } from './backend-session';
import { progressReporter } from './progress';

export function awaitJob(backend: Backend, session: string, label: string, start: () => Promise<{ jobId: string }>): Promise<unknown> {
  const bar = progressReporter(label);
  return new Promise((resolve, reject) => {
    let jobId: string | null = null;
    const early: JobEvent[] = [];
    const finish = (e: JobEvent) => {
      bar.update(e);
      if (e.state === 'running') return;
      bar.stop();
      unsubscribe();
      process.off('SIGINT', onInterrupt);
      if (e.state === 'done') resolve(e.result);
      else reject(new AppError((e.error?.code ?? 'internal') as never, e.error?.message ?? 'The job failed.', e.error?.details));
    };
    const unsubscribe = backend.subscribe(session, (m) => {
      const e = m.payload as JobEvent;
      if (jobId === null) early.push(e);
      else if (e.jobId === jobId) finish(e);
    });
    // Ctrl-C asks the job to stop and roll back, rather than killing it mid-write.
    const onInterrupt = () => {
      if (jobId) void backend.dispatch({ method: 'jobs.cancel', input: { jobId }, session }, 'cli');
    };
    process.on('SIGINT', onInterrupt);
    start().then(
      (r) => {
        jobId = r.jobId;
        early.filter((e) => e.jobId === jobId).forEach(finish);
      },
      (err: unknown) => {
        bar.stop();
        unsubscribe();
        process.off('SIGINT', onInterrupt);
        reject(err);
      },
    );
  });
}
