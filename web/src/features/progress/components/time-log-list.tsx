import type { TimeLog } from '../../../../../src/shared/progress.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { minutesText } from '../api.ts';

const SOURCE: Record<TimeLog['source'], string> = {
  timer: 'Timer',
  manual: 'By hand',
  calendar: 'Calendar',
};

/** Recent time entries, newest first, each deletable. */
export function TimeLogList({
  logs,
  onDelete,
}: {
  logs: TimeLog[];
  onDelete: (log: TimeLog) => void;
}) {
  const nameOf = useSkillNames(logs.flatMap((l) => (l.skillId ? [l.skillId] : [])));
  const done = logs.filter((l) => !l.running);
  if (done.length === 0) return <p className="muted">No time logged in the last four weeks.</p>;
  const sorted = [...done].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, 10);
  return (
    <ScrollRegion label="Time logs">
      <table className="table time-logs">
        <caption className="visually-hidden">Recent time entries</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Time</th>
            <th scope="col">How</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((l) => (
            <tr key={l.id}>
              <td>
                {new Date(l.startedAt).toLocaleString(undefined, {
                  day: 'numeric',
                  month: 'short',
                  hour: '2-digit',
                  minute: '2-digit',
                })}
              </td>
              <td>
                {l.skillId ? nameOf(l.skillId) : 'Other'}
                {l.note ? <span className="muted"> — {l.note}</span> : null}
              </td>
              <td>{minutesText(l.minutes)}</td>
              <td>{SOURCE[l.source]}</td>
              <td className="cell-actions">
                <button
                  type="button"
                  className="button button-danger-ghost button-small"
                  aria-label={`Delete ${minutesText(l.minutes)} entry`}
                  onClick={() => onDelete(l)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
