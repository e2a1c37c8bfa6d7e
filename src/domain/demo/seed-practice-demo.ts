import type { Ctx } from '../ctx.ts';
import {
  createBrief,
  createCardsForSkills,
  selfReview,
  submitDeliverable,
} from '../practice/index.ts';
import { logTime } from '../progress/index.ts';

const DAY = 86_400_000;

const DEMO_BRIEFS = [
  {
    skillId: 'excel',
    daysAgo: 20,
    score: 3,
    text: 'Cleaned the order export (1,240 rows, 18 duplicates removed) and built a pivot of revenue by month and category. Outdoor gear grew 14% since March; kitchenware is flat. Hand-over note: refresh with Data > Refresh All.',
  },
  {
    skillId: 'tableau',
    daysAgo: 6,
    score: 2,
    text: 'Built a Tableau dashboard with sales by region and a map. Added a filter for product line. Still need to label the axes and add a takeaway to each chart.',
  },
] as const;

/**
 * Seeds the demo person's practice and progress so the Progress view is alive on first start:
 * two reviewed briefs (weeks apart), time logs over the past weeks and a few review cards.
 * Idempotent: does nothing when the person already has briefs.
 */
export async function seedPracticeDemo(ctx: Ctx, userId: string): Promise<void> {
  if ((await ctx.store.practice.listBriefs(userId, { limit: 1 })).length) return;
  const now = ctx.clock.now().getTime();
  const at = (daysAgo: number): Ctx => ({
    ...ctx,
    clock: { now: () => new Date(now - daysAgo * DAY) },
  });
  for (const d of DEMO_BRIEFS) {
    const past = at(d.daysAgo);
    const brief = await createBrief(past, userId, {
      skillId: d.skillId,
      seed: `demo-${d.skillId}`,
      useModel: false,
    });
    await submitDeliverable(at(d.daysAgo - 2), userId, brief.id, { text: d.text });
    await selfReview(at(d.daysAgo - 2), userId, brief.id, {
      scores: brief.content.rubric.map((c, i) => ({
        criterionId: c.id,
        score: Math.max(0, Math.min(4, d.score + (i % 2 ? 0 : 1))),
        feedback:
          i % 2 ? 'Explain the why behind each number.' : 'Clear and usable for the client.',
        quotes: [],
      })),
    });
  }
  // Time logs over the past six weeks, on learning days, towards the skills being learned.
  for (let week = 6; week >= 1; week--)
    for (const [i, skillId] of (['tableau', 'excel', 'data-cleaning'] as const).entries()) {
      if ((week + i) % 3 === 0) continue;
      await logTime(ctx, userId, {
        targetKind: 'skill',
        targetId: skillId,
        startedAt: new Date(now - (week * 7 - i * 2) * DAY).toISOString(),
        minutes: 45 + ((week * 15 + i * 20) % 60),
        note: 'Demo session',
      });
    }
  await createCardsForSkills(ctx, userId, ['tableau', 'excel', 'data-cleaning', 'pivot-tables']);
}
