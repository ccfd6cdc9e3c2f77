import type { z } from 'zod';
import type { Contract, MethodName } from '../../shared/api/contract';
import type { CallContext } from '../core';

export type Handler<M extends MethodName> = (
  input: z.output<Contract[M]['input']>,
  ctx: CallContext,
) => Promise<z.input<Contract[M]['output']>> | z.input<Contract[M]['output']>;

/** A capability's share of the contract. The backend checks that together they cover it all. */
export type Handlers<M extends MethodName = MethodName> = { [K in M]: Handler<K> };
