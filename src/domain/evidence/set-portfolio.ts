import { createHash } from 'node:crypto';
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

/** How long a handle its owner gave up stays reserved to them (and redirects): 180 days. */
const HANDLE_RESERVED_MS = 180 * 24 * 60 * 60_000;

/**
 * Who keeps `handle` for their old links: the person who gave it up less than
 * `HANDLE_RESERVED_MS` ago, if anyone.
 */
export async function handleKeeper(ctx: Ctx, handle: string): Promise<string | undefined> {
  const released = await ctx.store.portfolio.findReleasedHandle(handle.toLowerCase());
  if (!released) return undefined;
  const age = ctx.clock.now().getTime() - new Date(released.released_at).getTime();
  return age < HANDLE_RESERVED_MS ? released.user_id : undefined;
}

/** Whether `handle` (normalised) is one nobody may take: it would pass for the instance. */
export function isReservedHandle(handle: string): boolean {
  return RESERVED.has(handle);
}

/**
 * What a retired handle is kept by (`retired_handles`): a hash, not the handle, so the list
 * does not spell out the names of deleted accounts.
 */
export function handleHash(handle: string): string {
  return createHash('sha256')
    .update(`skilltrace:portfolio-handle:${handle.toLowerCase()}`)
    .digest('hex');
}

/**
 * Whether `handle` was the address of a portfolio whose account was deleted less than
 * `HANDLE_RESERVED_MS` ago: nobody may take it yet, and its old links say the portfolio was
 * removed.
 */
export async function handleRetired(ctx: Ctx, handle: string): Promise<boolean> {
  const at = await ctx.store.portfolio.findRetiredHandle(handleHash(handle));
  return (
    at !== undefined && ctx.clock.now().getTime() - new Date(at).getTime() < HANDLE_RESERVED_MS
  );
}

/**
 * Retires the handles of `userId`, whose account is being deleted: the current one from
 * now (published or not), and those the person still keeps for old links from when they gave them up, so links
 * a client saved never open a newcomer's page under the same name. Run before the account's
 * rows go, in the deletion's transaction.
 */
export async function retireHandlesOf(ctx: Ctx, userId: string): Promise<void> {
  const now = ctx.clock.now();
  // By hash, the latest date for each (a handle both held and kept counts once, from now).
  const handles = new Map<string, Date>();
  const keep = async (handle: string, at: Date) => {
    // Only an address this person holds or keeps, written as this instance writes handles;
    // never one someone else holds now.
    for (const form of new Set([handle, handle.toLowerCase()])) {
      const holder = await ctx.store.portfolio.findPortfolioByHandle(form);
      if (holder && holder.user_id !== userId) return;
    }
    const hash = handleHash(handle);
    const prev = handles.get(hash);
    if (!prev || prev < at) handles.set(hash, at);
  };
  // Retired even when unpublished now: links shared while it was public still point here.
  const current = await ctx.store.portfolio.findPortfolio(userId);
  if (current) await keep(current.handle, now);
  for (const r of await ctx.store.portfolio.listReleasedHandles(userId)) {
    const at = new Date(r.released_at);
    if (now.getTime() - at.getTime() < HANDLE_RESERVED_MS) await keep(r.handle, at);
  }
  await ctx.store.portfolio.retireHandles(
    [...handles].map(([hash, at]) => ({ hash, at })),
    new Date(now.getTime() - HANDLE_RESERVED_MS),
  );
}

/**
 * Records that `userId`'s handle went from `previous` to `next` (settings or account import).
 * Only a handle that was published has links out there to keep, and one already kept is not
 * kept longer by giving it up again; the handle taken (back, or after its reservation) is no
 * longer kept for anyone. Call in the change's transaction.
 */
export async function handOverHandle(
  ctx: Ctx,
  userId: string,
  previous: { handle: string; published: boolean } | undefined,
  next: string | undefined,
): Promise<void> {
  const { portfolio } = ctx.store;
  if (
    previous?.published &&
    previous.handle !== next &&
    !(await portfolio.findReleasedHandle(previous.handle))
  )
    await portfolio.releaseHandle(previous.handle, userId, ctx.clock.now());
  if (next !== undefined) await portfolio.forgetReleasedHandle(next);
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
  if (isReservedHandle(v.handle)) {
    throw new AppError('invalid_input', `The handle “${v.handle}” is reserved`, {
      details: { issues: [{ path: 'handle', message: 'reserved' }] },
    });
  }
  const owner = await ctx.store.portfolio.findPortfolioByHandle(v.handle);
  if (owner && owner.user_id !== userId)
    throw new AppError('conflict', `The handle “${v.handle}” is taken`);
  const now = ctx.clock.now();
  // A handle someone gave up stays theirs for a while: links to it that they shared keep
  // leading to them (redirected), never to a newcomer's page.
  const keeper = await handleKeeper(ctx, v.handle);
  if (keeper && keeper !== userId)
    throw new AppError(
      'conflict',
      `The handle “${v.handle}” was in use until recently and is kept for its owner's old links; choose another`,
    );
  if (owner?.user_id !== userId && (await handleRetired(ctx, v.handle)))
    throw new AppError(
      'conflict',
      `The handle “${v.handle}” belonged to a portfolio that was deleted recently and is kept so its old links do not lead to someone else; choose another`,
    );
  const previous = await ctx.store.portfolio.findPortfolio(userId);
  try {
    await ctx.store.portfolio.upsertPortfolio({
      user_id: userId,
      ...v,
      updated_at: now,
    });
    await handOverHandle(ctx, userId, previous, v.handle);
  } catch (e) {
    if ((e as { code?: string }).code === '23505') {
      throw new AppError('conflict', `The handle “${v.handle}” is taken`, { cause: e });
    }
    throw e;
  }
  return getPortfolioSettings(ctx, userId);
}
