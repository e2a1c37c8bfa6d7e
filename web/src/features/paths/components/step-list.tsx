import { useState } from 'react';
import type { PathView } from '../../../../../src/shared/paths.ts';
import type { ProgressView } from '../../../../../src/shared/progress.ts';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { progressApi } from '../../progress/api.ts';
import { pathsApi } from '../api.ts';
import { ASK_PEER_BELOW } from './step-ask-peer.tsx';
import { StepCard } from './step-card.tsx';

/**
 * The path's steps as an ordered checklist. Ticking is optimistic: the box changes at once
 * and rolls back with a message if the server refuses.
 */
export function StepList({
  path,
  details,
  onChange,
}: {
  path: PathView;
  details: ProgressView['pathDetails'];
  onChange: (path: PathView) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Ticking done then asks how long the step took: hours come from time logged, not ticks.
  const [asking, setAsking] = useState<{ stepId: string; name: string; minutes: number } | null>(
    null,
  );

  async function logTime(a: { stepId: string; name: string; minutes: number }) {
    setAsking(null);
    const minutes = Math.round(a.minutes);
    if (minutes < 1) return;
    try {
      await progressApi.logTime({
        targetKind: 'step',
        targetId: a.stepId,
        pathId: path.id,
        startedAt: new Date(Date.now() - minutes * 60_000).toISOString(),
        minutes,
        note: 'Time given when ticking the step done',
      });
      setStatus(`${minutes} minutes logged for ${a.name}.`);
      onChange(await pathsApi.get(path.id));
    } catch (e) {
      setError(`Could not log the time for “${a.name}”: ${describeError(e)}`);
    }
  }

  async function tick(stepId: string, name: string, done: boolean) {
    setError(null);
    const before = path.done;
    const next = { ...before };
    if (done) next[stepId] = new Date().toISOString();
    else delete next[stepId];
    onChange({ ...path, done: next });
    try {
      const r = await pathsApi.tick(path.id, stepId, done);
      setStatus(
        done
          ? `${name} marked done${r.evidence ? ' and recorded in your evidence ledger' : ''}.`
          : `${name} marked not done.`,
      );
      // Fresh numbers (hours logged, finish date) from the server.
      onChange(await pathsApi.get(path.id));
    } catch (e) {
      onChange({ ...path, done: before });
      setError(`Could not update “${name}”: ${describeError(e)}`);
    }
  }

  // The low-confidence note is worth showing only on the path's weaker steps: when most steps
  // sit below the bar (links not checked yet, no outcomes yet), it would be on every step.
  const scores = path.plan.steps
    .map((s) => (path.live[s.id]?.confidence ?? s.confidence).score)
    .sort((x, y) => x - y);
  const median = scores[Math.floor(scores.length / 2)] ?? 1;
  const confidenceBar = Math.min(ASK_PEER_BELOW, median);

  if (path.plan.steps.length === 0) {
    return (
      <p className="empty-note">
        This path has no steps: you already hold every skill of the goal, or no skill was
        understood. Try a different goal.
      </p>
    );
  }
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title" className="visually-hidden">
        Steps
      </h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {asking ? (
        <form
          className="panel tick-time"
          aria-label={`Time spent on ${asking.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void logTime(asking);
          }}
        >
          <label>
            Done. How many minutes did “{asking.name}” take?{' '}
            <input
              type="number"
              min={1}
              max={720}
              className="input-narrow"
              value={asking.minutes}
              onChange={(e) => setAsking({ ...asking, minutes: e.target.valueAsNumber || 0 })}
            />
          </label>{' '}
          <button type="submit" className="button">
            Log the time
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setAsking(null)}>
            Skip
          </button>
        </form>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      <ol className="step-list">
        {path.plan.steps.map((step, i) => (
          <StepCard
            key={step.id}
            index={i + 1}
            pathId={path.id}
            step={step}
            done={Boolean(path.done[step.id])}
            live={path.live[step.id]}
            stats={path.stats[step.id]}
            details={details}
            confidenceBar={confidenceBar}
            onTick={(d) => {
              const name = step.title ?? step.skillName;
              void tick(step.id, name, d);
              setAsking(d ? { stepId: step.id, name, minutes: Math.round(step.hours * 60) } : null);
            }}
          />
        ))}
      </ol>
    </section>
  );
}
