import { type FormEvent, useId, useState } from 'react';
import type { GoalProgress } from '../../../../../src/shared/progress.ts';
import { Field } from '../../../components/field.tsx';
import { apiFieldErrors, describeError, type FieldErrors } from '../../../forms/field-errors.ts';
import { type BriefRow, progressApi } from '../api.ts';
import { decodeTarget, TimeTargetSelect } from './time-target-select.tsx';

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Log time by hand: what, when, how many minutes. */
export function ManualTimeForm({
  goals,
  briefs,
  onLogged,
}: {
  goals: GoalProgress[];
  briefs: BriefRow[];
  onLogged: () => void;
}) {
  const id = useId();
  const [target, setTarget] = useState('other');
  const [when, setWhen] = useState(localNow);
  const [minutes, setMinutes] = useState('30');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const found: FieldErrors = {};
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 1440)
      found.minutes = 'Enter whole minutes, 1 to 1440.';
    const started = new Date(when);
    if (!when || Number.isNaN(started.getTime())) found.startedAt = 'Enter when you started.';
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await progressApi.logTime({
        ...decodeTarget(target),
        startedAt: started.toISOString(),
        minutes: n,
        note: note.trim(),
      });
      setNote('');
      setStatus(`Logged ${n} min.`);
      onLogged();
    } catch (e) {
      const fe = apiFieldErrors(e);
      setErrors(Object.keys(fe).length ? fe : { form: describeError(e) });
    }
  }

  return (
    <form className="manual-time" onSubmit={submit} noValidate aria-label="Log time by hand">
      <div className="time-grid">
        <div className="field">
          <label htmlFor={`${id}-t`} className="field-label">
            What
          </label>
          <TimeTargetSelect
            id={`${id}-t`}
            goals={goals}
            briefs={briefs}
            value={target}
            onChange={setTarget}
          />
        </div>
        <Field label="Started" error={errors.startedAt}>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={when}
              onChange={(e) => setWhen(e.target.value)}
            />
          )}
        </Field>
        <Field label="Minutes" error={errors.minutes}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={1440}
              className="input-narrow"
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          )}
        </Field>
        <Field label="Note" error={errors.note}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button-secondary">
          Log time
        </button>
      </div>
      <p className={errors.form ? 'field-error' : 'muted'} aria-live="polite">
        {errors.form ?? status}
      </p>
    </form>
  );
}
