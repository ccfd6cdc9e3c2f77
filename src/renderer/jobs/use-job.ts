/**
 * Follows one long job (e.g. an import) through its events. Listening starts before the job
 * does, and events are kept by job id, so progress that arrives before the start call returns
 * its id is not lost.
 */
import { useEffect, useRef, useState } from 'react';
import type { JobEvent } from '../../shared/api/contract';
import { api } from '../api';

export function useJob() {
  const [jobId, setJobId] = useState<string | null>(null);
  const [event, setEvent] = useState<JobEvent | null>(null);
  const current = useRef<string | null>(null);
  const early = useRef(new Map<string, JobEvent>());

  useEffect(
    () =>
      api.subscribeJobs((e) => {
        if (e.jobId === current.current) setEvent(e);
        else early.current.set(e.jobId, e);
      }),
    [],
  );

  return {
    event,
    running: jobId !== null && (event === null || event.state === 'running'),
    async start(begin: () => Promise<{ jobId: string }>): Promise<void> {
      setEvent(null);
      const started = await begin();
      current.current = started.jobId;
      setJobId(started.jobId);
      setEvent(early.current.get(started.jobId) ?? null);
      early.current.clear();
    },
    cancel(): void {
      if (jobId) void api.call('jobs.cancel', { jobId }).catch(() => {});
    },
  };
}
