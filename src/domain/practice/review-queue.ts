/** Estimated minutes one review card takes. */
export const CARD_MINUTES = 1;

/** Minutes of spaced review per learning day for a weekly budget (a short slice of the day). */
export function reviewMinutesPerDay(
  weeklyHours: number,
  learningDays: number,
  busyWeek: boolean,
): number {
  const dayMinutes = (weeklyHours * 60) / Math.max(1, learningDays);
  const minutes = Math.min(20, Math.max(5, Math.round(dayMinutes * 0.15)));
  // A declared busy client week keeps only a token queue: nothing piles up, nothing is lost.
  return busyWeek ? 5 : minutes;
}

/** A card as the queue sees it. */
export interface QueueCard {
  id: string;
  due: Date;
  isNew: boolean;
}

/**
 * Today's queue and a 7-day forecast. Cards due by the end of today are taken oldest first up
 * to `cap` (new cards at most a third of it); the rest wait for later days, each day taking at
 * most `cap` too, so a backlog after a busy week spreads out instead of arriving as a pile. Pure.
 */
export function planQueue(
  cards: QueueCard[],
  endOfToday: Date,
  cap: number,
): { today: string[]; deferred: number; forecast: number[] } {
  const day = 86_400_000;
  const sorted = [...cards].sort(
    (a, b) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id),
  );
  const forecast: number[] = [];
  let backlog: QueueCard[] = [];
  let today: string[] = [];
  let pending = sorted;
  for (let d = 0; d < 7; d++) {
    const end = endOfToday.getTime() + d * day;
    backlog = backlog.concat(pending.filter((c) => c.due.getTime() <= end));
    pending = pending.filter((c) => c.due.getTime() > end);
    const newCap = Math.max(1, Math.floor(cap / 3));
    const taken: QueueCard[] = [];
    let newTaken = 0;
    for (const c of backlog) {
      if (taken.length >= cap) break;
      if (c.isNew) {
        if (newTaken >= newCap) continue;
        newTaken++;
      }
      taken.push(c);
    }
    const ids = new Set(taken.map((c) => c.id));
    backlog = backlog.filter((c) => !ids.has(c.id));
    forecast.push(taken.length);
    if (d === 0) today = taken.map((c) => c.id);
  }
  const dueToday = sorted.filter((c) => c.due.getTime() <= endOfToday.getTime()).length;
  return { today, deferred: dueToday - today.length, forecast };
}
