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
import { type AppEnv, bindRoutes, type RouteRegistry, userOf } from '../route.ts';

// Routes that name a record take `z.unknown()` bodies: the domain checks membership first (so
// outsiders get 404 whatever they send) and validates the body after.
const Any = z.unknown();
const tag = 'peers';

/** Circles, invites, outline shares, blocks, reports and credits (mounted after `peersRoutes`). */
export function peersCircleRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const route = bindRoutes(app, reg);
  route(
    {
      method: 'get',
      path: '/api/peers/circles',
      tag,
      summary: 'Your circles',
      response: z.object({ circles: z.array(Circle) }),
    },
    async (c) => c.json({ circles: await peers.listCircles(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/circles',
      tag,
      summary: 'Create a private, invite-only circle',
      body: CircleInput,
      response: Circle,
      status: 201,
    },
    async (c, { body }) => c.json(await peers.createCircle(c.get('ctx'), userOf(c).id, body), 201),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/circles/join',
      tag,
      summary: 'Join a circle with an invite token',
      body: JoinInput,
      response: Circle,
    },
    async (c, { body }) => c.json(await peers.joinCircle(c.get('ctx'), userOf(c).id, body)),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/circles/:id',
      tag,
      summary: 'A circle you belong to, its members and shared outlines',
      response: CircleDetail,
    },
    async (c) => c.json(await peers.getCircle(c.get('ctx'), userOf(c).id, c.req.param('id')!)),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/circles/:id/invites',
      tag,
      summary: 'Invite by email or create an invite link (owner)',
      body: Any,
      response: InviteCreated,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await peers.inviteToCircle(c.get('ctx'), userOf(c).id, c.req.param('id')!, body), 201),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/circles/:id/leave',
      tag,
      summary: 'Leave a circle',
      response: z.object({ deleted: z.boolean() }),
    },
    async (c) => c.json(await peers.leaveCircle(c.get('ctx'), userOf(c).id, c.req.param('id')!)),
  );
  route(
    {
      method: 'delete',
      path: '/api/peers/circles/:id/members/:userId',
      tag,
      summary: 'Remove a member from your circle (owner)',
    },
    async (c) => {
      await peers.removeMember(
        c.get('ctx'),
        userOf(c).id,
        c.req.param('id')!,
        c.req.param('userId')!,
      );
      return c.body(null, 204);
    },
  );
  route(
    {
      method: 'get',
      path: '/api/peers/invites',
      tag,
      summary: 'Circle invites addressed to your email',
      response: z.object({ invites: z.array(PendingInvite) }),
    },
    async (c) => c.json({ invites: await peers.listMyInvites(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/invites/:id/accept',
      tag,
      summary: 'Accept a circle invite addressed to you',
      response: Circle,
    },
    async (c) => c.json(await peers.acceptInvite(c.get('ctx'), userOf(c).id, c.req.param('id')!)),
  );

  route(
    {
      method: 'get',
      path: '/api/peers/shares',
      tag,
      summary: 'What you shared',
      response: z.object({ shares: z.array(Share) }),
    },
    async (c) => c.json({ shares: await peers.listMyShares(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/shares',
      tag,
      summary: 'Share a path or practice brief as an outline (circle or public)',
      body: ShareInput,
      response: Share,
      status: 201,
    },
    async (c, { body }) => c.json(await peers.shareItem(c.get('ctx'), userOf(c).id, body), 201),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/public-shares',
      tag,
      summary: 'Public outlines shared by others',
      response: z.object({ shares: z.array(Share) }),
    },
    async (c) => c.json({ shares: await peers.listPublicShares(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/shares/:id',
      tag,
      summary: 'A shared outline you may see',
      response: Share,
    },
    async (c) => c.json(await peers.getShare(c.get('ctx'), userOf(c).id, c.req.param('id')!)),
  );
  route(
    { method: 'delete', path: '/api/peers/shares/:id', tag, summary: 'Withdraw a share' },
    async (c) => {
      await peers.unshareItem(c.get('ctx'), userOf(c).id, c.req.param('id')!);
      return c.body(null, 204);
    },
  );

  const Blocked = z.object({ userId: z.string(), name: z.string(), createdAt: z.string() });
  route(
    {
      method: 'get',
      path: '/api/peers/blocks',
      tag,
      summary: 'People you blocked',
      response: z.object({ blocks: z.array(Blocked) }),
    },
    async (c) => c.json({ blocks: await peers.listBlocks(c.get('ctx'), userOf(c).id) }),
  );
  route(
    {
      method: 'post',
      path: '/api/peers/blocks',
      tag,
      summary: 'Block a person: no matches, messages or questions between you',
      body: BlockInput,
      status: 201,
    },
    async (c, { body }) =>
      c.json(await peers.blockUser(c.get('ctx'), userOf(c).id, body.userId), 201),
  );
  route(
    { method: 'delete', path: '/api/peers/blocks/:userId', tag, summary: 'Unblock a person' },
    async (c) => {
      await peers.unblockUser(c.get('ctx'), userOf(c).id, c.req.param('userId')!);
      return c.body(null, 204);
    },
  );
  route(
    {
      method: 'post',
      path: '/api/peers/reports',
      tag,
      summary: 'Report a person or an item to the admins',
      body: ReportInput,
      status: 201,
    },
    async (c, { body }) => c.json(await peers.reportAbuse(c.get('ctx'), userOf(c).id, body), 201),
  );
  route(
    {
      method: 'get',
      path: '/api/peers/credits',
      tag,
      summary: 'Your contribution credits',
      response: z.object({ credits: z.array(ContributionCreditView), total: z.number() }),
    },
    async (c) => {
      const credits = await peers.listContributionCredits(c.get('ctx'), userOf(c).id);
      return c.json({ credits, total: credits.reduce((s, x) => s + x.points, 0) });
    },
  );
}
