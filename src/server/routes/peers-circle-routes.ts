import type { Hono } from 'hono';
import { z } from 'zod';
import * as peers from '../../domain/peers/index.ts';
import {
  BlockInput,
  Circle,
  CircleDetail,
  CircleInput,
  ContributionCreditView,
  InviteCreated,
  JoinInput,
  PendingInvite,
  ReportInput,
  Share,
  ShareInput,
} from '../../shared/peers.ts';
import type { AppEnv, RouteRegistry } from '../route.ts';
import { bindUserRoutes } from '../user-route.ts';

// Routes that name a record take `z.unknown()` bodies: the domain checks membership first (so
// outsiders get 404 whatever they send) and validates the body after.
const Any = z.unknown();

/** Circles, invites, outline shares, blocks, reports and credits (mounted after `peersRoutes`). */
export function peersCircleRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const user = bindUserRoutes(app, reg, 'peers');
  user(
    {
      method: 'get',
      path: '/api/peers/circles',
      summary: 'Your circles',
      response: z.object({ circles: z.array(Circle) }),
    },
    async ({ ctx, userId }) => ({ circles: await peers.listCircles(ctx, userId) }),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/circles',
      summary: 'Create a private, invite-only circle',
      body: CircleInput,
      response: Circle,
      status: 201,
    },
    ({ ctx, userId, body }) => peers.createCircle(ctx, userId, body),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/circles/join',
      summary: 'Join a circle with an invite token',
      body: JoinInput,
      response: Circle,
    },
    ({ ctx, userId, body }) => peers.joinCircle(ctx, userId, body),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/circles/:id',
      summary: 'A circle you belong to, its members and shared outlines',
      response: CircleDetail,
    },
    ({ ctx, userId, params }) => peers.getCircle(ctx, userId, params.id!),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/circles/:id/invites',
      summary: 'Invite by email or create an invite link (owner)',
      body: Any,
      response: InviteCreated,
      status: 201,
    },
    ({ ctx, userId, params, body }) => peers.inviteToCircle(ctx, userId, params.id!, body),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/circles/:id/leave',
      summary: 'Leave a circle',
      response: z.object({ deleted: z.boolean() }),
    },
    ({ ctx, userId, params }) => peers.leaveCircle(ctx, userId, params.id!),
  );
  user(
    {
      method: 'delete',
      path: '/api/peers/circles/:id/members/:userId',
      summary: 'Remove a member from your circle (owner)',
    },
    async ({ ctx, userId, params }) => {
      await peers.removeMember(ctx, userId, params.id!, params.userId!);
    },
  );
  user(
    {
      method: 'get',
      path: '/api/peers/invites',
      summary: 'Circle invites addressed to your email',
      response: z.object({ invites: z.array(PendingInvite) }),
    },
    async ({ ctx, userId }) => ({ invites: await peers.listMyInvites(ctx, userId) }),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/invites/:id/accept',
      summary: 'Accept a circle invite addressed to you',
      response: Circle,
    },
    ({ ctx, userId, params }) => peers.acceptInvite(ctx, userId, params.id!),
  );

  user(
    {
      method: 'get',
      path: '/api/peers/shares',
      summary: 'What you shared',
      response: z.object({ shares: z.array(Share) }),
    },
    async ({ ctx, userId }) => ({ shares: await peers.listMyShares(ctx, userId) }),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/shares',
      summary: 'Share a path or practice brief as an outline (circle or public)',
      body: ShareInput,
      response: Share,
      status: 201,
    },
    ({ ctx, userId, body }) => peers.shareItem(ctx, userId, body),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/public-shares',
      summary: 'Public outlines shared by others',
      response: z.object({ shares: z.array(Share) }),
    },
    async ({ ctx, userId }) => ({ shares: await peers.listPublicShares(ctx, userId) }),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/shares/:id',
      summary: 'A shared outline you may see',
      response: Share,
    },
    ({ ctx, userId, params }) => peers.getShare(ctx, userId, params.id!),
  );
  user(
    { method: 'delete', path: '/api/peers/shares/:id', summary: 'Withdraw a share' },
    async ({ ctx, userId, params }) => {
      await peers.unshareItem(ctx, userId, params.id!);
    },
  );

  const Blocked = z.object({ userId: z.string(), name: z.string(), createdAt: z.string() });
  user(
    {
      method: 'get',
      path: '/api/peers/blocks',
      summary: 'People you blocked',
      response: z.object({ blocks: z.array(Blocked) }),
    },
    async ({ ctx, userId }) => ({ blocks: await peers.listBlocks(ctx, userId) }),
  );
  user(
    {
      method: 'post',
      path: '/api/peers/blocks',
      summary: 'Block a person: no matches, messages or questions between you',
      body: BlockInput,
      status: 201,
    },
    ({ ctx, userId, body }) => peers.blockUser(ctx, userId, body.userId),
  );
  user(
    { method: 'delete', path: '/api/peers/blocks/:userId', summary: 'Unblock a person' },
    async ({ ctx, userId, params }) => {
      await peers.unblockUser(ctx, userId, params.userId!);
    },
  );
  user(
    {
      method: 'post',
      path: '/api/peers/reports',
      summary: 'Report a person or an item to the admins',
      body: ReportInput,
      status: 201,
    },
    ({ ctx, userId, body }) => peers.reportAbuse(ctx, userId, body),
  );
  user(
    {
      method: 'get',
      path: '/api/peers/credits',
      summary: 'Your contribution credits',
      response: z.object({ credits: z.array(ContributionCreditView), total: z.number() }),
    },
    async ({ ctx, userId }) => {
      const credits = await peers.listContributionCredits(ctx, userId);
      return { credits, total: credits.reduce((s, x) => s + x.points, 0) };
    },
  );
}
