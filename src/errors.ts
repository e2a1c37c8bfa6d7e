import type { z } from 'zod';
/**
 * Error codes the domain may raise. The server maps each code to an HTTP status in
 * `src/server/error-status.ts`; nothing outside `server/` knows about statuses.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  /** Existed here and was withdrawn for good (a deleted account's credential). */
  'gone',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'llm_unavailable',
  'llm_bad_output',
  'llm_limit_exceeded',
  'upstream_failed',
  'store_locked',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorOptions {
  cause?: unknown;
  /** Machine-readable specifics, e.g. `{ issues: [{ path, message }] }` for invalid input. */
  details?: Record<string, unknown>;
}

/** The one error type domain code throws. `code` says what went wrong, `message` says it to a person. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

/** True when `e` is an AppError, optionally with the given code. */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}

/**
 * `raw` parsed by `schema`; throws `invalid_input` with `message` and, as details, where and
 * why it did not fit.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  message: string,
): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new AppError('invalid_input', message, { details: issuesToDetails(r.error.issues) });
  return r.data;
}

/** Turns zod-style issues into `{ path, message }` rows that name where the problem is. */
export function issuesToDetails(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): { issues: { path: string; message: string }[] } {
  return {
    issues: issues.map((i) => ({
      path: i.path.map((p) => String(p)).join('.') || '(root)',
      message: i.message,
    })),
  };
}
