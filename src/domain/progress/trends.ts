import type { Trends } from '../../shared/progress.ts';
import type { Ctx } from '../ctx.ts';
import { getProgressView } from '../notifications/index.ts';
import { reviewAnswers } from '../practice/index.ts';
import { gatherProgress } from './gather.ts';
import { addDayKey, localDayStart, localWeekKey, round1 } from './time.ts';
import { skillVelocity } from './velocity.ts';

/**
 * Series for charts over the last `weeks` weeks: hours logged per week, mean practice score per
 * week, review retention per week (share of answers to learned cards that were recalled) and
 * days to first evidence per skill. Weeks without data have no point, not a zero score.
 */
export async function getTrends(ctx: Ctx, userId: string, weeks = 12): Promise<Trends> {
  const now = ctx.clock.now();
  const view = await getProgressView(ctx, userId);
  const d = await gatherProgress(ctx, userId, view.busyWeeks);
  // Weeks on the person's own calendar (Monday to Sunday where they live).
  const firstKey = addDayKey(localWeekKey(now, d.timeZone), -7 * (weeks - 1));
  const keys = Array.from({ length: weeks }, (_, i) => addDayKey(firstKey, 7 * i));
  const first = localDayStart(firstKey, d.timeZone);
  const byWeek = <T>(items: T[], at: (x: T) => Date) => {
    const m = new Map<string, T[]>();
    for (const x of items) {
      const k = localWeekKey(at(x), d.timeZone);
      if (k >= (keys[0] ?? '')) m.set(k, [...(m.get(k) ?? []), x]);
    }
    return m;
  };
  const logs = byWeek(d.logs, (l) => new Date(l.started_at));
  const practice = byWeek(d.practice, (p) => p.at);
  const answers = byWeek(
    (await reviewAnswers(ctx, userId, first)).filter((a) => a.mature),
    (a) => a.at,
  );
  return {
    series: [
      {
        name: 'hours_per_week',
        unit: 'hours',
        points: keys.map((x) => ({
          x,
          y: round1((logs.get(x) ?? []).reduce((a, l) => a + l.minutes, 0) / 60),
        })),
      },
      {
        name: 'practice_score',
        unit: 'score (0-4)',
        points: keys.flatMap((x) => {
          const ps = practice.get(x);
          return ps ? [{ x, y: round1(ps.reduce((a, p) => a + p.average, 0) / ps.length) }] : [];
        }),
      },
      {
        name: 'review_retention',
        unit: 'share recalled',
        points: keys.flatMap((x) => {
          const as = answers.get(x);
          return as
            ? [{ x, y: Math.round((as.filter((a) => a.recalled).length / as.length) * 100) / 100 }]
            : [];
        }),
      },
      {
        name: 'velocity_days',
        unit: 'days to first evidence',
        points: skillVelocity(d).flatMap((s) =>
          s.days === null ? [] : [{ x: s.skillId, y: s.days }],
        ),
      },
    ],
  };
}
