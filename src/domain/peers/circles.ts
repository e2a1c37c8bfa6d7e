import { AppError, parseInput } from '../../errors.ts';
import { type Circle, CircleInput } from '../../shared/peers.ts';
import type { PeerCircleRow } from '../../store/repos/peers-repo.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { requireMember } from './circle-membership.ts';
import { presentShares } from './shares.ts';

type CircleDetail = Circle & {
  people: { userId: string; name: string; role: 'owner' | 'member' }[];
  shares: Awaited<ReturnType<typeof presentShares>>;
};

/** Creates a private, invite-only circle with you as its owner. Throws `invalid_input`. */
export async function createCircle(ctx: Ctx, userId: string, input: unknown): Promise<Circle> {
  const parsed = parseInput(CircleInput, input, 'The circle is not valid');
  const now = ctx.clock.now();
  const row: PeerCircleRow = {
    id: ctx.ids.id(),
    user_id: userId,
    name: parsed.name,
    description: parsed.description,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.store.peers.insertCircle(row);
    await tx.store.peers.insertMember({
      circle_id: row.id,
      user_id: userId,
      role: 'owner',
      joined_at: now,
    });
  });
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    role: 'owner',
    members: 1,
    createdAt: now.toISOString(),
  };
}

/** The circles you belong to. */
export async function listCircles(ctx: Ctx, userId: string): Promise<Circle[]> {
  const rows = await ctx.store.peers.listCirclesOf(userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    role: r.role,
    members: Number(r.members ?? 0),
    createdAt: r.created_at.toISOString(),
  }));
}

/** A circle you belong to: its members and what they shared into it (outlines only). Throws `not_found`. */
export async function getCircle(ctx: Ctx, userId: string, circleId: string): Promise<CircleDetail> {
  const { circle, role } = await requireMember(ctx, userId, circleId);
  const members = await ctx.store.peers.listMembers(circleId);
  const shares = await presentShares(ctx, await ctx.store.peers.listShares({ circleId }));
  return {
    id: circle.id,
    name: circle.name,
    description: circle.description,
    role,
    members: members.length,
    createdAt: circle.created_at.toISOString(),
    people: members.map((m) => ({ userId: m.user_id, name: m.name, role: m.role })),
    shares,
  };
}

/**
 * Leaves a circle; your shares into it are withdrawn. An owner hands the circle to the
 * longest-standing member, or deletes it when alone. Throws `not_found`.
 */
export async function leaveCircle(
  ctx: Ctx,
  userId: string,
  circleId: string,
): Promise<{ deleted: boolean }> {
  const { role } = await requireMember(ctx, userId, circleId);
  return inTransaction(ctx, async (tx) => {
    const others = (await tx.store.peers.listMembers(circleId)).filter((m) => m.user_id !== userId);
    if (role === 'owner' && others.length === 0) {
      await tx.store.peers.deleteCircle(circleId);
      return { deleted: true };
    }
    await tx.store.peers.deleteMember(circleId, userId);
    if (role === 'owner')
      await tx.store.peers.setCircleOwner(circleId, others[0]!.user_id, tx.clock.now());
    return { deleted: false };
  });
}

/**
 * Removes a member from a circle you own; their shares into it are withdrawn. Throws
 * `not_found` (not your circle's member), `forbidden` (you are not the owner), `invalid_input` (yourself).
 */
export async function removeMember(
  ctx: Ctx,
  userId: string,
  circleId: string,
  memberId: string,
): Promise<void> {
  const { role } = await requireMember(ctx, userId, circleId);
  if (memberId === userId)
    throw new AppError('invalid_input', 'Leave the circle instead of removing yourself');
  if (role !== 'owner') throw new AppError('forbidden', 'Only the circle owner can remove members');
  if (!(await ctx.store.peers.findMember(circleId, memberId)))
    throw new AppError('not_found', 'Not a member of this circle');
  await ctx.store.peers.deleteMember(circleId, memberId);
}
