import { type FormEvent, useState } from 'react';
import type { GoalProgress } from '../../../../../src/shared/progress.ts';
import { apiFieldErrors, describeError, type FieldErrors } from '../../../forms/field-errors.ts';
import { useFormValues } from '../../../ui/form-values.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { type BriefRow, progressApi } from '../api.ts';
import { decodeTarget, TimeTargetField } from './time-target-select.tsx';

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
  const [target, setTarget] = useState('other');
  const { values, set, bind } = useFormValues({ when: localNow(), minutes: '30', note: '' });
  const { when, minutes, note } = values;
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
      set('note', '');
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
        <TimeTargetField
          label="What"
          goals={goals}
          briefs={briefs}
          value={target}
          onChange={setTarget}
        />
        <TextField
          label="Started"
          error={errors.startedAt}
          type="datetime-local"
          {...bind('when')}
        />
        <TextField
          label="Minutes"
          error={errors.minutes}
          type="number"
          min={1}
          max={1440}
          className="input-narrow"
          {...bind('minutes')}
        />
        <TextField label="Note" error={errors.note} type="text" maxLength={500} {...bind('note')} />
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
