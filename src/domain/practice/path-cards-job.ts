import { z } from 'zod';
import { isAppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { createCardsFromPath } from './review-cards.ts';

/** The queue that turns a new or re-planned path's objectives into review cards. */
export const PATH_CARDS_QUEUE = 'practice.cards-from-path';

const Payload = z.object({ userId: z.string().min(1), pathId: z.string().min(1) });

/**
 * Queues review cards for a path's objectives, so the review queue fills as the person
 * learns without asking for it. Runs in the background: with a model, card writing is a
 * model call the path's creation should not wait for.
 */
export async function queuePathCards(ctx: Ctx, userId: string, pathId: string): Promise<void> {
  await ctx.jobs.enqueue(PATH_CARDS_QUEUE, { userId, pathId }, { singletonKey: pathId });
}

/** Runs a queued path-cards job: a path deleted in the meantime is skipped. */
export async function runPathCardsJob(ctx: Ctx, payload: unknown): Promise<void> {
  const { userId, pathId } = Payload.parse(payload);
  try {
    await createCardsFromPath(ctx, userId, pathId);
  } catch (e) {
    if (!isAppError(e) || e.code !== 'not_found') throw e;
  }
}
