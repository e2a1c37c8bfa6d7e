import type { PostInfo, PostSource } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { presentPost } from './present.ts';

/** The user's posts (optionally of one source), newest first, with the total count. */
export async function listPosts(
  ctx: Ctx,
  userId: string,
  query: { source?: PostSource | undefined; limit: number; offset: number },
): Promise<{ posts: PostInfo[]; total: number }> {
  const { rows, total } = await ctx.store.radar.listPosts(userId, {
    sources: query.source ? [query.source] : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  return { posts: rows.map(presentPost), total };
}
