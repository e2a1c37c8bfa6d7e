import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type {
  Notification,
  ProgressOverview,
  ProgressView,
  TimeLog,
  Trends,
  Velocity,
  WeeklySummary,
} from '../../../../../src/shared/progress.ts';
import { Alert } from '../../../components/alert.tsx';
import { ProgressTrendChart as TrendChart } from '../../../components/lazy-charts.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { type BriefRow, PANEL_LABELS, progressApi } from '../api.ts';
import { GoalsPanel } from '../components/goals-panel.tsx';
import { ManualTimeForm } from '../components/manual-time-form.tsx';
import { NotificationsPanel } from '../components/notifications-panel.tsx';
import { ProgressPanel } from '../components/progress-panel.tsx';
import { SkillsPanel } from '../components/skills-panel.tsx';
import { TimeLogList } from '../components/time-log-list.tsx';
import { stoppedText, TimerPanel } from '../components/timer-panel.tsx';
import { VelocityPanel } from '../components/velocity-panel.tsx';
import { ViewSettings } from '../components/view-settings.tsx';
import { WeeklyPanel } from '../components/weekly-panel.tsx';
import '../progress.css';

interface Data {
  overview: ProgressOverview;
  view: ProgressView;
  trends: Trends | null;
  velocity: Velocity | null;
  weekly: WeeklySummary | null;
  notifications: Notification[];
  reviewsDue: number | null;
  timer: TimeLog | null;
  logs: TimeLog[];
  briefs: BriefRow[];
}

const opt = <T,>(p: Promise<T>): Promise<T | null> => p.catch(() => null);
const weekLabel = (x: string) => x.slice(5);

