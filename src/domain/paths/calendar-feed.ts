import { AppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { sha256Hex } from './canonical-json.ts';
import { listDoneSteps } from './done-steps.ts';
import { requirePath, requireVersion } from './get-path.ts';
import type { PlanInputs } from './plan-types.ts';
import { renderIcal } from './render-ical.ts';

/**
 * Creates a secret calendar-feed URL for a path (`/cal/<token>.ics`, shown once; only a
 * hash is stored). Throws `not_found`.
 */
export async function createCalendarToken(ctx: Ctx, userId: string, pathId: string) {
  await requirePath(ctx, userId, pathId);
  const token = ctx.ids.token(24);
  const row = {
    id: ctx.ids.id(),
    user_id: userId,
    path_id: pathId,
    token_hash: sha256Hex(token),
    created_at: ctx.clock.now(),
    revoked_at: null,
  };
  await ctx.store.paths.insertCalendarToken(row);
  return { id: row.id, token, url: `/cal/${token}.ics`, createdAt: row.created_at.toISOString() };
}

/** The path's calendar tokens (without secrets). Throws `not_found`. */
export async function listCalendarTokens(ctx: Ctx, userId: string, pathId: string) {
  await requirePath(ctx, userId, pathId);
  return (await ctx.store.paths.listCalendarTokens(userId, pathId)).map((t) => ({
    id: t.id,
    createdAt: t.created_at.toISOString(),
    revokedAt: t.revoked_at ? t.revoked_at.toISOString() : null,
  }));
}

/** Revokes a calendar token: its URL stops working at once. Throws `not_found`. */
export async function revokeCalendarToken(
  ctx: Ctx,
  userId: string,
  pathId: string,
  tokenId: string,
): Promise<void> {
  await requirePath(ctx, userId, pathId);
  if (!(await ctx.store.paths.revokeCalendarToken(userId, pathId, tokenId, ctx.clock.now())))
    throw new AppError('not_found', 'Calendar link not found');
}

/**
 * The iCalendar feed behind a secret token (public: the token is the credential). Throws
 * `not_found` for an unknown or revoked token, without saying which.
 */
export async function getCalendarFeed(ctx: Ctx, token: string): Promise<string> {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) throw new AppError('not_found', 'Calendar not found');
  const t = await ctx.store.paths.findCalendarToken(sha256Hex(token));
  if (!t) throw new AppError('not_found', 'Calendar not found');
  const path = await requirePath(ctx, t.user_id, t.path_id);
  const { row, plan } = await requireVersion(ctx, path.id, path.current_version);
  const done = new Set((await listDoneSteps(ctx, path.id, plan)).keys());
  return renderIcal({
    pathId: path.id,
    title: path.title,
    plan,
    stampedAt: row.created_at,
    doneSteps: done,
    timeZone: (row.inputs as Partial<PlanInputs>).profile?.timeZone ?? null,
  });
}
