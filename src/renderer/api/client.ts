/**
 * The renderer's typed client: `api.call(method, input)` resolves to the method's output type or
 * throws an ApiError. It holds the session token after login; when the backend says the session
 * is gone (locked or expired) it tells the app, which returns to the login screen.
 */
import type { Bridge } from '../../shared/api/transport';
import { jobEventSchema, type InputOf, type JobEvent, type MethodName, type OutputOf } from '../../shared/api/contract';
import { ApiError } from './api-error';
import { BAD_RUN_TOKEN } from './transports';

type JobListener = (event: JobEvent) => void;

export function createClient(bridge: Bridge) {
  let session: string | null = null;
  let onSessionLost: () => void = () => {};
  const jobListeners = new Set<JobListener>();
  let closeEvents: (() => void) | null = null;

  function openEvents(): void {
    closeEvents?.();
    closeEvents = null;
    if (session === null || jobListeners.size === 0) return;
    closeEvents = bridge.subscribe(session, (message) => {
      if (message.topic !== 'job') return;
      const parsed = jobEventSchema.safeParse(message.payload);
      if (parsed.success) for (const l of jobListeners) l(parsed.data);
    });
  }

  function setSession(token: string | null): void {
    session = token;
    openEvents();
  }

  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    let response;
    try {
      response = await bridge.invoke(session === null ? { method, input } : { method, input, session });
    } catch (e) {
      throw new ApiError('unreachable', e instanceof Error ? e.message : String(e));
    }
    if (response.ok) return response.result as OutputOf<M>;
    if (response.error.message === BAD_RUN_TOKEN) throw new ApiError('bad_run_token', BAD_RUN_TOKEN);
    const error = ApiError.from(response.error);
    if (session !== null && (error.code === 'session_locked' || error.code === 'unauthenticated')) {
      setSession(null);
      onSessionLost();
    }
    throw error;
  }

  /** Job progress for this session; the connection opens with the first listener. */
  function subscribeJobs(listener: JobListener): () => void {
    jobListeners.add(listener);
    if (jobListeners.size === 1) openEvents();
    return () => {
      jobListeners.delete(listener);
      if (jobListeners.size === 0) openEvents();
    };
  }

  return {
    call,
    subscribeJobs,
    setSession,
    hasSession: () => session !== null,
    setOnSessionLost(handler: () => void) {
      onSessionLost = handler;
    },
  };
}

export type ApiClient = ReturnType<typeof createClient>;
