import { AppError, parseInput } from '../../errors.ts';
import { type Exchange, ExchangeRequestInput, type Teaching } from '../../shared/peers.ts';
import type { PeerExchangeRow, PeerTeachingRow } from '../../store/repos/peers-repo.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { loadPeerPool } from './peer-pool.ts';
import { hitPeerLimit, isBlockedBetween } from './safety.ts';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** A teaching record as the API shows it. */
export function presentTeaching(t: PeerTeachingRow): Teaching {
  return {
    id: t.id,
    teacherId: t.user_id,
    learnerId: t.learner_user_id,
    skillId: t.skill_id,
    note: t.note,
    status: t.status,
    evidenceId: t.evidence_id,
    createdAt: t.created_at.toISOString(),
  };
}

function present(
  row: PeerExchangeRow,
  viewerId: string,
  names: Map<string, string>,
  teachings: PeerTeachingRow[],
): Exchange {
  const requester = row.user_id === viewerId;
  const otherId = requester ? row.peer_user_id : row.user_id;
  return {
    id: row.id,
    status: row.status,
    role: requester ? 'requester' : 'peer',
    other: { userId: otherId, name: names.get(otherId) ?? 'Someone' },
    message: row.message,
    learn: strings(requester ? row.requester_learns : row.peer_learns),
    offer: strings(requester ? row.peer_learns : row.requester_learns),
    teachings: teachings.filter((t) => t.exchange_id === row.id).map(presentTeaching),
    createdAt: row.created_at.toISOString(),
    respondedAt: row.responded_at?.toISOString() ?? null,
  };
}

/** The exchange when you are one of its two members; `not_found` otherwise (others learn nothing). */
export async function requireExchange(
  ctx: Ctx,
  userId: string,
  id: string,
): Promise<PeerExchangeRow> {
  const row = await ctx.store.peers.findExchangeOf(userId, id);
  if (!row) throw new AppError('not_found', 'Exchange not found');
  return row;
}

async function presentRows(
  ctx: Ctx,
  viewerId: string,
  rows: PeerExchangeRow[],
): Promise<Exchange[]> {
  const names = await ctx.store.peers.userNames([
    ...new Set(rows.flatMap((r) => [r.user_id, r.peer_user_id])),
  ]);
  const teachings = await ctx.store.peers.listTeachings(rows.map((r) => r.id));
  return rows.map((r) => present(r, viewerId, names, teachings));
}

/**
 * Asks an opted-in person for a skill exchange (rate limited). Both must be opted in; a blocked
 * person (either way) is answered as unknown. Throws `invalid_input`, `conflict` (you are not
 * opted in, or an open exchange exists), `not_found`, `rate_limited`.
 */
export async function requestExchange(ctx: Ctx, userId: string, input: unknown): Promise<Exchange> {
  const v = parseInput(ExchangeRequestInput, input, 'The exchange request is not valid');
  if (v.peerUserId === userId)
    throw new AppError('invalid_input', 'You cannot exchange with yourself');
  const tax = getTaxonomy();
  const unknown = [...v.learn, ...v.offer].filter((s) => !tax.skillById.has(s));
  if (unknown.length)
    throw new AppError('invalid_input', `Unknown skill ids: ${unknown.join(', ')}`);
  const pool = await loadPeerPool(ctx);
  if (!pool.byId.has(userId))
    throw new AppError('conflict', 'Opt in to peer learning before asking for an exchange');
  const peer = pool.byId.get(v.peerUserId);
  // A demo copy and a member never reach each other (answered as unknown, like a block).
  if (
    !peer ||
    peer.demo !== pool.byId.get(userId)?.demo ||
    (await isBlockedBetween(ctx, userId, v.peerUserId))
  )
    throw new AppError('not_found', 'No such peer');
  if (await ctx.store.peers.findOpenExchangeBetween(userId, v.peerUserId))
    throw new AppError('conflict', 'You already have an open exchange with this person');
  await hitPeerLimit(ctx, 'exchange', userId);
  const now = ctx.clock.now();
  const row: PeerExchangeRow = {
    id: ctx.ids.id(),
    user_id: userId,
    peer_user_id: v.peerUserId,
    status: 'requested',
    message: v.message,
    requester_learns: [...new Set(v.learn)],
    peer_learns: [...new Set(v.offer)],
    created_at: now,
    responded_at: null,
    updated_at: now,
  };
  await ctx.store.peers.insertExchange(row);
  return (await presentRows(ctx, userId, [row]))[0]!;
}

/**
 * Accepts or declines an exchange request addressed to you. Throws `not_found` (not yours, or
 * blocked), `forbidden` (you sent it), `conflict` (already answered).
 */
export async function respondToExchange(
  ctx: Ctx,
  userId: string,
  id: string,
  answer: 'accept' | 'decline',
): Promise<Exchange> {
  const row = await requireExchange(ctx, userId, id);
  if (await isBlockedBetween(ctx, row.user_id, row.peer_user_id))
    throw new AppError('not_found', 'Exchange not found');
  if (row.peer_user_id !== userId)
    throw new AppError('forbidden', 'Only the person asked can answer an exchange request');
  if (row.status !== 'requested')
    throw new AppError('conflict', `This exchange is already ${row.status}`);
  const now = ctx.clock.now();
  const status = answer === 'accept' ? 'accepted' : 'declined';
  await ctx.store.peers.setExchangeStatus(id, status, now);
  return (
    await presentRows(ctx, userId, [{ ...row, status, responded_at: now, updated_at: now }])
  )[0]!;
}

/** Your exchanges, sent and received, newest first. */
export async function listExchanges(ctx: Ctx, userId: string): Promise<Exchange[]> {
  return presentRows(ctx, userId, await ctx.store.peers.listExchangesOf(userId));
}

/** One of your exchanges with its teaching records. Throws `not_found` for anyone else. */
export async function getExchange(ctx: Ctx, userId: string, id: string): Promise<Exchange> {
  return (await presentRows(ctx, userId, [await requireExchange(ctx, userId, id)]))[0]!;
}
