import { useState } from 'react';
import type { PathView } from '../../../../src/shared/paths.ts';
import type { ProgressView } from '../../../../src/shared/progress.ts';
import { describeError } from '../../forms/field-errors.ts';
import { pathsApi } from '../../pages/paths/paths-api.ts';
import { Alert } from '../alert.tsx';
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
    } catch (e) {
      onChange({ ...path, done: before });
      setError(`Could not update “${name}”: ${describeError(e)}`);
    }
  }

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
            onTick={(d) => tick(step.id, step.skillName, d)}
          />
        ))}
      </ol>
    </section>
  );
}
