import { type ErrorCode, isAppError } from '../errors.ts';
import type { Logger } from '../kernel/ports.ts';
import type { Answer, AnswerSource, Llm, Provenance } from './types.ts';

/** A feature's answer with its source, so the UI can say which answers came from a model. */
export interface Sourced<T> {
  value: T;
  source: AnswerSource;
  provenance?: Provenance;
  /** Set when a model was configured but its answer could not be used. */
  fallbackReason?: ErrorCode;
}

/**
 * Answers from the model when one is configured for `userId`, else (or when the model call
 * fails with one of `fallbackOn`, by default unavailable, over limit or bad output) from the
 * feature's offline path. Other errors are thrown.
 */
export async function modelOrOffline<T>(
  llm: Llm,
  userId: string | undefined,
  viaModel: () => Promise<Answer<T>>,
  offline: () => T | Promise<T>,
  opts: { log?: Logger; fallbackOn?: ReadonlyArray<ErrorCode> } = {},
): Promise<Sourced<T>> {
  if (!(await llm.isConfigured(userId))) return { value: await offline(), source: 'offline' };
  const fallbackOn = opts.fallbackOn ?? ['llm_unavailable', 'llm_limit_exceeded', 'llm_bad_output'];
  try {
    const a = await viaModel();
    return { value: a.value, source: 'model', provenance: a.provenance };
  } catch (e) {
    if (!isAppError(e) || !fallbackOn.includes(e.code)) throw e;
    opts.log?.info('model answer unavailable, using the offline engine', { code: e.code });
    return { value: await offline(), source: 'offline', fallbackReason: e.code };
  }
}
