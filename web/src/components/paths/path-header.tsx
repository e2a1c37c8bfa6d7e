import type { PathView } from '../../../../src/shared/paths.ts';
import { hours, longDate } from '../../pages/paths/paths-format.ts';
import { Alert } from '../alert.tsx';
import { ProgressBar } from './progress-bar.tsx';

/** Goal, version, hours against what fits, the deadline warning, progress and skipped skills. */
export function PathHeader({ path }: { path: PathView }) {
  const { plan } = path;
  const s = plan.schedule;
  const doneCount = plan.steps.filter((st) => path.done[st.id]).length;
  const doneHours = plan.steps.filter((st) => path.done[st.id]).reduce((a, st) => a + st.hours, 0);
  return (
    <header className="path-header">
      <div className="page-header">
        <div>
          <h1>{path.title}</h1>
          <p className="page-description">
            {plan.goal.text ? `“${plan.goal.text}” · ` : ''}Version {path.currentVersion} ·{' '}
            <span className={`engine engine-${plan.engine.kind}`}>
              {plan.engine.kind === 'offline' ? 'Offline engine' : 'AI model'}
            </span>{' '}
            <span className="muted">{plan.engine.note}</span>
          </p>
        </div>
      </div>
      {s.warning ? (
        <Alert
          tone={s.feasible ? 'warning' : 'error'}
          title="This path does not fit before the deadline"
        >
          <p>{s.warning.message}</p>
        </Alert>
      ) : null}
      <dl className="stats path-stats">
        <div className="stat">
          <dt>Planned</dt>
          <dd>{hours(s.totalHours)}</dd>
        </div>
        <div className="stat">
          <dt>Done so far</dt>
          <dd>{hours(doneHours)}</dd>
        </div>
        {s.warning ? (
          <div className="stat">
            <dt>Hours available before deadline</dt>
            <dd>{hours(s.warning.hoursAvailable)}</dd>
          </div>
        ) : null}
        <div className="stat">
          <dt>Pace</dt>
          <dd className="stat-small">
            {hours(s.hoursPerLearningDay)} on{' '}
            {s.learningDays.map((d) => d.charAt(0).toUpperCase() + d.slice(1)).join(', ') ||
              'no days'}
          </dd>
        </div>
        <div className="stat">
          <dt>{s.deadline ? `Deadline ${longDate(s.deadline)}` : 'Planned finish'}</dt>
          <dd className="stat-small">{s.endDate ? longDate(s.endDate) : '—'}</dd>
        </div>
      </dl>
      <ProgressBar done={doneCount} total={plan.steps.length} />
      {plan.goal.notes.length || plan.goal.unresolved.length ? (
        <ul className="path-notes">
          {plan.goal.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          {plan.goal.unresolved.map((u) => (
            <li key={u}>
              Not understood: “{u}” — no matching skill in the taxonomy, so it is not in the path.
            </li>
          ))}
        </ul>
      ) : null}
      {plan.skipped.length ? (
        <ul className="skipped-list" aria-label="Skipped because you already know them">
          {plan.skipped.map((k) => (
            <li key={k.skillId}>
              <span aria-hidden="true">✓ </span>You already know {k.skillName} — skipped.{' '}
              <span className="muted">{k.reason}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {path.changedResources.length ? (
        <p className="muted">
          {path.changedResources.length} cited link{path.changedResources.length === 1 ? '' : 's'}{' '}
          changed status since this version was planned. Regenerate (Versions tab) to re-plan with
          the current catalog.
        </p>
      ) : null}
    </header>
  );
}
