import type { Hono } from 'hono';
import { z } from 'zod';
import {
  createSigninLink,
  createUser,
  getInstanceSettings,
  presentUser,
  requireAdmin,
  resetPassword,
  updateInstanceSettings,
} from '../../domain/accounts/index.ts';
import {
  AdminResetPasswordInput,
  AdminUserInfo,
  Email,
  InstanceSettings,
  Password,
  Role,
  SigninLinkInfo,
} from '../../shared/accounts.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

/** Admin-only: users, password resets, instance settings. Members get 403. */
export function adminRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/admin/users',
      admin: true,
      tag: 'admin',
      summary: 'All accounts',
      response: z.object({ users: z.array(AdminUserInfo) }),
    },
    async (c) => {
      requireAdmin(userOf(c));
      const users = await c.get('ctx').store.accounts.listUsers();
      return c.json({
        users: users.map((u) => ({ ...presentUser(u), updatedAt: u.updated_at.toISOString() })),
      });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/admin/users',
      admin: true,
      tag: 'admin',
      summary: 'Create an account',
      status: 201,
      response: AdminUserInfo,
      body: z.object({
        email: Email,
        name: z.string().trim().min(1).max(100),
        password: Password,
        role: Role.default('member'),
      }),
    },
    async (c, { body }) => {
      requireAdmin(userOf(c));
      const u = await createUser(c.get('ctx'), body);
      return c.json({ ...presentUser(u), updatedAt: u.updated_at.toISOString() }, 201);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/admin/users/:id/reset-password',
      admin: true,
      tag: 'admin',
      summary: "Set a user's password",
      body: AdminResetPasswordInput,
    },
    async (c, { body }) => {
      requireAdmin(userOf(c));
      await resetPassword(c.get('ctx'), { id: c.req.param('id') }, body.newPassword);
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/admin/users/:id/signin-link',
      admin: true,
      tag: 'admin',
      summary:
        'A one-time sign-in link for a user (works once, for 15 minutes; shown once, only its hash is kept)',
      response: SigninLinkInfo,
      status: 201,
    },
    async (c) => {
      const admin = userOf(c);
      requireAdmin(admin);
      const link = await createSigninLink(c.get('ctx'), { id: c.req.param('id') }, admin.id);
      return c.json({ ...link, expiresAt: link.expiresAt.toISOString() }, 201);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/admin/settings',
      admin: true,
      tag: 'admin',
      summary: 'Instance settings',
      response: InstanceSettings,
    },
    async (c) => {
      requireAdmin(userOf(c));
      return c.json(await getInstanceSettings(c.get('ctx')));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/admin/settings',
      admin: true,
      tag: 'admin',
      summary: 'Change instance settings',
      body: InstanceSettings,
      response: InstanceSettings,
    },
    async (c, { body }) => {
      requireAdmin(userOf(c));
      return c.json(await updateInstanceSettings(c.get('ctx'), body));
    },
  );
}
