import type { PathView } from '../../../../../src/shared/paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { hours, longDate } from '../paths-format.ts';
import { ProgressBar } from './progress-bar.tsx';

/** One line for the whole catalog when cited links have not been checked yet (not per source). */
function uncheckedNote(path: PathView) {
  const cited = path.plan.steps.flatMap((st) => st.resources).filter((r) => r.id);
  const changed = new Map(path.changedResources.map((c) => [c.resourceId, c.now]));
  const unchecked = cited.filter((r) => (changed.get(r.id!) ?? r.linkStatus) === 'unchecked');
  if (!unchecked.length) return null;
  return (
    <p className="muted">
      {unchecked.length === cited.length ? 'The links' : `${unchecked.length} of the links`} this
      path cites have not been checked yet. The catalog's link check starts a minute after the
      server starts and checks 25 links an hour; each source shows its status once checked.
    </p>
  );
}

/** Goal, version, hours against what fits, the deadline warning, progress and skipped skills. */
export function PathHeader({ path }: { path: PathView }) {
  const { plan } = path;
  const s = plan.schedule;
  const n = path.numbers;
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
          <dd>{hours(n.hoursPlanned)}</dd>
        </div>
        <div className="stat">
          <dt>Logged so far</dt>
          <dd>{hours(n.hoursLogged)}</dd>
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
        {s.deadline ? (
          <div className="stat">
            <dt>Deadline</dt>
            <dd className="stat-small">{longDate(s.deadline)}</dd>
          </div>
        ) : null}
        <div className="stat">
          <dt>{n.finished ? 'Finished' : 'Finish at this pace'}</dt>
          <dd className="stat-small">
            {n.finished ? 'All steps done' : n.finishDate ? longDate(n.finishDate) : '—'}
          </dd>
        </div>
      </dl>
      <ProgressBar done={n.stepsDone} total={n.stepsTotal} />
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
      {uncheckedNote(path)}
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
