import type { Hono } from 'hono';
import * as peers from '../../domain/peers/index.ts';
import { peersCircleContracts as k } from '../../shared/contracts/peers.ts';
import type { AppEnv, RouteRegistry } from '../route.ts';
import { bindUserContracts } from '../user-contract.ts';

/** Circles, invites, outline shares, blocks, reports and credits (mounted after `peersRoutes`). */
export function peersCircleRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const on = bindUserContracts(app, reg);
  on(k.listCircles, async ({ ctx, userId }) => ({
    circles: await peers.listCircles(ctx, userId),
  }));
  on(k.createCircle, ({ ctx, userId, body }) => peers.createCircle(ctx, userId, body));
  on(k.joinCircle, ({ ctx, userId, body }) => peers.joinCircle(ctx, userId, body));
  on(k.getCircle, ({ ctx, userId, params }) => peers.getCircle(ctx, userId, params.id!));
  on(k.invite, ({ ctx, userId, params, body }) =>
    peers.inviteToCircle(ctx, userId, params.id!, body),
  );
  on(k.leaveCircle, ({ ctx, userId, params }) => peers.leaveCircle(ctx, userId, params.id!));
  on(k.removeMember, async ({ ctx, userId, params }) => {
    await peers.removeMember(ctx, userId, params.id!, params.userId!);
  });
  on(k.listInvites, async ({ ctx, userId }) => ({
    invites: await peers.listMyInvites(ctx, userId),
  }));
  on(k.acceptInvite, ({ ctx, userId, params }) => peers.acceptInvite(ctx, userId, params.id!));

  on(k.listShares, async ({ ctx, userId }) => ({ shares: await peers.listMyShares(ctx, userId) }));
  on(k.share, ({ ctx, userId, body }) => peers.shareItem(ctx, userId, body));
  on(k.listPublicShares, async ({ ctx, userId }) => ({
    shares: await peers.listPublicShares(ctx, userId),
  }));
  on(k.getShare, ({ ctx, userId, params }) => peers.getShare(ctx, userId, params.id!));
  on(k.unshare, async ({ ctx, userId, params }) => {
    await peers.unshareItem(ctx, userId, params.id!);
  });

  on(k.listBlocks, async ({ ctx, userId }) => ({ blocks: await peers.listBlocks(ctx, userId) }));
  // Block and report answer JSON the API document does not describe (`raw` contracts).
  on(k.block, async ({ ctx, userId, body }) =>
    Response.json(await peers.blockUser(ctx, userId, body.userId), { status: 201 }),
  );
  on(k.unblock, async ({ ctx, userId, params }) => {
    await peers.unblockUser(ctx, userId, params.userId!);
  });
  on(k.report, async ({ ctx, userId, body }) =>
    Response.json(await peers.reportAbuse(ctx, userId, body), { status: 201 }),
  );
  on(k.credits, async ({ ctx, userId }) => {
    const credits = await peers.listContributionCredits(ctx, userId);
    return { credits, total: credits.reduce((s, x) => s + x.points, 0) };
  });
}
