import { AppError, parseInput } from '../../errors.ts';
import { type Submission, SubmitInput } from '../../shared/practice.ts';
import type { BriefRow } from '../../store/repos/practice-repo.ts';
import type { Ctx } from '../ctx.ts';
import { checkFile } from './check-file.ts';
import { presentSubmission } from './present.ts';

/** The user's brief; throws `not_found` when it is someone else's or does not exist. */
export async function briefOrThrow(ctx: Ctx, userId: string, briefId: string): Promise<BriefRow> {
  const brief = await ctx.store.practice.findBrief(userId, briefId);
  if (!brief) throw new AppError('not_found', 'Brief not found');
  return brief;
}

/**
 * Submits a deliverable (text, links, up to three type-checked files) against a brief. A new
 * submission replaces the previous one for later reviews. Throws `not_found`,
 * `invalid_input` (empty or malformed) and `payload_too_large` (a file over the limit).
 */
export async function submitDeliverable(
  ctx: Ctx,
  userId: string,
  briefId: string,
  raw: unknown,
): Promise<Submission> {
  const brief = await briefOrThrow(ctx, userId, briefId);
  const input = parseInput(SubmitInput, raw, 'The submission is invalid');
  if (!input.text.trim() && input.links.length === 0 && input.files.length === 0)
    throw new AppError('invalid_input', 'Submit some text, a link or a file');
  const files = input.files.map(checkFile);
  const now = ctx.clock.now();
  const row = {
    id: ctx.ids.id(),
    user_id: userId,
    brief_id: brief.id,
    text: input.text,
    links: input.links,
    files,
    created_at: now,
  };
  await ctx.store.practice.insertSubmission(row);
  if (brief.status === 'open')
    await ctx.store.practice.updateBrief(userId, brief.id, {
      status: 'submitted',
      updated_at: now,
    });
  return presentSubmission(row);
}
