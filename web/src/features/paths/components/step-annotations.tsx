import { type FormEvent, useId, useState } from 'react';
import type { Annotation, StepStats } from '../../../../../src/shared/paths.ts';
import { describeError } from '../../../forms/field-errors.ts';
import { pathsApi } from '../api.ts';

/** Community traces: outcome numbers, what people said worked, and your own note. */
export function StepAnnotations({
  pathId,
  stepId,
  done,
  stats,
}: {
  pathId: string;
  stepId: string;
  done: boolean;
  stats: StepStats | undefined;
}) {
  const id = useId();
  const [list, setList] = useState<Annotation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<'worked' | 'did_not_work'>('worked');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');
  const [counts, setCounts] = useState({ worked: stats?.worked ?? 0, no: stats?.didNotWork ?? 0 });

  function onToggle(open: boolean) {
    if (!open || list) return;
    pathsApi
      .annotations(pathId, stepId)
      .then((r) => setList(r.annotations))
      .catch((e) => setError(describeError(e)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const a = await pathsApi.annotate(pathId, stepId, { verdict, note: note.trim() });
      setList((l) => [a, ...(l ?? [])]);
      setCounts((c) =>
        verdict === 'worked' ? { ...c, worked: c.worked + 1 } : { ...c, no: c.no + 1 },
      );
      setNote('');
      setSaved('Thanks — your note is saved.');
    } catch (e) {
      setError(describeError(e));
    }
  }

  const took = stats?.took ?? 0;
  const outcome =
    took === 0
      ? 'Nobody else has taken this step yet.'
      : `${took} ${took === 1 ? 'person' : 'people'} took this step` +
        (stats?.appliedShare === null || stats?.appliedShare === undefined
          ? ' (too few to show how many later applied the skill).'
          : `, ${Math.round(stats.appliedShare * 100)}% later applied the skill.`);
  return (
    <details
      className="step-extra"
      onToggle={(e) => onToggle((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        What worked for others{' '}
        <span className="muted">
          ({counts.worked} worked · {counts.no} did not)
        </span>
      </summary>
      <p>{outcome}</p>
      {list === null && !error ? <p className="muted">Loading notes…</p> : null}
      {list && list.length === 0 ? <p className="muted">No notes yet.</p> : null}
      {list && list.length > 0 ? (
        <ul className="annotation-list">
          {list.map((a) => (
            <li key={a.id}>
              <span className={a.verdict === 'worked' ? 'tag tag-ok' : 'tag tag-warn'}>
                {a.verdict === 'worked' ? 'Worked' : 'Did not work'}
              </span>{' '}
              {a.note || <span className="muted">(no note)</span>}
              {a.mine ? <span className="muted"> — you</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {done ? (
        <form className="annotation-form" onSubmit={submit}>
          <fieldset className="fieldset-plain">
            <legend className="field-label">Did this step work for you?</legend>
            <div className="inline-form inline-form-wrap">
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-v`}
                  checked={verdict === 'worked'}
                  onChange={() => setVerdict('worked')}
                />
                Worked
              </label>
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-v`}
                  checked={verdict === 'did_not_work'}
                  onChange={() => setVerdict('did_not_work')}
                />
                Did not work
              </label>
            </div>
          </fieldset>
          <label htmlFor={`${id}-note`} className="field-label">
            Note (optional, public)
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" className="button button-secondary button-small">
            Save note
          </button>
        </form>
      ) : (
        <p className="muted">Tick the step done to add your own note.</p>
      )}
      <p aria-live="polite" className="muted">
        {saved}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
    </details>
  );
}
