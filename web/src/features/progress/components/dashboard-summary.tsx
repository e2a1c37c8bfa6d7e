import { Link } from 'react-router';
import type { DashboardSummary as Summary } from '../../../../../src/shared/dashboard.ts';
import type { ProgressView } from '../../../../../src/shared/progress.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';
import { StatList } from '../../../ui/stat-list.tsx';
import { longDate } from '../../paths/paths-format.ts';

/**
 * A compact progress strip for the dashboard: hours this week against the budget, the next
 * session, reviews due and unread notifications; panels hidden in the personal view stay hidden.
 */
export function DashboardSummary({ summary: s }: { summary: Summary }) {
  const shown = (id: ProgressView['panels'][number]['id']) =>
    s.view.panels.find((p) => p.id === id)?.visible ?? true;
  const items: [string, string, string][] = [];
  const next = s.nextSession;
  if (shown('hours'))
    items.push(['This week', `${s.hoursThisWeek} of ${s.weeklyBudgetHours} h`, '/app/progress']);
  if (shown('today'))
    items.push([
      'Next session',
      next ? `${longDate(next.date)} ${next.start} · ${next.skillName}` : 'None scheduled',
      next ? `/app/paths/${next.pathId}/schedule` : '/app/paths',
    ]);
  if (shown('reviews')) items.push(['Reviews due', String(s.reviewsDue), '/app/practice']);
  if (shown('notifications'))
    items.push(['Unread notifications', String(s.unreadNotifications), '/app/progress']);
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
