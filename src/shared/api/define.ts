import type { z } from 'zod';
import type { Permission } from '../domain/roles';

/** Who may call a method: anyone (before login), any logged-in user, or holders of a permission. */
export type Access = 'public' | 'authenticated' | Permission;

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Long work: the call returns a job id at once; progress and the result arrive as job events. */
  job?: boolean;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> => spec;
