import { AppError, isAppError, parseInput } from '../../errors.ts';
import { type Outline, type Share, ShareInput } from '../../shared/peers.ts';
import type { PeerShareRow } from '../../store/repos/peers-repo.ts';
import type { Ctx } from '../ctx.ts';
import { getPath } from '../paths/index.ts';
import { getBrief } from '../practice/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { requireMember } from './circle-membership.ts';
import { briefOutline, pathOutline } from './outline.ts';

/** The outline of an owner's item, read live; null once the item is gone. */
async function outlineOf(
  ctx: Ctx,
  ownerId: string,
  type: PeerShareRow['item_type'],
  itemId: string,
): Promise<Outline | null> {
  try {
    return type === 'path'
      ? pathOutline(await getPath(ctx, ownerId, itemId), getTaxonomy())
      : briefOutline(await getBrief(ctx, ownerId, itemId), getTaxonomy());
  } catch (e) {
    if (isAppError(e, 'not_found')) return null;
    throw e;
  }
}

/** Shares with their owners' names and live outlines (never the items themselves). */
export async function presentShares(ctx: Ctx, rows: PeerShareRow[]): Promise<Share[]> {
  const names = await ctx.store.peers.userNames([...new Set(rows.map((r) => r.user_id))]);
  const out: Share[] = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      ownerId: r.user_id,
      ownerName: names.get(r.user_id) ?? 'Someone',
      itemType: r.item_type,
      itemId: r.item_id,
      scope: r.scope,
      circleId: r.circle_id,
      outline: await outlineOf(ctx, r.user_id, r.item_type, r.item_id),
      createdAt: r.created_at.toISOString(),
    });
  }
  return out;
}

/**
 * Shares one of your paths or practice briefs as an outline with a circle you belong to, or
 * publicly. Throws `invalid_input`, `not_found` (not your item, or not your circle).
 */
export async function shareItem(ctx: Ctx, userId: string, input: unknown): Promise<Share> {
  const v = parseInput(ShareInput, input, 'The share is not valid');
  // Both verbs throw not_found for someone else's item.
  if (v.itemType === 'path') await getPath(ctx, userId, v.itemId);
  else await getBrief(ctx, userId, v.itemId);
  if (v.scope === 'circle') await requireMember(ctx, userId, v.circleId!);
  const row: PeerShareRow = {
    id: ctx.ids.id(),
    user_id: userId,
    item_type: v.itemType,
    item_id: v.itemId,
    scope: v.scope,
    circle_id: v.scope === 'circle' ? v.circleId! : null,
    created_at: ctx.clock.now(),
  };
  await ctx.store.peers.insertShare(row);
  return (await presentShares(ctx, [row]))[0]!;
}

/** Withdraws one of your shares. Throws `not_found`. */
export async function unshareItem(ctx: Ctx, userId: string, shareId: string): Promise<void> {
  if (!(await ctx.store.peers.deleteShare(userId, shareId)))
    throw new AppError('not_found', 'Share not found');
}

/**
 * A shared outline you may see: your own, a public one, or one shared into a circle you belong
 * to — and not from someone blocked either way. `not_found` for everything else.
 */
export async function getShare(ctx: Ctx, userId: string, shareId: string): Promise<Share> {
  const row = await ctx.store.peers.findShare(shareId);
  if (!row) throw new AppError('not_found', 'Share not found');
  if (row.user_id !== userId) {
    if ((await ctx.store.peers.blockedEitherWay(userId)).has(row.user_id))
      throw new AppError('not_found', 'Share not found');
    if (row.scope === 'circle' && !(await ctx.store.peers.findMember(row.circle_id!, userId)))
      throw new AppError('not_found', 'Share not found');
    const demo = await demoFlags(ctx, [userId, row.user_id]);
    if (demo.get(userId) !== demo.get(row.user_id))
      throw new AppError('not_found', 'Share not found');
  }
  return (await presentShares(ctx, [row]))[0]!;
}

/** Your shares, newest first. */
export async function listMyShares(ctx: Ctx, userId: string): Promise<Share[]> {
  return presentShares(ctx, await ctx.store.peers.listShares({ userId }));
}

/** Whether each of `ids` is a demo copy (a visitor's), read once per id. */
async function demoFlags(ctx: Ctx, ids: Iterable<string>): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  for (const id of new Set(ids)) {
    out.set(id, (await ctx.store.accounts.findUserById(id))?.is_demo === true);
  }
  return out;
}

/**
 * Public outlines from everyone (newest 50), minus people blocked either way; a visitor's demo
 * copy and members never see each other's.
 */
export async function listPublicShares(ctx: Ctx, userId: string): Promise<Share[]> {
  const blocked = await ctx.store.peers.blockedEitherWay(userId);
  const all = await ctx.store.peers.listShares({ scope: 'public' }, 50);
  const demo = await demoFlags(ctx, [userId, ...all.map((r) => r.user_id)]);
  const rows = all.filter(
    (r) => !blocked.has(r.user_id) && demo.get(r.user_id) === demo.get(userId),
  );
  return presentShares(ctx, rows);
}