/** Progress: goals, skills, hours, velocity, weekly summary, time tracking, notifications. */
export function ProgressPage() {
  usePageTitle('Progress');
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    setError(null);
    try {
      const from = new Date(Date.now() - 28 * 86_400_000).toISOString();
      const [overview, view, trends, velocity, weekly, notes, queue, timer, logs, briefs] =
        await Promise.all([
          progressApi.overview(),
          progressApi.view(),
          opt(progressApi.trends(12)),
          opt(progressApi.velocity()),
          opt(progressApi.weekly()),
          opt(progressApi.notifications()),
          opt(progressApi.reviewsDue()),
          opt(progressApi.timer()),
          opt(progressApi.logs(from)),
          opt(progressApi.briefs()),
        ]);
      setData({
        overview,
        view,
        trends,
        velocity,
        weekly,
        notifications: notes?.notifications ?? [],
        reviewsDue: queue ? queue.cards.length : null,
        timer: timer?.timer ?? null,
        logs: logs?.logs ?? [],
        briefs: briefs?.briefs ?? [],
      });
    } catch (e) {
      setError(describeError(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) {
    return (
      <>
        <PageHeader title="Progress" />
        <LoadError what="your progress" message={error} onRetry={load} />
      </>
    );
  }
  if (!data) return <LoadingState label="Loading your progress…" />;

  const { overview, view } = data;
  const series = (name: string) => data.trends?.series.find((s) => s.name === name);
  const setView = (v: ProgressView) => setData((d) => (d ? { ...d, view: v } : d));
  const hide = (id: ProgressView['panels'][number]['id']) => {
    const next = {
      ...view,
      panels: view.panels.map((p) => (p.id === id ? { ...p, visible: false } : p)),
    };
    setView(next);
    progressApi.saveView(next).then(setView, () => setView(view));
  };
  async function deleteLog(log: TimeLog) {
    try {
      await progressApi.deleteLog(log.id);
      setMessage('Time entry deleted.');
      await load();
    } catch (e) {
      setMessage(`Could not delete: ${describeError(e)}`);
    }
  }

  const hours = series('hours_per_week');
  const practice = series('practice_score');
  const retention = series('review_retention');
  const body: Record<ProgressView['panels'][number]['id'], ReactNode> = {
    today: (
      <>
        <TimerPanel
          goals={overview.goals}
          briefs={data.briefs}
          timer={data.timer}
          onChange={(stopped) => {
            setMessage(stopped ? stoppedText(stopped) : 'Timer started.');
            void load();
          }}
        />
        <h3 className="subhead">Log time by hand</h3>
        <ManualTimeForm goals={overview.goals} briefs={data.briefs} onLogged={load} />
        <h3 className="subhead">Recent entries</h3>
        <TimeLogList logs={data.logs} onDelete={deleteLog} />
      </>
    ),
    reviews: (
      <p>
        {data.reviewsDue === null
          ? 'The review queue is not available right now.'
          : `${data.reviewsDue} card${data.reviewsDue === 1 ? '' : 's'} due today.`}{' '}
        <Link to="/app/practice">Review in Practice</Link>
      </p>
    ),
    goals: <GoalsPanel goals={overview.goals} />,
    skills: <SkillsPanel skills={overview.skills} />,
    practice: (
      <TrendChart
        title="Practice review score"
        unit={practice?.unit ?? 'score (0-4)'}
        xLabel="Week"
        kind="line"
        points={practice?.points ?? []}
        formatX={weekLabel}
        empty="No reviewed practice yet."
      />
    ),
    hours: (
      <>
        <TrendChart
          title="Hours logged per week"
          unit={hours?.unit ?? 'hours'}
          xLabel="Week starting"
          points={hours?.points ?? []}
          formatX={weekLabel}
          empty="No hours logged yet."
        />
        <TrendChart
          title="Review retention"
          unit={retention?.unit ?? 'share recalled'}
          xLabel="Week starting"
          kind="line"
          points={retention?.points ?? []}
          formatX={weekLabel}
          empty="No spaced-review answers yet, so retention cannot be measured."
        />
      </>
    ),
    velocity: data.velocity ? (
      <VelocityPanel velocity={data.velocity} />
    ) : (
      <p className="muted">Velocity is not available right now.</p>
    ),
    weekly: data.weekly ? (
      <WeeklyPanel weekly={data.weekly} />
    ) : (
      <p className="muted">The weekly summary is not available right now.</p>
    ),
    notifications: <NotificationsPanel notifications={data.notifications} onChange={load} />,
  };

  return (
    <>
      <PageHeader
        title="Progress"
        description="What you learned, the hours it took against your budget, and what comes next."
      />
      <dl className="stats progress-stats">
        <div className="stat">
          <dt>This week</dt>
          <dd>
            {overview.hoursThisWeek} / {overview.weeklyBudgetHours} h
          </dd>
        </div>
        <div className="stat">
          <dt>Streak (busy weeks forgiven)</dt>
          <dd>
            {overview.streakWeeks} week{overview.streakWeeks === 1 ? '' : 's'}
          </dd>
        </div>
        <div className="stat">
          <dt>Reviews due</dt>
          <dd>{data.reviewsDue ?? '—'}</dd>
        </div>
        <div className="stat">
          <dt>Unread notifications</dt>
          <dd>{data.notifications.filter((n) => !n.readAt).length}</dd>
        </div>
      </dl>
      {data.timer ? (
        <Alert tone="info" title="A timer is running">
          Stop it under {PANEL_LABELS.today} when you are done.
        </Alert>
      ) : null}
      {overview.unavailable.length ? (
        <p className="muted">
          Not available right now (shown as zero): {overview.unavailable.join(', ')}.
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
      {message ? <p className="progress-message">{message}</p> : null}
      <ViewSettings view={view} onSaved={setView} />
      {view.panels
        .filter((p) => p.visible)
        .map((p) => (
          <ProgressPanel key={p.id} title={PANEL_LABELS[p.id]} onHide={() => hide(p.id)}>
            {body[p.id]}
          </ProgressPanel>
        ))}
    </>
  );
}
