import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ProgressView } from '../../../../../src/shared/progress.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';
import { StatList } from '../../../ui/stat-list.tsx';
import { pathsApi } from '../../paths/api.ts';
import { addDays, longDate, mondayOf, today } from '../../paths/paths-format.ts';
import { progressApi } from '../api.ts';

interface Summary {
  view: ProgressView | null;
  hoursThisWeek: number | null;
  budget: number | null;
  next: { date: string; start: string; skillName: string; pathId: string } | null;
  reviewsDue: number | null;
  unread: number | null;
}

const opt = <T,>(p: Promise<T>): Promise<T | null> => p.catch(() => null);

/** The next session of up to three paths, this week or next. */
export async function nextSession(): Promise<Summary['next']> {
  const list = await opt(pathsApi.list());
  const now = today();
  const weeks = [mondayOf(now), addDays(mondayOf(now), 7)];
  const found: NonNullable<Summary['next']>[] = [];
  for (const p of list?.paths.slice(0, 3) ?? []) {
    for (const week of weeks) {
      const w = await opt(pathsApi.week(p.id, week));
      const s = w?.sessions.find((x) => x.date >= now && !x.done);
      if (s) {
        found.push({ date: s.date, start: s.start, skillName: s.skillName, pathId: p.id });
        break;
      }
    }
  }
  return (
    found.sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`))[0] ?? null
  );
}

/**
 * A compact progress strip for the dashboard: hours this week against the budget, the next
 * session, reviews due and unread notifications; panels hidden in the personal view stay hidden.
 */
export function DashboardSummary() {
  const [s, setS] = useState<Summary | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      opt(progressApi.view()),
      opt(progressApi.overview()),
      opt(progressApi.reviewsDue()),
      opt(progressApi.notifications()),
      nextSession().catch(() => null),
    ]).then(([view, overview, queue, notes, next]) => {
      if (!live) return;
      setS({
        view,
        hoursThisWeek: overview?.hoursThisWeek ?? null,
        budget: overview?.weeklyBudgetHours ?? null,
        next,
        reviewsDue: queue ? queue.cards.length : null,
        unread: notes?.unread ?? null,
      });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!s) return null;
  const shown = (id: ProgressView['panels'][number]['id']) =>
    s.view?.panels.find((p) => p.id === id)?.visible ?? true;
  const items: [string, string, string][] = [];
  if (shown('hours') && s.hoursThisWeek !== null)
    items.push(['This week', `${s.hoursThisWeek} of ${s.budget ?? '?'} h`, '/app/progress']);
  if (shown('today'))
    items.push([
      'Next session',
      s.next ? `${longDate(s.next.date)} ${s.next.start} · ${s.next.skillName}` : 'None scheduled',
      s.next ? `/app/paths/${s.next.pathId}/schedule` : '/app/paths',
    ]);
  if (shown('reviews') && s.reviewsDue !== null)
    items.push(['Reviews due', String(s.reviewsDue), '/app/practice']);
  if (shown('notifications') && s.unread !== null)
    items.push(['Unread notifications', String(s.unread), '/app/progress']);
  if (items.length === 0) return null;
  return (
    <section className="panel dashboard-summary" aria-labelledby="dash-progress">
      <PanelHead titleId="dash-progress" title="This week">
        <Link to="/app/progress">All progress</Link>
      </PanelHead>
      <StatList
        stats={items.map(([label, value, to]) => ({ label, value: <Link to={to}>{value}</Link> }))}
      />
    </section>
  );
}
