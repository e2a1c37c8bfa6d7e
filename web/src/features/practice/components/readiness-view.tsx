import { useState } from 'react';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { Readiness } from '../api.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Readiness per exam objective: accuracy over your last 10 answers, ready at 80% with at least
 * 5 answers. Bars, or the same numbers as a table.
 */
export function ReadinessView({ readiness }: { readiness: Readiness }) {
  const [asTable, setAsTable] = useState(false);
  const readyCount = readiness.objectives.filter((o) => o.ready).length;
  return (
    <section className="panel" aria-labelledby="readiness-title">
      <div className="panel-head">
        <h2 id="readiness-title">Readiness</h2>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-pressed={asTable}
          onClick={() => setAsTable((t) => !t)}
        >
          {asTable ? 'Show as bars' : 'Show as table'}
        </button>
      </div>
      <p className="readiness-overall" aria-live="polite">
        <strong>{pct(readiness.overall)}</strong> overall · {readyCount} of{' '}
        {readiness.objectives.length} objectives ready
      </p>
      <p className="field-hint">
        Per objective: share correct among your last 10 answers. An objective is ready at 80% with
        at least 5 answers; unanswered objectives count as 0%. The line on each bar marks 80%.
      </p>
      {asTable ? (
        <ScrollRegion label="Readiness">
          <table className="table">
            <caption className="visually-hidden">Readiness per objective</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Answered</th>
                <th scope="col">Correct</th>
                <th scope="col">Ready</th>
              </tr>
            </thead>
            <tbody>
              {readiness.objectives.map((o) => (
                <tr key={o.objectiveId}>
                  <td>{o.title}</td>
                  <td>{o.answered}</td>
                  <td>{pct(o.accuracy)}</td>
                  <td>
                    {o.ready ? 'Yes' : o.answered < 5 ? `Needs ${5 - o.answered} more` : 'Not yet'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <ul className="readiness-bars">
          {readiness.objectives.map((o) => (
            <li key={o.objectiveId}>
              <div className="readiness-label">
                <span>{o.title}</span>
                <span className="muted">
                  {o.answered
                    ? `${pct(o.accuracy)} · ${Math.round(o.accuracy * o.answered)} of ${o.answered} correct`
                    : 'not practised yet'}
                  {o.ready ? ' · ready' : ''}
                </span>
              </div>
              <div className="readiness-track" aria-hidden="true">
                <span
                  className={o.ready ? 'readiness-fill readiness-fill-ready' : 'readiness-fill'}
                  style={{ width: pct(o.accuracy) }}
                />
                <span className="readiness-target" />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
