import { AppError, parseInput } from '../../errors.ts';
import { ReportInput } from '../../shared/peers.ts';
import type { Ctx } from '../ctx.ts';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/** Per-person limits on what reaches other people: exchange requests, questions, messages, invites, reports. */
export const PEER_LIMITS = {
  exchange: { max: 10, windowMs: DAY, what: 'exchange requests', wait: 'a day' },
  question: { max: 5, windowMs: DAY, what: 'peer questions', wait: 'a day' },
  message: { max: 60, windowMs: HOUR, what: 'messages', wait: 'an hour' },
  invite: { max: 30, windowMs: DAY, what: 'circle invites', wait: 'a day' },
  report: { max: 20, windowMs: DAY, what: 'reports', wait: 'a day' },
} as const;

/**
 * Counts one action of `kind` by `userId` in the shared store (so several processes share the
 * limit). Throws `rate_limited` past the limit, with `retryAfterSeconds` in the details.
 */
export async function hitPeerLimit(
  ctx: Ctx,
  kind: keyof typeof PEER_LIMITS,
  userId: string,
): Promise<void> {
  const l = PEER_LIMITS[kind];
  const n = await ctx.store.instance.hitRateLimit(
    `peers:${kind}:${userId}`,
    ctx.clock.now(),
    l.windowMs,
  );
  if (n > l.max) {
    throw new AppError(
      'rate_limited',
      `Too many ${l.what}: at most ${l.max} in ${l.wait}. Try again later.`,
      {
        details: { retryAfterSeconds: l.windowMs / 1000 },
      },
    );
  }
}

/** True when either person blocked the other. */
export async function isBlockedBetween(ctx: Ctx, a: string, b: string): Promise<boolean> {
  return (await ctx.store.peers.blockedEitherWay(a)).has(b);
}

/**
 * Blocks a person: they never match you, cannot message you or receive your questions, and
 * open exchanges between you are closed. Throws `invalid_input` (yourself) and `not_found`.
 */
export async function blockUser(
  ctx: Ctx,
  userId: string,
  blockedId: string,
): Promise<{ userId: string; name: string }> {
  if (blockedId === userId) throw new AppError('invalid_input', 'You cannot block yourself');
  const other = await ctx.store.accounts.findUserById(blockedId);
  if (!other) throw new AppError('not_found', 'No such person');
  const now = ctx.clock.now();
  await ctx.store.peers.insertBlock({
    id: ctx.ids.id(),
    user_id: userId,
    blocked_user_id: blockedId,
    created_at: now,
  });
  const open = await ctx.store.peers.findOpenExchangeBetween(userId, blockedId);
  if (open) await ctx.store.peers.setExchangeStatus(open.id, 'closed', now);
  return { userId: other.id, name: other.name };
}

/** Lifts your block of a person. Throws `not_found` when you had not blocked them. */
export async function unblockUser(ctx: Ctx, userId: string, blockedId: string): Promise<void> {
  if (!(await ctx.store.peers.deleteBlock(userId, blockedId)))
    throw new AppError('not_found', 'You have not blocked this person');
}

/** The people you blocked. */
export async function listBlocks(
  ctx: Ctx,
  userId: string,
): Promise<{ userId: string; name: string; createdAt: string }[]> {
  const rows = await ctx.store.peers.listBlocks(userId);
  return rows.map((r) => ({
    userId: r.blocked_user_id,
    name: r.name,
    createdAt: r.created_at.toISOString(),
  }));
}

/**
 * Reports a person or an item to the instance admins (rate limited). Throws `invalid_input`,
 * `not_found` for an unknown person, `rate_limited`.
 */
export async function reportAbuse(
  ctx: Ctx,
  userId: string,
  input: unknown,
): Promise<{ id: string }> {
  const r = parseInput(ReportInput, input, 'The report is not valid');
  if (r.userId && !(await ctx.store.accounts.findUserById(r.userId)))
    throw new AppError('not_found', 'No such person');
  await hitPeerLimit(ctx, 'report', userId);
  const id = ctx.ids.id();
  await ctx.store.peers.insertReport({
    id,
    user_id: userId,
    target_user_id: r.userId ?? null,
    item_type: r.itemType ?? null,
    item_id: r.itemId ?? null,
    reason: r.reason,
    status: 'open',
    created_at: ctx.clock.now(),
  });
  return { id };
}
