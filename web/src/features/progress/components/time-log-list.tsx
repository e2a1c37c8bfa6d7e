import type { TimeLog } from '../../../../../src/shared/progress.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { DataTable } from '../../../ui/data-table.tsx';
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
    <DataTable
      label="Time logs"
      className="time-logs"
      caption="Recent time entries"
      rows={sorted}
      rowKey={(l) => l.id}
      columns={[
        {
          header: 'When',
          cell: (l) =>
            new Date(l.startedAt).toLocaleString(undefined, {
              day: 'numeric',
              month: 'short',
              hour: '2-digit',
              minute: '2-digit',
            }),
        },
        {
          header: 'What',
          cell: (l) => (
            <>
              {l.skillId ? nameOf(l.skillId) : 'Other'}
              {l.note ? <span className="muted"> — {l.note}</span> : null}
            </>
          ),
        },
        { header: 'Time', cell: (l) => minutesText(l.minutes) },
        { header: 'How', cell: (l) => SOURCE[l.source] },
      ]}
      actions={(l) => (
        <button
          type="button"
          className="button button-danger-ghost button-small"
          aria-label={`Delete ${minutesText(l.minutes)} entry`}
          onClick={() => onDelete(l)}
        >
          Delete
        </button>
      )}
    />
  );
}
