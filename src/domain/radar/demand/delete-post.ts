import { AppError } from '../../../errors.ts';
import type { Ctx } from '../../ctx.ts';

/** Deletes one of the user's posts (and its extracted skills). Throws `not_found` otherwise. */
export async function deletePost(ctx: Ctx, userId: string, id: string): Promise<void> {
  if (!(await ctx.store.radar.deletePost(userId, id))) {
    throw new AppError('not_found', 'Post not found');
  }
}
