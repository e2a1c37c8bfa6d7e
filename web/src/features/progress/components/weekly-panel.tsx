import type { WeeklySummary } from '../../../../../src/shared/progress.ts';
import { formatDate } from '../../../ui/format.ts';

/** This week: learned, slipped, and what to do next given the hours. */
export function WeeklyPanel({ weekly }: { weekly: WeeklySummary }) {
  const groups: [string, string[], string][] = [
    ['Learned', weekly.learned, 'Nothing recorded yet this week.'],
    ['Slipped', weekly.slipped, 'Nothing slipped.'],
    ['Next week', weekly.next, 'Nothing planned.'],
  ];
  return (
    <>
      <p>
        Week of {formatDate(weekly.weekStart)}: {weekly.hoursLogged} of {weekly.hoursBudget} h
        logged
        {weekly.busyWeek ? ' — marked as a busy client week, so your streak is safe.' : '.'}
      </p>
      <div className="weekly-grid">
        {groups.map(([title, items, empty]) => (
          <div key={title}>
            <h3>{title}</h3>
            {items.length ? (
              <ul>
                {items.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{empty}</p>
            )}
          </div>
        ))}
      </div>
    </>
  );
}
