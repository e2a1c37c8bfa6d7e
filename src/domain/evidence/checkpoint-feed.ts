import { AppError } from '../../errors.ts';
import type { CheckpointFeed } from '../../shared/evidence.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { ownCheckpoints } from './checkpoint.ts';
import { movedPortfolioHandle } from './public-portfolio.ts';

const MAX = 50;

/**
 * The public checkpoint feed of a published portfolio: the signed heads of the holder's
 * ledger this instance signed (chain, position, head hash, signed time, the JWS), newest first
 * (of the newest 200 stored), or the ones
 * at one position (`seq`). A client who noted a checkpoint can fetch it again later: a
 * rewritten ledger cannot produce the same signed head. Throws `not_found` for an unknown
 * or unpublished handle.
 */
export async function getCheckpointFeed(
  ctx: Ctx,
  handle: string,
  opts: { seq?: number | undefined } = {},
): Promise<CheckpointFeed> {
  let settings = await ctx.store.portfolio.findPortfolioByHandle(handle.toLowerCase());
  // A handle its owner changed still answers with their feed, as the page redirects.
  if (!settings?.published) {
    const moved = await movedPortfolioHandle(ctx, handle);
    if (moved) settings = await ctx.store.portfolio.findPortfolioByHandle(moved);
  }
  if (!settings?.published) throw new AppError('not_found', 'No such portfolio');
  const id = issuerIdentity(ctx.config);
  // Only checkpoints this instance signed, at the time they carry (not imported rows).
  const rows = await ownCheckpoints(
    ctx,
    settings.user_id,
    (await ctx.store.evidence.listCheckpoints(settings.user_id))
      .filter((c) => opts.seq === undefined || c.seq === opts.seq)
      .slice(0, MAX * 4),
  );
  rows.sort((a, b) => (a.signedAt < b.signedAt ? 1 : a.signedAt > b.signedAt ? -1 : b.seq - a.seq));
  return {
    handle: settings.handle,
    issuer: id.issuerId,
    jwksUrl: id.jwksUrl,
    lastCheckpointAt: rows[0]?.signedAt ?? null,
    checkpoints: rows.slice(0, MAX).map((c) => ({
      chainId: c.chain_id,
      seq: c.seq,
      headHash: c.head_hash,
      reason: c.reason,
      at: c.signedAt,
      kid: c.kid,
      jws: c.jws,
    })),
  };
}
