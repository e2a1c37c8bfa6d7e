import { AppError } from '../../errors.ts';
import type { ApiTokenInfo } from '../../shared/accounts.ts';
import type { ApiTokenRow } from '../../store/repos/accounts-repo.ts';
import type { Ctx } from '../ctx.ts';
import { API_TOKEN_PREFIX, hashToken } from './tokens.ts';

function present(r: ApiTokenRow): ApiTokenInfo {
  return {
    id: r.id,
    name: r.name,
    prefix: r.token_prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    expiresAt: r.expires_at?.toISOString() ?? null,
  };
}

/** Creates a personal API token; the secret is returned once and only its hash is kept. */
export async function createApiToken(
  ctx: Ctx,
  userId: string,
  input: { name: string; expiresInDays?: number | undefined },
): Promise<ApiTokenInfo & { token: string }> {
  const token = `${API_TOKEN_PREFIX}${ctx.ids.token(30)}`;
  const now = ctx.clock.now();
  const row: ApiTokenRow = {
    id: ctx.ids.id(),
    user_id: userId,
    name: input.name,
    token_hash: hashToken(token),
    token_prefix: token.slice(0, 9),
    created_at: now,
    last_used_at: null,
    expires_at: input.expiresInDays
      ? new Date(now.getTime() + input.expiresInDays * 86_400_000)
      : null,
  };
  await ctx.store.accounts.insertApiToken(row);
  return { ...present(row), token };
}

/** Lists a user's API tokens (never their secrets). */
export async function listApiTokens(ctx: Ctx, userId: string): Promise<ApiTokenInfo[]> {
  return (await ctx.store.accounts.listApiTokens(userId)).map(present);
}

/** Revokes one of the user's tokens. Throws `not_found` for a token of someone else or none. */
export async function revokeApiToken(ctx: Ctx, userId: string, tokenId: string): Promise<void> {
  if (!(await ctx.store.accounts.deleteApiToken(userId, tokenId)))
    throw new AppError('not_found', 'API token not found');
}
