import { createHash } from 'node:crypto';
import { AppError, parseInput } from '../../errors.ts';
import { type Circle, InviteInput, JoinInput } from '../../shared/peers.ts';
import type { PeerInviteRow } from '../../store/repos/peers-repo.ts';
import type { Ctx } from '../ctx.ts';
import { requireMember } from './circle-membership.ts';
import { listCircles } from './circles.ts';
import { hitPeerLimit } from './safety.ts';

/** How long an invite stays valid. */
export const INVITE_DAYS = 14;

const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

/**
 * Creates an invite to a circle you own: bound to one email (single use, listed for that
 * account), or an open link (usable by anyone holding it until it expires). The token is
 * shown once; only its hash is stored. Throws `not_found`, `forbidden` (not the owner),
 * `invalid_input`, `rate_limited`.
 */
export async function inviteToCircle(
  ctx: Ctx,
  userId: string,
  circleId: string,
  input: unknown,
): Promise<{ id: string; token: string; link: string; email: string | null; expiresAt: string }> {
  const { role } = await requireMember(ctx, userId, circleId);
  if (role !== 'owner') throw new AppError('forbidden', 'Only the circle owner can invite');
  const parsed = parseInput(InviteInput, input ?? {}, 'The invite is not valid');
  await hitPeerLimit(ctx, 'invite', userId);
  const now = ctx.clock.now();
  const token = ctx.ids.token(24);
  const row: PeerInviteRow = {
    id: ctx.ids.id(),
    circle_id: circleId,
    user_id: userId,
    email: parsed.email?.trim().toLowerCase() ?? null,
    token_hash: hashToken(token),
    created_at: now,
    expires_at: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
    accepted_by: null,
    accepted_at: null,
  };
  await ctx.store.peers.insertInvite(row);
  return {
    id: row.id,
    token,
    link: `/peers/join?token=${token}`,
    email: row.email,
    expiresAt: row.expires_at.toISOString(),
  };
}

async function join(ctx: Ctx, userId: string, invite: PeerInviteRow | undefined): Promise<Circle> {
  const user = await ctx.store.accounts.findUserById(userId);
  const now = ctx.clock.now();
  const usable =
    invite &&
    user &&
    invite.expires_at > now &&
    (invite.email === null ||
      (invite.email === user.email.toLowerCase() && invite.accepted_at === null));
  if (!usable) throw new AppError('not_found', 'This invite is unknown, used or expired');
  // A visitor's demo copy and a member never share a circle (answered as an unknown invite).
  const inviter = await ctx.store.accounts.findUserById(invite.user_id);
  if (inviter?.is_demo !== user.is_demo)
    throw new AppError('not_found', 'This invite is unknown, used or expired');
  // Nor does anyone join a circle with someone they blocked or who blocked them: not the
  // inviter, and not a member another person invited (a circle shows its members and shares).
  const blocked = await ctx.store.peers.blockedEitherWay(userId);
  const members = await ctx.store.peers.listMembers(invite.circle_id);
  if (blocked.has(invite.user_id) || members.some((m) => blocked.has(m.user_id)))
    throw new AppError('not_found', 'This invite is unknown, used or expired');
  if (!(await ctx.store.peers.findMember(invite.circle_id, userId))) {
    await ctx.store.peers.insertMember({
      circle_id: invite.circle_id,
      user_id: userId,
      role: 'member',
      joined_at: now,
    });
    if (invite.email !== null) await ctx.store.peers.markInviteAccepted(invite.id, userId, now);
  }
  const circle = (await listCircles(ctx, userId)).find((c) => c.id === invite.circle_id);
  if (!circle) throw new AppError('not_found', 'Circle not found');
  return circle;
}

/** Joins a circle with an invite token (link or email invite). Throws `not_found`, `invalid_input`. */
export async function joinCircle(ctx: Ctx, userId: string, input: unknown): Promise<Circle> {
  const parsed = parseInput(JoinInput, input, 'The invite token is not valid');
  return join(ctx, userId, await ctx.store.peers.findInviteByHash(hashToken(parsed.token)));
}

/** Accepts an invite addressed to your account's email. Throws `not_found` for anyone else's. */
export async function acceptInvite(ctx: Ctx, userId: string, inviteId: string): Promise<Circle> {
  const invite = await ctx.store.peers.findInvite(inviteId);
  return join(ctx, userId, invite?.email ? invite : undefined);
}

/** Pending invites addressed to your account's email, none from someone blocked either way. */
export async function listMyInvites(
  ctx: Ctx,
  userId: string,
): Promise<
  { id: string; circleId: string; circleName: string; invitedBy: string; expiresAt: string }[]
> {
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user) return [];
  const blocked = await ctx.store.peers.blockedEitherWay(userId);
  const rows = (
    await ctx.store.peers.listInvitesForEmail(user.email.toLowerCase(), ctx.clock.now())
  ).filter((r) => r.inviter_is_demo === user.is_demo && !blocked.has(r.inviter_id));
  return rows.map((r) => ({
    id: r.id,
    circleId: r.circle_id,
    circleName: r.circle_name,
    invitedBy: r.invited_by,
    expiresAt: r.expires_at.toISOString(),
  }));
}
