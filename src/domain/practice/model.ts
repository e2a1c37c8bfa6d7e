import type { Answer, ObjectRequest } from '../../llm/types.ts';
import type { Ctx } from '../ctx.ts';

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
