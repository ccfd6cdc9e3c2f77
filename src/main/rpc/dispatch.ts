/**
 * The one entry point for every transport: validate the input strictly, check who may
 * call, run the handler, validate the output, and turn any failure into a typed error.
 * A stack trace never leaves the backend.
 */
import { AppError, fieldErrors } from '../../shared/api/errors';
import { contract, type MethodName } from '../../shared/api/contract';
import type { RpcRequest, RpcResponse } from '../../shared/api/transport';
import { roleHas } from '../../shared/domain/roles';
import type { TransportKind } from '../backend-types';
import type { Core, CallContext } from '../core';
import type { Handler, Handlers } from './handlers';

export type Logger = (message: string, error?: unknown) => void;

export function createDispatch(core: Core, handlers: Handlers, log: Logger) {
  return async function dispatch(request: RpcRequest, transport: TransportKind): Promise<RpcResponse> {
    try {
      const name = request?.method;
      if (typeof name !== 'string' || !Object.hasOwn(contract, name)) throw new AppError('unknown_method', `There is no operation called ${String(name)}.`);
      const spec = contract[name as MethodName];
      const parsed = spec.input.safeParse(request.input ?? {});
      if (!parsed.success) {
        const fields = fieldErrors(parsed.error);
        const first = Object.entries(fields)[0];
        throw new AppError('invalid_input', first ? `Please check ${first[0]}: ${first[1]}.` : 'The request is not valid.', { fields });
      }
      const ctx: CallContext = { transport, session: null };
      if (spec.access !== 'public') {
        ctx.session = core.sessions.touch(request.session);
        if (spec.access !== 'authenticated' && !roleHas(ctx.session.role, spec.access)) {
          throw new AppError('forbidden', 'Your role does not allow this. Ask your administrator if you need it.', { permission: spec.access });
        }
      }
      const handler = handlers[name as MethodName] as Handler<MethodName>;
      const result = await handler(parsed.data as never, ctx);
      const out = spec.output.safeParse(result);
      if (!out.success) {
        log(`output of ${name} does not match the contract`, out.error);
        throw new AppError('internal', 'Something went wrong inside Homeward. Nothing was lost; please try again.');
      }
      return { ok: true, result: out.data };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toJSON() };
      log(`unexpected failure in ${String(request?.method)}`, e);
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Homeward. Nothing was lost; please try again.' } };
    }
  };
}
