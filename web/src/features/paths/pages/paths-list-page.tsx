import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { type PathSummaryRow, pathsApi } from '../api.ts';
import { ProgressBar } from '../components/progress-bar.tsx';
import { WeekAvailability } from '../components/week-availability.tsx';
import { hours, longDate } from '../paths-format.ts';

/** Every path of the person, with progress and the planned finish. */
export function PathsListPage() {
  usePageTitle('Paths');
  const [paths, setPaths] = useState<PathSummaryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setPaths((await pathsApi.list()).paths);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Paths"
        description="Learning paths built from checked sources and scheduled into your weekly hours."
        actions={
          <Link to="/app/paths/new" className="button button-primary">
            New path
          </Link>
        }
      />
      {error ? <LoadError what="your paths" message={error} onRetry={load} /> : null}
      {!paths && !error ? <LoadingState label="Loading your paths…" /> : null}
      {paths && paths.length === 0 ? (
        <section className="panel callout">
          <h2>No paths yet</h2>
          <p>
            Start from a target role, a few skills, or a sentence such as “Tableau for a client
            dashboard by Friday”.
          </p>
          <Link to="/app/paths/new" className="button button-primary">
            Create your first path
          </Link>
        </section>
      ) : null}
      {paths && paths.length > 0 ? (
        <ul className="path-list" aria-label="Your paths">
          {paths.map((p) => (
            <li key={p.id} className="panel path-card">
              <div className="panel-head">
                <h2>
                  <Link to={`/app/paths/${p.id}`}>{p.title}</Link>
                </h2>
                <span className="badge">Version {p.currentVersion}</span>
              </div>
              <ProgressBar done={p.numbers.stepsDone} total={p.numbers.stepsTotal} />
              <p className="muted path-card-meta">
                {hours(p.numbers.hoursLogged)} of {hours(p.numbers.hoursPlanned)} logged
                {p.numbers.finishDate ? ` · finishes ${longDate(p.numbers.finishDate)}` : ''}
                {p.feasible ? '' : ' · '}
                {p.feasible ? null : <strong className="text-warning">misses its deadline</strong>}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <WeekAvailability />
    </>
  );
}
