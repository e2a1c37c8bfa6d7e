import type { ErrorCode } from '../../errors.ts';
import type { Answer, ObjectRequest } from '../../llm/types.ts';
import type { Ctx } from '../ctx.ts';

/** Model errors after which practice features answer from their offline engines instead. */
export const FALLBACK_CODES: ReadonlyArray<ErrorCode> = [
  'llm_unavailable',
  'llm_bad_output',
  'llm_limit_exceeded',
];

/**
 * End-to-end budget of one practice request that needs more than one model call (exam
 * questions, then the check of their keys): the calls share it, so a slow model cannot
 * hold the request past a minute.
 */
export const REQUEST_BUDGET_MS = 55_000;

/** Why the offline engine answered, fit to show. */
export const FALLBACK_REASON: Partial<Record<ErrorCode, string>> = {
  llm_unavailable: 'The model could not be reached; the offline engine answered.',
  llm_bad_output:
    'The model answer did not match the expected format; the offline engine answered.',
  llm_limit_exceeded: 'The daily model limit is reached; the offline engine answered.',
};

/** The part of the model interface practice uses. */
export interface ObjectModel {
  generateObject<T>(req: ObjectRequest<T>): Promise<Answer<T>>;
}

/**
 * The model to ask for `userId`, or undefined when none is configured (the offline engine
 * answers then). Never throws: a failing configuration check counts as "no model".
 */
export async function modelFor(ctx: Ctx, userId: string): Promise<ObjectModel | undefined> {
  const llm = ctx.llm as Partial<ObjectModel> & { isConfigured(userId?: string): Promise<boolean> };
  if (typeof llm.generateObject !== 'function') return undefined;
  try {
    return (await llm.isConfigured(userId)) ? (llm as ObjectModel) : undefined;
  } catch {
    return undefined;
  }
}
