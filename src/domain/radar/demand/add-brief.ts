import { parseInput } from '../../../errors.ts';
import { BriefInput, type PostInfo, type PostSource } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { addPosts } from './add-posts.ts';
import { presentPost } from './present.ts';

/** Result of adding a single signal. */
export interface AddOneResult {
  status: 'added' | 'duplicate' | 'near_duplicate';
  post?: PostInfo;
  duplicateOf?: string;
}

/** Adds one text signal of `source` and presents the outcome. */
export async function addOne(
  ctx: Ctx,
  userId: string,
  source: PostSource,
  c: {
    title: string;
    text: string;
    postedAt: Date | undefined;
    budget: string | null;
    client: string | null;
  },
): Promise<AddOneResult> {
  const r = await addPosts(ctx, userId, source, [{ row: 1, url: null, ...c }], {
    exactOnly: source === 'client',
  });
  const outcome = r.outcomes[0];
  if (outcome?.status !== 'added' || !outcome.id) {
    return { status: outcome?.status ?? 'duplicate', duplicateOf: outcome?.duplicateOf };
  }
  const row = await ctx.store.radar.findPost(userId, outcome.id);
  return { status: 'added', post: row ? presentPost(row) : undefined };
}

/**
 * Stores a pasted client brief as a demand signal with its extracted skills. A brief the
 * user already has (same or nearly the same text) is not added twice.
 * Throws `invalid_input` for an empty or over-long text.
 */
export async function addBrief(ctx: Ctx, userId: string, input: unknown): Promise<AddOneResult> {
  const b = parseInput(BriefInput, input, 'The brief is invalid');
  return addOne(ctx, userId, 'brief', {
    title: b.title || b.text.split('\n')[0]?.slice(0, 80) || 'Client brief',
    text: b.text,
    postedAt: b.date ? new Date(b.date) : undefined,
    budget: null,
    client: b.client ?? null,
  });
}
