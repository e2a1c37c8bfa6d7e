import { AppError } from '../../../errors.ts';
import type { PostInfo } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { postOccupation } from '../code-occupation.ts';
import { currentExtractionVersion } from '../extraction-version.ts';
import { getOccupationCoder } from '../get-occupation-coder.ts';
import { parseClientRequest } from './add-client-request.ts';
import { extractPostSkills, skillRows } from './add-posts.ts';
import { bandKeys, shingles, textHash } from './fingerprint.ts';
import { presentPost } from './present.ts';

async function findClientRequest(ctx: Ctx, userId: string, id: string) {
  const row = await ctx.store.radar.findPost(userId, id);
  if (row?.source !== 'client') throw new AppError('not_found', 'Client request not found');
  return row;
}

/**
 * Replaces one of the user's client requests and re-extracts its skills. Throws
 * `not_found` (missing, another user's, or not a client request), `invalid_input`, and
 * `conflict` when another of the user's posts already has the same text.
 */
export async function updateClientRequest(
  ctx: Ctx,
  userId: string,
  id: string,
  input: unknown,
): Promise<PostInfo> {
  const row = await findClientRequest(ctx, userId, id);
  const r = parseClientRequest(input);
  const hash = textHash(r.text);
  if (hash !== row.text_hash && (await ctx.store.radar.existingHashes(userId, [hash])).has(hash)) {
    throw new AppError('conflict', 'You already have a post with this text');
  }
  const title = r.title || r.text.split('\n')[0]?.slice(0, 80) || `Request from ${r.client}`;
  const version = await currentExtractionVersion(ctx);
  const skills = await extractPostSkills(ctx, title, r.text);
  const post = {
    ...row,
    title,
    text: r.text,
    client: r.client,
    budget: r.budget ?? null,
    posted_at: new Date(r.date),
    delivery: r.status,
    text_hash: hash,
    bands: bandKeys(shingles(r.text)),
    skills,
    extraction_version: version,
    occupation: postOccupation(
      await getOccupationCoder(ctx),
      title,
      r.text,
      skills.map((s) => s.skillId),
    ),
    updated_at: ctx.clock.now(),
  };
  await ctx.store.radar.updatePost(post, skillRows(post, skills));
  const { bands: _bands, ...saved } = post;
  return presentPost(saved);
}

/** Deletes one of the user's client requests. Throws `not_found` otherwise. */
export async function deleteClientRequest(ctx: Ctx, userId: string, id: string): Promise<void> {
  await findClientRequest(ctx, userId, id);
  await ctx.store.radar.deletePost(userId, id);
}
