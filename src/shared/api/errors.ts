import { z } from 'zod';

/** Every failure crossing the contract is one of these codes, with a plain-language message. */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'session_locked',
  'forbidden',
  'not_found',
  'conflict',
  'wrong_password',
  'account_locked',
  'not_set_up',
  'already_set_up',
  'database_newer',
  'database_damaged',
  'cancelled',
  'unknown_method',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ApiErrorShape = z.infer<typeof apiErrorSchema>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toJSON(): ApiErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Field path → message, from a zod error; the form shows each beside its field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
