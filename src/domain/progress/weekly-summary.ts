import type { WeeklySummary } from '../../shared/progress.ts';
import type { Ctx } from '../ctx.ts';
import { getProgressView } from '../notifications/index.ts';
import { countDueCards, openBriefs, reviewAnswers } from '../practice/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { gatherProgress } from './gather.ts';
import {
  addDayKey,
  addDays,
  isoDay,
  localDayStart,
  localWeekKey,
  round1,
  weekStart,
} from './time.ts';

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
  const view = await getProgressView(ctx, userId);
  const d = await gatherProgress(ctx, userId, view.busyWeeks);
  // The week on the person's own calendar: Monday 00:00 to Monday 00:00 where they live.
  const startKey = week
    ? isoDay(weekStart(new Date(`${week}T00:00:00Z`)))
    : localWeekKey(now, d.timeZone);
  const start = localDayStart(startKey, d.timeZone);
  const end = localDayStart(addDayKey(startKey, 7), d.timeZone);
  const busyWeek = d.busyWeeks.has(startKey);
  // A busy week's budget: the hours it was marked with on the paths side, else none (a week
  // marked busy on the progress view).
  const hoursThere = d.busyHours.get(startKey);
  const weekBudget =
    hoursThere !== undefined ? Math.min(d.weeklyHours, hoursThere) : busyWeek ? 0 : d.weeklyHours;
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
  if (hours < weekBudget) slipped.push(`Logged ${hours} of ${weekBudget} planned hours`);
  for (const b of await openBriefs(ctx, userId))
    if (addDays(b.createdAt, b.deadlineDays) < end)
      slipped.push(`Brief "${b.title}" is past its deadline`);
  // A goal slips when the path's own projection (its finish at the pace so far) passes its
  // deadline; said in the weeks up to the deadline, not after it.
  for (const p of d.paths) {
    if (!p.deadline || p.deadline < start || p.deadline < now) continue;
    const finish = p.numbers.finishDate;
    const deadline = isoDay(p.deadline);
    if (finish && finish > deadline)
      slipped.push(
        `"${p.title}" would finish on ${finish} at this pace, after its deadline ${deadline}`,
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
    weekStart: startKey,
    hoursLogged: hours,
    hoursBudget: weekBudget,
    busyWeek,
    learned,
    slipped,
    next,
  };
}
