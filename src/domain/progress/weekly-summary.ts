import type { WeeklySummary } from '../../shared/progress.ts';
import type { Ctx } from '../ctx.ts';
import { getProgressView } from '../notifications/index.ts';
import { countDueCards, openBriefs, reviewAnswers } from '../practice/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { gatherProgress } from './gather.ts';
import { addDays, isoDay, round1, weekStart } from './time.ts';

const skillName = (id: string) => getTaxonomy().skillById.get(id)?.name ?? id;

/**
 * The week in a few lines: what was learned (steps done, practice reviewed, cards recalled),
 * what slipped (hours short of the budget outside declared busy weeks, open briefs past their
 * deadline, goals whose remaining work no longer fits before their deadline), and what to do
 * next week: the next steps that fit the weekly hours, then due reviews and open briefs.
 */
export async function getWeeklySummary(
  ctx: Ctx,
  userId: string,
  week?: string,
): Promise<WeeklySummary> {
  const now = ctx.clock.now();
  const start = weekStart(week ? new Date(`${week}T00:00:00Z`) : now);
  const end = addDays(start, 7);
  const view = await getProgressView(ctx, userId);
  const d = await gatherProgress(ctx, userId, view.busyWeeks);
  const busyWeek = d.busyWeeks.has(isoDay(start));
  const inWeek = (t: Date) => t >= start && t < end;
  const minutes = d.logs
    .filter((l) => inWeek(new Date(l.started_at)))
    .reduce((a, l) => a + l.minutes, 0);

  const learned: string[] = [];
  for (const p of d.paths)
    for (const s of p.steps)
      if (s.doneAt && inWeek(s.doneAt)) learned.push(`Finished "${s.title}" (${p.title})`);
  for (const r of d.practice.filter((x) => inWeek(x.at)))
    learned.push(`Practised ${skillName(r.skillId)} on a mock brief: ${r.average}/4`);
  const answers = (await reviewAnswers(ctx, userId, start)).filter((a) => inWeek(a.at));
  if (answers.length)
    learned.push(
      `Reviewed ${answers.length} cards, recalled ${answers.filter((a) => a.recalled).length}`,
    );
  const evidence = d.evidence.filter((e) => inWeek(e.at)).length;
  if (evidence) learned.push(`Added ${evidence} evidence ${evidence === 1 ? 'entry' : 'entries'}`);

  const slipped: string[] = [];
  const hours = round1(minutes / 60);
  if (!busyWeek && hours < d.weeklyHours)
    slipped.push(`Logged ${hours} of ${d.weeklyHours} planned hours`);
  for (const b of await openBriefs(ctx, userId))
    if (addDays(b.createdAt, b.deadlineDays) < end)
      slipped.push(`Brief "${b.title}" is past its deadline`);
  for (const p of d.paths) {
    if (!p.deadline || p.deadline < now) continue;
    const remaining = p.steps.filter((s) => !s.done).reduce((a, s) => a + s.hours, 0);
    const weeks = Math.max(0, (p.deadline.getTime() - now.getTime()) / (7 * 86_400_000));
    if (remaining > weeks * d.weeklyHours)
      slipped.push(
        `"${p.title}" needs ${round1(remaining)} h before ${isoDay(p.deadline)}; about ${round1(weeks * d.weeklyHours)} h fit`,
      );
  }

  const next: string[] = [];
  let budget = d.weeklyHours;
  for (const p of d.paths)
    for (const s of p.steps.filter((x) => !x.done)) {
      if (s.hours > budget) break;
      budget -= s.hours;
      next.push(`${s.title} (${round1(s.hours)} h, ${p.title})`);
    }
  const due = await countDueCards(ctx, userId, addDays(end, 7));
  if (due) next.push(`Review ${due} due ${due === 1 ? 'card' : 'cards'}, a few minutes a day`);
  const open = await openBriefs(ctx, userId);
  if (open[0]) next.push(`Submit the brief "${open[0].title}"`);
  return {
    weekStart: isoDay(start),
    hoursLogged: hours,
    hoursBudget: d.weeklyHours,
    busyWeek,
    learned,
    slipped,
    next,
  };
}
