import { AppError } from '../../errors.ts';
import type { ExportDocument } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { issuerIdentity } from './issuer-identity.ts';

/** Everything the user owns, as one JSON document another instance can import. Throws `not_found`. */
export async function exportAccount(ctx: Ctx, userId: string): Promise<ExportDocument> {
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user) throw new AppError('not_found', 'User not found');
  return {
    format: 'skilltrace-export',
    version: 1,
    exportedAt: ctx.clock.now().toISOString(),
    schema: ctx.store.schemaVersion,
    user: { email: user.email, name: user.name },
    // Importing elsewhere checks the ledger's signed checkpoints against these keys.
    source: {
      issuerId: issuerIdentity(ctx.config).issuerId,
      jwksUrl: issuerIdentity(ctx.config).jwksUrl,
    },
    tables: await ctx.store.userData.export(userId),
  };
}
