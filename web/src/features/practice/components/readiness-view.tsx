import { useState } from 'react';
import { TableToggle } from '../../../ui/chart-frame.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { PanelHead } from '../../../ui/panel-head.tsx';
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
      <PanelHead titleId="readiness-title" title="Readiness">
        <TableToggle asTable={asTable} onChange={setAsTable} otherView="bars" />
      </PanelHead>
      <p className="readiness-overall" aria-live="polite">
        <strong>{pct(readiness.overall)}</strong> overall · {readyCount} of{' '}
        {readiness.objectives.length} objectives ready
      </p>
      <p className="field-hint">
        Per objective: share correct among your last 10 answers. An objective is ready at 80% with
        at least 5 answers; unanswered objectives count as 0%. The line on each bar marks 80%.
      </p>
      {asTable ? (
        <DataTable
          label="Readiness"
          caption="Readiness per objective"
          rows={readiness.objectives}
          rowKey={(o) => o.objectiveId}
          columns={[
            { header: 'Objective', cell: (o) => o.title },
            { header: 'Answered', cell: (o) => o.answered },
            { header: 'Correct', cell: (o) => pct(o.accuracy) },
            {
              header: 'Ready',
              cell: (o) =>
                o.ready ? 'Yes' : o.answered < 5 ? `Needs ${5 - o.answered} more` : 'Not yet',
            },
          ]}
        />
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
