/**
 * The two ways to reach the backend: the Electron preload bridge, or the loopback web host.
 * Both speak the wire shapes of src/shared/api/transport.ts.
 */
import type { Bridge, EventMessage, RpcRequest, RpcResponse } from '../../shared/api/transport';
import { runToken } from './run-token';

declare global {
  interface Window {
    homeward?: Bridge;
  }
}

/** The web host's answer to a missing or wrong run token (a plain 401, not an RPC error). */
export const BAD_RUN_TOKEN = 'bad_run_token';

function httpBridge(): Bridge {
  return {
    async invoke(request: RpcRequest): Promise<RpcResponse> {
      const res = await fetch('/api/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${runToken()}` },
        body: JSON.stringify(request),
      });
      if (res.status === 401) return { ok: false, error: { code: 'unauthenticated', message: BAD_RUN_TOKEN } };
      return (await res.json()) as RpcResponse;
    },
    subscribe(session: string, listener: (message: EventMessage) => void): () => void {
      const q = new URLSearchParams({ token: runToken(), session });
      const source = new EventSource(`/api/events?${q.toString()}`);
      source.onmessage = (e: MessageEvent<string>) => {
        try {
          listener(JSON.parse(e.data) as EventMessage);
        } catch {
          // A malformed line is dropped; the next event carries the full job state again.
        }
      };
      return () => source.close();
    },
  };
}

export function pickBridge(): Bridge {
  return window.homeward ?? httpBridge();
}
