import { Link } from 'react-router';
import type { GoalProgress } from '../../../../../src/shared/progress.ts';
import { formatDate } from '../../../ui/format.ts';

/** Each goal (path): steps done and hours logged against hours planned. */
export function GoalsPanel({ goals }: { goals: GoalProgress[] }) {
  if (goals.length === 0) {
    return (
      <p className="muted">
        No goals yet. <Link to="/app/paths/new">Create a path</Link> to track progress on it.
      </p>
    );
  }
  return (
    <ul className="goal-list">
      {goals.map((g) => {
        const pct = g.stepsTotal ? Math.round((g.stepsDone / g.stepsTotal) * 100) : 0;
        return (
          <li key={g.pathId}>
            <Link to={`/app/paths/${g.pathId}`} className="goal-title">
              {g.title}
            </Link>
            <progress
              max={Math.max(g.stepsTotal, 1)}
              value={g.stepsDone}
              aria-label={`${g.title}: steps done`}
            />
            <span className="muted">
              {g.stepsDone} of {g.stepsTotal} steps ({pct}%) · {g.hoursLogged} of {g.hoursPlanned} h
              logged{g.finishDate ? ` · finishes ${formatDate(g.finishDate)} at this pace` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
