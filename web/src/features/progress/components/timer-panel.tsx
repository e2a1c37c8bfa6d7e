import { useEffect, useId, useState } from 'react';
import type { GoalProgress, TimeLog } from '../../../../../src/shared/progress.ts';
import { Alert } from '../../../components/alert.tsx';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { useFormSend } from '../../../ui/form-send.ts';
import { type BriefRow, minutesText, progressApi } from '../api.ts';
import { decodeTarget, TimeTargetField } from './time-target-select.tsx';

/** Start and stop a timer on a step or brief; the running timer shows its elapsed time. */
export function TimerPanel({
  goals,
  briefs,
  timer,
  onChange,
}: {
  goals: GoalProgress[];
  briefs: BriefRow[];
  timer: TimeLog | null;
  onChange: (stopped?: TimeLog) => void;
}) {
  const id = useId();
  const firstGoal = goals[0];
  const [target, setTarget] = useState(
    firstGoal?.skills[0] ? `step|${firstGoal.pathId}|${firstGoal.skills[0]}` : 'other',
  );
  const [note, setNote] = useState('');
  const { busy, formError: error, send } = useFormSend({ alwaysSay: true });
  const [now, setNow] = useState(Date.now());
  const nameOf = useSkillNames(timer?.skillId ? [timer.skillId] : []);

  useEffect(() => {
    if (!timer) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [timer]);

  const start = () =>
    send(async () => {
      await progressApi.startTimer({ ...decodeTarget(target), note: note.trim() });
      setNote('');
      onChange();
    });
  const stop = () => send(async () => onChange(await progressApi.stopTimer()));

  const elapsed = timer ? Math.max(0, Math.floor((now - Date.parse(timer.startedAt)) / 1000)) : 0;
  const clock = `${Math.floor(elapsed / 3600)}:${String(Math.floor((elapsed % 3600) / 60)).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')}`;
  return (
    <div className="timer">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {timer ? (
        <div className="timer-running" role="status">
          <span className="timer-dot" aria-hidden="true" />
          <span>
            Timer running on{' '}
            <strong>
              {timer.skillId ? nameOf(timer.skillId) : timer.note || 'something else'}
            </strong>
            : <span className="timer-clock">{clock}</span>
          </span>
          <button type="button" className="button button-danger" onClick={stop} disabled={busy}>
            Stop timer
          </button>
        </div>
      ) : (
        <div className="time-grid">
          <TimeTargetField
            label="Working on"
            goals={goals}
            briefs={briefs}
            value={target}
            onChange={setTarget}
          />
          <div className="field field-grow">
            <label htmlFor={`${id}-n`} className="field-label">
              Note (optional)
            </label>
            <input
              id={`${id}-n`}
              type="text"
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="button" className="button button-primary" onClick={start} disabled={busy}>
            Start timer
          </button>
        </div>
      )}
      {timer ? (
        <p className="muted">Started {new Date(timer.startedAt).toLocaleTimeString()}.</p>
      ) : null}
    </div>
  );
}

/** One sentence for a stopped timer. */
export function stoppedText(log: TimeLog): string {
  const time = log.minutes < 1 ? 'under a minute' : minutesText(log.minutes);
  return `Logged ${time}${log.note ? ` on “${log.note}”` : ''}.`;
}
