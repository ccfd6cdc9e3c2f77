/** Validation of a case-file form against its schema, failing the way the contract does. */
import type { z } from 'zod';
import { AppError, fieldErrors } from '../../shared/api/errors';

/**
 * Parses or throws invalid_input naming the first problem; field paths carry `prefix` (the
 * name of the input property the form sits under), so the renderer shows each beside its field.
 */
export function parseForm<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidFields(Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [k === '_' ? prefix : `${prefix}.${k}`, v])));
}

export function invalidFields(fields: Record<string, string>): AppError {
  const [path, message] = Object.entries(fields)[0] ?? ['input', 'not valid'];
  return new AppError('invalid_input', `Please check ${path}: ${message}.`, { fields });
}
