import { useState } from 'react';
import type { PathView } from '../../../../../src/shared/paths.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { addDays, hours, longDate, mondayOf, today } from '../paths-format.ts';
import { CalendarSubscriptions } from './calendar-subscriptions.tsx';

/** The week-by-week schedule of the plan's sessions, with the calendar subscription below. */
export function PathSchedule({ path }: { path: PathView }) {
  const { sessions } = path.plan.schedule;
  const names = new Map(path.plan.steps.map((s) => [s.id, s.title ?? s.skillName]));
  const first = sessions[0]?.date;
  const last = sessions[sessions.length - 1]?.date;
  const now = today();
  const initial = mondayOf(first && first > now ? first : now);
  const [week, setWeek] = useState(initial);
  const weekEnd = addDays(week, 6);
  const inWeek = sessions.filter((s) => s.date >= week && s.date <= weekEnd);
  const total = inWeek.reduce((a, s) => a + s.hours, 0);
  const weekNo = first ? Math.floor(daysBetween(mondayOf(first), week) / 7) + 1 : 0;

  return (
    <>
      <section className="panel" aria-labelledby="week-title">
        <div className="panel-head week-head">
          <h2 id="week-title">
            Week of {longDate(week)}
            {weekNo > 0 && last && week <= last ? (
              <span className="muted"> · week {weekNo}</span>
            ) : null}
          </h2>
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setWeek(addDays(week, -7))}
            >
              ← Previous week
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setWeek(mondayOf(now))}
            >
              This week
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setWeek(addDays(week, 7))}
            >
              Next week →
            </button>
          </div>
        </div>
        <p className="muted" aria-live="polite">
          {inWeek.length
            ? `${inWeek.length} session${inWeek.length === 1 ? '' : 's'}, ${hours(total)} this week.`
            : sessions.length === 0
              ? 'No sessions are scheduled: the path has no steps or no learning days are set in your profile.'
              : first && week < mondayOf(first)
                ? `Nothing this week. The path starts ${longDate(first)}.`
                : last && week > last
                  ? `Nothing this week. The last session is ${longDate(last)}.`
                  : 'No sessions this week.'}
        </p>
        {inWeek.length ? (
          <DataTable
            label="Sessions"
            rows={inWeek}
            rowKey={(s) => `${s.stepId}-${s.part}`}
            columns={[
              { header: 'Date', cell: (s) => longDate(s.date) },
              { header: 'Time', cell: (s) => s.start },
              {
                header: 'Step',
                cell: (s) => (
                  <>
                    {names.get(s.stepId) ?? s.stepId}{' '}
                    <span className="muted">
                      (part {s.part} of {s.parts})
                    </span>
                  </>
                ),
              },
              { header: 'Hours', cell: (s) => hours(s.hours) },
              {
                header: 'Status',
                cell: (s) =>
                  path.done[s.stepId] ? (
                    <span className="tag tag-ok">Step done</span>
                  ) : s.afterDeadline ? (
                    <span className="tag tag-warn">After deadline</span>
                  ) : (
                    <span className="muted">Planned</span>
                  ),
              },
            ]}
          />
        ) : null}
      </section>
      <CalendarSubscriptions pathId={path.id} />
    </>
  );
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
