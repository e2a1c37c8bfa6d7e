import type { Hono } from 'hono';
import { z } from 'zod';
import {
  changePassword,
  createApiToken,
  exportAccount,
  getProfile,
  listApiTokens,
  revokeApiToken,
  updateProfile,
} from '../../domain/accounts/index.ts';
import { deleteAccount, importAccount } from '../../domain/flows/index.ts';
import {
  ApiTokenCreated,
  ApiTokenCreateInput,
  ApiTokenInfo,
  ChangePasswordInput,
  ExportDocument,
  Profile,
} from '../../shared/accounts.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

/** An export document with the source instance's JWKS, so its signed ledger checkpoints can be checked. */
const ImportWithKeys = z.object({
  document: z.record(z.string(), z.unknown()),
  sourceJwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())).max(50) }).optional(),
});

/** The signed-in user's profile, API tokens, password, export/import and deletion. */
export function accountRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/profile',
      tag: 'profile',
      summary: 'Your freelancer profile',
      response: Profile,
    },
    async (c) => c.json(await getProfile(c.get('ctx'), userOf(c).id)),
  );
  // The body is validated in the domain verb, which also checks skill and role ids.
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/profile',
      tag: 'profile',
      summary: 'Replace your freelancer profile',
      body: z.unknown(),
      response: Profile,
    },
    async (c, { body }) => c.json(await updateProfile(c.get('ctx'), userOf(c).id, body)),
  );

  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/tokens',
      tag: 'tokens',
      summary: 'Your personal API tokens',
      response: z.object({ tokens: z.array(ApiTokenInfo) }),
    },
    async (c) => c.json({ tokens: await listApiTokens(c.get('ctx'), userOf(c).id) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/tokens',
      tag: 'tokens',
      summary: 'Create a personal API token (shown once)',
      body: ApiTokenCreateInput,
      response: ApiTokenCreated,
      status: 201,
    },
    async (c, { body }) => c.json(await createApiToken(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    { method: 'delete', path: '/api/tokens/:id', tag: 'tokens', summary: 'Revoke an API token' },
    async (c) => {
      await revokeApiToken(c.get('ctx'), userOf(c).id, c.req.param('id') ?? '');
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/account/password',
      tag: 'account',
      summary: 'Change your password (ends other sessions)',
      body: ChangePasswordInput,
    },
    async (c, { body }) => {
      await changePassword(c.get('ctx'), userOf(c).id, body.currentPassword, body.newPassword);
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/account/export',
      tag: 'account',
      summary: 'Everything you own as one JSON document',
      response: ExportDocument,
    },
    async (c) => {
      const doc = await exportAccount(c.get('ctx'), userOf(c).id);
      c.header(
        'content-disposition',
        `attachment; filename="skilltrace-export-${doc.exportedAt.slice(0, 10)}.json"`,
      );
      return c.json(doc);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/account/import',
      tag: 'account',
      summary:
        'Import an export document into your account (the document itself, or { document, sourceJwks } with the source instance’s published keys)',
      body: z.unknown(),
      maxBody: 50 * 1024 * 1024,
      response: z.object({ imported: z.record(z.string(), z.number()) }),
    },
    async (c, { body }) => {
      const wrapped = ImportWithKeys.safeParse(body);
      const [doc, opts] = wrapped.success
        ? [wrapped.data.document, { sourceJwks: wrapped.data.sourceJwks }]
        : [body, {}];
      return c.json({ imported: await importAccount(c.get('ctx'), userOf(c).id, doc, opts) });
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/account',
      tag: 'account',
      summary: 'Delete your account and everything in it',
      body: z.object({ password: z.string().min(1).max(200) }),
    },
    async (c, { body }) => {
      await deleteAccount(c.get('ctx'), userOf(c).id, body.password);
      return c.body(null, 204);
    },
  );
}
