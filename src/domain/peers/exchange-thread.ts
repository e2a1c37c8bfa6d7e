import { AppError, parseInput } from '../../errors.ts';
import { type Message, MessageInput, type Teaching, TeachingInput } from '../../shared/peers.ts';
import type { PeerExchangeRow, PeerMessageRow } from '../../store/repos/peers-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { recordEvidence } from '../evidence/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { awardContributionCredit } from './credits.ts';
import { presentTeaching, requireExchange } from './exchanges.ts';
import { hitPeerLimit, isBlockedBetween } from './safety.ts';

const otherOf = (row: PeerExchangeRow, userId: string) =>
  row.user_id === userId ? row.peer_user_id : row.user_id;

function presentMessage(m: PeerMessageRow, viewerId: string): Message {
  return {
    id: m.id,
    authorId: m.user_id,
    mine: m.user_id === viewerId,
    body: m.body,
    createdAt: m.created_at.toISOString(),
  };
}

/** The private thread of an exchange; only its two members can read it (`not_found` for anyone else). */
export async function listMessages(
  ctx: Ctx,
  userId: string,
  exchangeId: string,
): Promise<Message[]> {
  await requireExchange(ctx, userId, exchangeId);
  return (await ctx.store.peers.listMessages(exchangeId)).map((m) => presentMessage(m, userId));
}

/**
 * Posts to an accepted exchange's thread (rate limited). Throws `not_found` (not a member),
 * `forbidden` (one of you blocked the other), `conflict` (not accepted), `invalid_input`, `rate_limited`.
 */
export async function postMessage(
  ctx: Ctx,
  userId: string,
  exchangeId: string,
  input: unknown,
): Promise<Message> {
  const row = await requireExchange(ctx, userId, exchangeId);
  const parsed = parseInput(MessageInput, input, 'The message is not valid');
  if (await isBlockedBetween(ctx, userId, otherOf(row, userId)))
    throw new AppError('forbidden', 'You cannot message this person');
  if (row.status !== 'accepted')
    throw new AppError('conflict', 'Messages open once the exchange is accepted');
  await hitPeerLimit(ctx, 'message', userId);
  const m: PeerMessageRow = {
    id: ctx.ids.id(),
    exchange_id: exchangeId,
    user_id: userId,
    body: parsed.body,
    created_at: ctx.clock.now(),
  };
  await ctx.store.peers.insertMessage(m);
  return presentMessage(m, userId);
}

/**
 * Records what you taught the other member of an accepted exchange (skill + note). It becomes
 * evidence for you once they confirm it. Throws `not_found`, `conflict`, `invalid_input`.
 */
export async function recordTeaching(
  ctx: Ctx,
  userId: string,
  exchangeId: string,
  input: unknown,
): Promise<Teaching> {
  const row = await requireExchange(ctx, userId, exchangeId);
  const parsed = parseInput(TeachingInput, input, 'The teaching record is not valid');
  if (!getTaxonomy().skillById.has(parsed.skillId))
    throw new AppError('invalid_input', `Unknown skill id: ${parsed.skillId}`);
  if (row.status !== 'accepted')
    throw new AppError('conflict', 'Record teaching once the exchange is accepted');
  const t = {
    id: ctx.ids.id(),
    exchange_id: exchangeId,
    user_id: userId,
    learner_user_id: otherOf(row, userId),
    skill_id: parsed.skillId,
    note: parsed.note,
    status: 'claimed' as const,
    evidence_id: null,
    created_at: ctx.clock.now(),
    confirmed_at: null,
  };
  await ctx.store.peers.insertTeaching(t);
  return presentTeaching(t);
}

/**
 * The learner confirms what the other member taught them: the teaching becomes a
 * `peer_validation` entry in the teacher's evidence ledger and earns them a teaching credit.
 * Throws `not_found`, `forbidden` (you are the teacher), `conflict` (already confirmed).
 */
export async function confirmTeaching(
  ctx: Ctx,
  userId: string,
  exchangeId: string,
  teachingId: string,
): Promise<Teaching> {
  await requireExchange(ctx, userId, exchangeId);
  const t = (await ctx.store.peers.listTeachings([exchangeId])).find((x) => x.id === teachingId);
  if (!t) throw new AppError('not_found', 'Teaching record not found');
  if (t.learner_user_id !== userId)
    throw new AppError('forbidden', 'Only the person who was taught can confirm it');
  if (t.status === 'confirmed') throw new AppError('conflict', 'Already confirmed');
  const skill = getTaxonomy().skillById.get(t.skill_id)?.name ?? t.skill_id;
  return inTransaction(ctx, async (tx) => {
    const learner = await tx.store.accounts.findUserById(userId);
    const entry = await recordEvidence(tx, t.user_id, {
      kind: 'peer_validation',
      title: `Taught ${skill} to a peer`,
      description:
        `${learner?.name ?? 'A peer'} confirmed learning ${skill} from you in a skill exchange.${t.note ? ` Note: ${t.note}` : ''}`.slice(
          0,
          5000,
        ),
      skills: [t.skill_id],
      data: { role: 'teaching', exchangeId, teachingId, confirmedBy: userId },
    });
    const now = tx.clock.now();
    await tx.store.peers.confirmTeaching(t.id, entry.id, now);
    await awardContributionCredit(tx, t.user_id, {
      kind: 'teaching',
      points: 2,
      title: `Taught ${skill} in a skill exchange`,
      refType: 'teaching',
      refId: t.id,
    });
    return presentTeaching({ ...t, status: 'confirmed', evidence_id: entry.id, confirmed_at: now });
  });
}
