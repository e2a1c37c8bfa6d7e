import { APICallError, NoObjectGeneratedError } from 'ai';
import { AppError, isAppError } from '../errors.ts';

function findAppError(e: unknown): AppError | undefined {
  for (let cur = e, depth = 0; cur && depth < 6; depth++) {
    if (isAppError(cur)) return cur;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeoutOrAbort(e: unknown): boolean {
  const name = (e as { name?: unknown })?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** True for failures worth another try: 408/409/429/5xx answers and dropped connections. */
export function isRetryable(e: unknown): boolean {
  if (APICallError.isInstance(e)) {
    const s = e.statusCode;
    if (s === undefined) return !findAppError(e) && e.isRetryable;
    return s === 408 || s === 409 || s === 429 || s >= 500;
  }
  const app = findAppError(e);
  return app?.code === 'upstream_failed' && app.details?.reason === 'network';
}

/** The delay a server asked for (Retry-After / retry-after-ms), in ms, if any. */
export function retryAfterMs(e: unknown): number | undefined {
  if (!APICallError.isInstance(e) || !e.responseHeaders) return undefined;
  const h = Object.fromEntries(
    Object.entries(e.responseHeaders).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const ms = Number(h['retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const s = h['retry-after'];
  if (s === undefined) return undefined;
  const secs = Number(s);
  if (Number.isFinite(secs)) return secs * 1000;
  const at = Date.parse(s);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function statusMessage(status: number): string {
  if (status === 401 || status === 403) return 'The model provider refused the credentials';
  if (status === 404) return 'The model provider does not know this model or address';
  if (status === 429) return 'The model provider is rate limiting requests';
  if (status >= 500) return `The model provider failed (HTTP ${status})`;
  return `The model provider rejected the request (HTTP ${status})`;
}

/**
 * Turns anything a model call throws into an AppError: our own `llm_*` errors pass through,
 * validation failures become `llm_bad_output`, everything else `llm_unavailable` (with the
 * status or guard reason in details). `secrets` are scrubbed from messages.
 */
export function toLlmError(e: unknown, secrets: ReadonlyArray<string | undefined> = []): AppError {
  const scrub = (s: string) =>
    secrets.reduce<string>(
      (acc, k) => (k && k.length >= 4 ? acc.split(k).join('[redacted]') : acc),
      s,
    );
  if (isAppError(e) && e.code.startsWith('llm_')) return e;
  if (NoObjectGeneratedError.isInstance(e)) {
    return new AppError('llm_bad_output', 'The model answer did not match the expected format', {
      cause: e,
    });
  }
  if (APICallError.isInstance(e) && e.statusCode !== undefined) {
    return new AppError('llm_unavailable', statusMessage(e.statusCode), {
      cause: e,
      details: { status: e.statusCode, provider: scrub(e.message).slice(0, 300) },
    });
  }
  const app = findAppError(e);
  if (app) {
    return new AppError(
      'llm_unavailable',
      `The model could not be reached: ${scrub(app.message)}`,
      {
        cause: e,
        details: { reason: app.details?.reason ?? app.code },
      },
    );
  }
  if (isTimeoutOrAbort(e)) {
    return new AppError('llm_unavailable', 'The model did not answer in time', {
      cause: e,
      details: { reason: 'timeout' },
    });
  }
  const message = e instanceof Error ? scrub(e.message) : String(e);
  return new AppError('llm_unavailable', `The model call failed: ${message.slice(0, 300)}`, {
    cause: e,
  });
}
