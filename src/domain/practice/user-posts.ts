import type { Ctx } from '../ctx.ts';
import { listPosts } from '../radar/index.ts';

/** A job post the person imported (radar). */
export interface PostLike {
  id: string;
  title: string;
  text: string;
  budget: string | null;
  skillIds: string[];
}

const PAGE = 200;

/** The person's imported posts, newest first (at most 200). */
export async function listUserPosts(ctx: Ctx, userId: string): Promise<PostLike[]> {
  const { posts } = await listPosts(ctx, userId, { limit: PAGE, offset: 0 });
  return posts.map((p) => ({
    id: p.id,
    title: p.title,
    text: p.text,
    budget: p.budget,
    skillIds: p.skills.map((s) => s.skillId),
  }));
}

/** One of the person's posts, or undefined (another person's post is never found). */
export async function findUserPost(
  ctx: Ctx,
  userId: string,
  postId: string,
): Promise<PostLike | undefined> {
  for (let offset = 0; offset < 10_000; offset += PAGE) {
    const { posts, total } = await listPosts(ctx, userId, { limit: PAGE, offset });
    const p = posts.find((x) => x.id === postId);
    if (p)
      return {
        id: p.id,
        title: p.title,
        text: p.text,
        budget: p.budget,
        skillIds: p.skills.map((s) => s.skillId),
      };
    if (offset + PAGE >= total) return undefined;
  }
  return undefined;
}
