import { useState } from 'react';
import type { PathView } from '../../../../../src/shared/paths.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { pathsApi } from '../api.ts';
import { hours, longDate } from '../paths-format.ts';

/**
 * What the deadline left out: the deferred objectives with why, and the ways to fit
 * everything (a later deadline re-plans as a new version; more hours a week is a profile change).
 */
export function PathDeferred({
  path,
  onChange,
}: {
  path: PathView;
  onChange: (p: PathView) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deferred = path.plan.deferred ?? [];
  if (!deferred.length) return null;
  const total = deferred.reduce((h, d) => h + d.hours, 0);
  const extend = async (deadline: string) => {
    setBusy(true);
    setError(null);
    try {
      onChange((await pathsApi.regenerate(path.id, { deadline })).path);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel path-deferred" aria-labelledby="deferred-title">
      <h2 id="deferred-title">
        Planned for the deadline; {deferred.length} objective{deferred.length === 1 ? '' : 's'} (
        {hours(total)}) deferred
      </h2>
      <ul className="button-row" aria-label="Ways to fit everything">
        {(path.plan.alternatives ?? []).map((a) => (
          <li key={a.kind}>
            {a.kind === 'extend_deadline' && a.deadline ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => extend(a.deadline!)}
              >
                Extend the deadline to {longDate(a.deadline)}
              </button>
            ) : (
              <span className="muted">{a.message}</span>
            )}
          </li>
        ))}
      </ul>
      {error ? <p role="alert">{error}</p> : null}
      <details>
        <summary>Deferred objectives and why</summary>
        <ul>
          {deferred.map((d) => (
            <li key={`${d.id}-${d.hours}`}>
              <strong>{d.title}</strong> · {hours(d.hours)}{' '}
              <span className="muted">{d.reason}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
