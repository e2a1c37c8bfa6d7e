import type { ReviewCard } from '../../shared/practice.ts';
import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getProgressView } from '../notifications/index.ts';
import { isNewCard, presentCard } from './review-cards.ts';
import { CARD_MINUTES, planQueue, reviewMinutesPerDay } from './review-queue.ts';

/**
 * Today's short review queue: at most the minutes the person's budget allows (weekly hours over
 * learning days; a token queue in a declared busy week), oldest due first, with a 7-day
 * forecast showing how a backlog spreads out. Busy weeks come from the person's view settings.
 */
export function getReviewQueue(ctx: Ctx, userId: string): Promise<ReviewQueueResult> {
  // Cached per UTC day until the person's cards, profile or view change (the value is shared).
  const day = ctx.clock.now().toISOString().slice(0, 10);
  return ctx.store.personCache.read(userId, `review-queue:${day}`, () => computeQueue(ctx, userId));
}

interface ReviewQueueResult {
  date: string;
  minutesCap: number;
  cards: ReviewCard[];
  deferred: number;
  forecast: number[];
}

async function computeQueue(ctx: Ctx, userId: string): Promise<ReviewQueueResult> {
  const now = ctx.clock.now();
  const profile = await getProfile(ctx, userId);
  const monday = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth(),
      now.getUTCDate() - ((now.getUTCDay() + 6) % 7),
    ),
  );
  const busy = (await getProgressView(ctx, userId)).busyWeeks.includes(
    monday.toISOString().slice(0, 10),
  );
  const minutesCap = reviewMinutesPerDay(profile.weeklyHours, profile.learningDays.length, busy);
  const endOfToday = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - 1,
  );
  const rows = await ctx.store.practice.listCards(userId, {
    dueBefore: new Date(endOfToday.getTime() + 7 * 86_400_000),
  });
  const plan = planQueue(
    rows.map((r) => ({ id: r.id, due: new Date(r.due), isNew: isNewCard(r) })),
    endOfToday,
    Math.max(1, Math.floor(minutesCap / CARD_MINUTES)),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    date: now.toISOString().slice(0, 10),
    minutesCap,
    cards: plan.today.map((id) => presentCard(byId.get(id)!)),
    deferred: plan.deferred,
    forecast: plan.forecast,
  };
}
