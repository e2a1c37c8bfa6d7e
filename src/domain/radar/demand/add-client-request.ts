import { parseInput } from '../../../errors.ts';
import { ClientRequestInput } from '../../../shared/radar.ts';
import type { Ctx } from '../../ctx.ts';
import { type AddOneResult, addOne } from './add-brief.ts';

/** Validates a client request body; throws `invalid_input` naming each bad field. */
export function parseClientRequest(input: unknown): ClientRequestInput {
  return parseInput(ClientRequestInput, input, 'The client request is invalid');
}

/**
 * Records one of the freelancer's own past or current client requests (source `client`,
 * with the client's name, date and whether the work was delivered, declined or not
 * delivered: only delivered work counts as held skill) and its extracted skills. The exact same text is not
 * stored twice. Throws `invalid_input`.
 */
export async function addClientRequest(
  ctx: Ctx,
  userId: string,
  input: unknown,
): Promise<AddOneResult> {
  const r = parseClientRequest(input);
  const added = await addOne(ctx, userId, 'client', {
    title: r.title || r.text.split('\n')[0]?.slice(0, 80) || `Request from ${r.client}`,
    text: r.text,
    postedAt: new Date(r.date),
    budget: r.budget ?? null,
    client: r.client,
  });
  if (added.post && r.status !== 'delivered') {
    await ctx.store.radar.setDelivery(userId, added.post.id, r.status);
    added.post = { ...added.post, status: r.status };
  }
  return added;
}
