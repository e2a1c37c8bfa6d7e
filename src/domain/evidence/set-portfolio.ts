import { AppError, parseInput } from '../../errors.ts';
import { type PortfolioSettings, PortfolioSettingsInput } from '../../shared/evidence.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';

/** Handles that would confuse people or impersonate the instance. */
const RESERVED = new Set([
  'admin',
  'api',
  'demo',
  'skilltrace',
  'support',
  'verify',
  'issuer',
  'root',
  'help',
]);

/** The user's portfolio settings (handle null until chosen). */
export async function getPortfolioSettings(ctx: Ctx, userId: string): Promise<PortfolioSettings> {
  const row = await ctx.store.portfolio.findPortfolio(userId);
  return {
    handle: row?.handle ?? null,
    published: row?.published ?? false,
    headline: row?.headline ?? '',
    summary: row?.summary ?? '',
    url: row ? issuerIdentity(ctx.config).portfolioUrl(row.handle) : null,
  };
}

/**
 * Chooses the public handle and texts of the user's portfolio at `/p/<handle>` and whether it
 * is published. Throws `invalid_input` (bad or reserved handle) and `conflict` (taken).
 */
export async function setPortfolio(
  ctx: Ctx,
  userId: string,
  input: unknown,
): Promise<PortfolioSettings> {
  const v = parseInput(PortfolioSettingsInput, input, 'The portfolio settings are not valid');
  if (RESERVED.has(v.handle)) {
    throw new AppError('invalid_input', `The handle “${v.handle}” is reserved`, {
      details: { issues: [{ path: 'handle', message: 'reserved' }] },
    });
  }
  const owner = await ctx.store.portfolio.findPortfolioByHandle(v.handle);
  if (owner && owner.user_id !== userId)
    throw new AppError('conflict', `The handle “${v.handle}” is taken`);
  try {
    await ctx.store.portfolio.upsertPortfolio({
      user_id: userId,
      ...v,
      updated_at: ctx.clock.now(),
    });
  } catch (e) {
    if ((e as { code?: string }).code === '23505') {
      throw new AppError('conflict', `The handle “${v.handle}” is taken`, { cause: e });
    }
    throw e;
  }
  return getPortfolioSettings(ctx, userId);
}
