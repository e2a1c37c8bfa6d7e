import { AppError } from '../../errors.ts';
import type { PeerCircleRow } from '../../store/repos/peers-repo.ts';
import type { Ctx } from '../ctx.ts';

/** The circle and your membership; `not_found` when you are not a member (non-members learn nothing). */
export async function requireMember(
  ctx: Ctx,
  userId: string,
  circleId: string,
): Promise<{ circle: PeerCircleRow; role: 'owner' | 'member' }> {
  const [circle, member] = await Promise.all([
    ctx.store.peers.findCircle(circleId),
    ctx.store.peers.findMember(circleId, userId),
  ]);
  if (!circle || !member) throw new AppError('not_found', 'Circle not found');
  return { circle, role: member.role };
}
