import { ERROR_CODES, type ErrorCode } from '../../shared/api/errors';

/**
 * Two codes are the renderer's own: 'unreachable' (the backend did not answer at all) and
 * 'bad_run_token' (web mode: the page was opened without the token printed with its address).
 */
export type ClientErrorCode = ErrorCode | 'unreachable' | 'bad_run_token';

export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** From the wire (an RPC failure or a job event's error); an unknown code counts as internal. */
  static from(shape: { code: string; message: string; details?: Record<string, unknown> | undefined }): ApiError {
    const code = ERROR_CODES.find((c) => c === shape.code) ?? 'internal';
    return new ApiError(code, shape.message, shape.details ?? {});
  }

  /** Field path → message, as sent with invalid_input. */
  get fields(): Record<string, string> {
    const f = this.details['fields'];
    if (typeof f !== 'object' || f === null) return {};
    return Object.fromEntries(Object.entries(f).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
}

export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('internal', e instanceof Error ? e.message : String(e));
}
