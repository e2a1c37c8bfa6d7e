import type { DashboardSummary } from '../../shared/dashboard.ts';
import { localDateTime } from '../../shared/time-zone.ts';
import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getPortfolioSettings, listCredentials } from '../evidence/index.ts';
import { getProgressView, listNotifications } from '../notifications/index.ts';
import { loadUserPlans, type UserPlan } from '../paths/index.ts';
import { getReviewQueue } from '../practice/index.ts';
import { getMarketMoves, IMPORTED_VERSION_KEY } from '../radar/index.ts';
import { getProgressOverview } from './progress-overview.ts';

/** Local dates move at most every 15 minutes (every time zone's offset is a multiple of it). */
const CLOCK_WINDOW_MS = 15 * 60_000;

const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const mondayOf = (date: string): string =>
  addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/**
 * The next session not done, from today to the end of next week, on the person's three most
 * recently changed paths (what the dashboard has always shown).
 */
function nextSession(plans: readonly UserPlan[], today: string): DashboardSummary['nextSession'] {
  const until = addDays(mondayOf(today), 14);
  let best: DashboardSummary['nextSession'] = null;
  for (const { path, plan, done } of plans.slice(0, 3)) {
    const names = new Map(plan.steps.map((s) => [s.id, s.title ?? s.skillName]));
    const s = plan.schedule.sessions.find(
      (x) => x.date >= today && x.date < until && !done.has(x.stepId),
    );
    if (!s) continue;
    if (best && `${best.date}${best.start}` <= `${s.date}${s.start}`) continue;
    const skillName = names.get(s.stepId) ?? s.stepId;
    best = { date: s.date, start: s.start, skillName, pathId: path.id };
  }
  return best;
}

/** The first step not done of the most recently changed path that has one. */
function nextStep(plans: readonly UserPlan[]): DashboardSummary['nextStep'] {
  for (const { path, plan, done } of plans) {
    const step = plan.steps.find((s) => !done.has(s.id));
    if (!step) continue;
    return {
      pathId: path.id,
      pathTitle: path.title,
      skillName: step.skillName,
      objective: step.objective,
      hours: step.hours,
    };
  }
  return null;
}

type OwnPart = Omit<DashboardSummary, 'market' | 'firstRun'> & { firstPathId: string | null };

/** The parts read from the person's own data (cached under the person's stamp). */
function ownPart(ctx: Ctx, userId: string): Promise<OwnPart> {
  const window = Math.floor(ctx.clock.now().getTime() / CLOCK_WINDOW_MS);
  return ctx.store.personCache.read(userId, `dashboard:${window}`, async () => {
    // Independent reads, issued together: on PostgreSQL they run on several connections, on
    // the embedded store the database thread runs one while this thread shapes another's rows.
    const [profile, view, overview, queue, notes, plans, credentials, portfolio] =
      await Promise.all([
        getProfile(ctx, userId),
        getProgressView(ctx, userId),
        getProgressOverview(ctx, userId),
        getReviewQueue(ctx, userId),
        listNotifications(ctx, userId),
        loadUserPlans(ctx, userId),
        listCredentials(ctx, userId),
        getPortfolioSettings(ctx, userId),
      ]);
    const today = localDateTime(ctx.clock.now(), profile.timeZone ?? 'UTC').date;
    return {
      profile,
      view,
      hoursThisWeek: overview.hoursThisWeek,
      weeklyBudgetHours: overview.weeklyBudgetHours,
      nextSession: nextSession(plans, today),
      nextStep: nextStep(plans),
      reviewsDue: queue.cards.length,
      unreadNotifications: notes.unread,
      credential: credentials.find((c) => !c.revoked) ?? null,
      portfolio,
      firstPathId: plans[0]?.path.id ?? null,
    };
  });
}

/** Entries kept per store; past it the oldest go first (insertion order). */
const MAX_ENTRIES = 5_000;
const summaries = new WeakMap<
  object,
  Map<string, { stamp: string; value: Promise<DashboardSummary> }>
>();

/**
 * Everything the dashboard page shows, in one answer. Served again while neither the
 * person's own data nor their posts changed (both stamps in one query), nor the 15-minute
 * clock window and the day; otherwise built from the person's cached own part and the cached
 * market moves. Callers asking at once share one computation; the value is shared.
 */
export async function getDashboardSummary(ctx: Ctx, userId: string): Promise<DashboardSummary> {
  // Inside a transaction nothing is cached: its reads must see its own uncommitted writes.
  if (ctx.store.db.isTransaction) return buildSummary(ctx, userId);
  const stamp = await ctx.store.stamps.read(userId, `person+insight:${IMPORTED_VERSION_KEY}`, () =>
    ctx.store.radar.personAndInsightStamp(userId, IMPORTED_VERSION_KEY),
  );
  let cache = summaries.get(ctx.store);
  if (!cache) {
    cache = new Map();
    summaries.set(ctx.store, cache);
  }
  const now = ctx.clock.now();
  const key = `${userId}\n${Math.floor(now.getTime() / CLOCK_WINDOW_MS)}\n${now.toISOString().slice(0, 10)}`;
  const hit = cache.get(key);
  if (hit?.stamp === stamp) return hit.value;
  const value = buildSummary(ctx, userId);
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { stamp, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

async function buildSummary(ctx: Ctx, userId: string): Promise<DashboardSummary> {
  const [{ firstPathId, ...own }, market] = await Promise.all([
    ownPart(ctx, userId),
    getMarketMoves(ctx, userId),
  ]);
  return {
    ...own,
    market: { rising: market.rising, falling: market.falling },
    firstRun: { hasPosts: market.hasPosts, firstPathId },
  };
}
