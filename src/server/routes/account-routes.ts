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
import { accountContracts as account } from '../../shared/contracts/accounts.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';
import { bindUserContracts } from '../user-contract.ts';

/** An export document with the source instance's JWKS, so its signed ledger checkpoints can be checked. */
const ImportWithKeys = z.object({
  document: z.record(z.string(), z.unknown()),
  sourceJwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())).max(50) }).optional(),
});

/** The signed-in user's profile, API tokens, password, export/import and deletion. */
export function accountRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  const on = bindUserContracts(app, reg);
  on(account.getProfile, ({ ctx, userId }) => getProfile(ctx, userId));
  on(account.saveProfile, ({ ctx, userId, body }) => updateProfile(ctx, userId, body));

  on(account.listTokens, async ({ ctx, userId }) => ({
    tokens: await listApiTokens(ctx, userId),
  }));
  on(account.createToken, ({ ctx, userId, body }) => createApiToken(ctx, userId, body));
  on(account.revokeToken, ({ ctx, userId, params }) =>
    revokeApiToken(ctx, userId, params.id ?? ''),
  );

  on(account.changePassword, ({ ctx, userId, body }) =>
    changePassword(ctx, userId, body.currentPassword, body.newPassword),
  );
  bindContract(app, reg, account.exportData, async (c) => {
    const doc = await exportAccount(c.get('ctx'), userOf(c).id);
    c.header(
      'content-disposition',
      `attachment; filename="skilltrace-export-${doc.exportedAt.slice(0, 10)}.json"`,
    );
    return doc;
  });
  on(account.importData, async ({ ctx, userId, body }) => {
    const wrapped = ImportWithKeys.safeParse(body);
    const [doc, opts] = wrapped.success
      ? [wrapped.data.document, { sourceJwks: wrapped.data.sourceJwks }]
      : [body, {}];
    return { imported: await importAccount(ctx, userId, doc, opts) };
  });
  on(account.deleteAccount, ({ ctx, userId, body }) => deleteAccount(ctx, userId, body.password));
}
