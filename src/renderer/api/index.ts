import { createClient } from './client';
import { pickBridge } from './transports';

export { ApiError, asApiError } from './api-error';
export type { ClientErrorCode } from './api-error';
export type { ApiClient } from './client';

/** The one client of this window. */
export const api = createClient(pickBridge());
