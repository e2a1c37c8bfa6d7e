import { isRetryable, retryAfterMs } from './map-error.ts';

/** How often and how long to wait between tries. */
export interface RetryOptions {
  /** Extra tries after the first (default 2). */
  retries?: number;
  /** First delay; doubles each try (default 500 ms). */
  baseDelayMs?: number;
  /** Ceiling for any one delay, including a server's Retry-After (default 8 s). */
  maxDelayMs?: number;
}

/** The delay before try `attempt` (0-based retry number), honouring Retry-After, bounded. */
export function backoffDelay(attempt: number, e: unknown, opts: RetryOptions = {}): number {
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 8000;
  const asked = retryAfterMs(e);
  if (asked !== undefined) return Math.min(max, asked);
  const exp = base * 2 ** attempt;
  // Jitter spreads the retries of several processes hitting the same limit.
  return Math.min(max, exp / 2 + Math.random() * (exp / 2));
}

/** Sleeps `ms`, ending early (rejecting) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `fn`, retrying 429/5xx answers and dropped connections with exponential backoff,
 * at most `retries` times. Timeouts, refusals and other errors are not retried.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  opts: RetryOptions = {},
  signal?: AbortSignal,
): Promise<T> {
  const retries = opts.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= retries || !isRetryable(e)) throw e;
      await sleep(backoffDelay(attempt, e, opts), signal);
    }
  }
}
