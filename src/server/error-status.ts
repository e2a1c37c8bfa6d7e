import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../errors.ts';

/** The one table from domain error codes to HTTP statuses. */
export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  gone: 410,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  llm_bad_output: 502,
  upstream_failed: 502,
  llm_unavailable: 503,
  llm_limit_exceeded: 429,
  store_locked: 503,
  internal_error: 500,
};
