import type { Hono } from 'hono';
import {
  createSigninLink,
  createUser,
  getInstanceSettings,
  presentUser,
  requireAdmin,
  resetPassword,
  updateInstanceSettings,
} from '../../domain/accounts/index.ts';
import { adminContracts as admin } from '../../shared/contracts/accounts.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/** A user as the admin pages list them: `presentUser` plus when they last changed. */
function adminUserInfo(u: Parameters<typeof presentUser>[0] & { updated_at: Date }) {
  return { ...presentUser(u), updatedAt: u.updated_at.toISOString() };
}

/** Admin-only: users, password resets, instance settings. Members get 403. */
export function adminRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, admin.listUsers, async (c) => {
    requireAdmin(userOf(c));
    const users = await c.get('ctx').store.accounts.listUsers();
    return { users: users.map(adminUserInfo) };
  });
  bindContract(app, reg, admin.createUser, async (c, { body }) => {
    requireAdmin(userOf(c));
    return adminUserInfo(await createUser(c.get('ctx'), body));
  });
  bindContract(app, reg, admin.resetPassword, async (c, { body }) => {
    requireAdmin(userOf(c));
    await resetPassword(c.get('ctx'), { id: c.req.param('id') }, body.newPassword);
  });
  bindContract(app, reg, admin.signinLink, async (c) => {
    const by = userOf(c);
    requireAdmin(by);
    const link = await createSigninLink(c.get('ctx'), { id: c.req.param('id') }, by.id);
    return { ...link, expiresAt: link.expiresAt.toISOString() };
  });
  bindContract(app, reg, admin.getSettings, async (c) => {
    requireAdmin(userOf(c));
    return getInstanceSettings(c.get('ctx'));
  });
  bindContract(app, reg, admin.saveSettings, async (c, { body }) => {
    requireAdmin(userOf(c));
    return updateInstanceSettings(c.get('ctx'), body);
  });
}
