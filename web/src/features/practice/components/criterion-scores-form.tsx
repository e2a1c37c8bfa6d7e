import { type FormEvent, useState } from 'react';
import type { CriterionScore, RubricCriterion } from '../../../../../src/shared/practice.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import type { FieldErrors } from '../../../forms/field-errors.ts';
import { useFormSend } from '../../../ui/form-send.ts';

/** What each score means, so people score against the same scale. */
export const SCORE_MEANINGS = ['Missing', 'Weak', 'Partly there', 'Good', 'Excellent'] as const;

interface Draft {
  score: string;
  feedback: string;
}

/**
 * Scores every rubric criterion 0–4 with written feedback (self-review and peer review).
 * Checks locally that each criterion has a score and feedback before sending.
 */
export function CriterionScoresForm({
  rubric,
  submitLabel,
  intro,
  onSubmit,
}: {
  rubric: RubricCriterion[];
  submitLabel: string;
  intro: string;
  onSubmit: (scores: CriterionScore[]) => Promise<void>;
}) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(rubric.map((c) => [c.id, { score: '', feedback: '' }])),
  );
  const { errors, setErrors, formError, setFormError, busy, send } = useFormSend({
    alwaysSay: true,
  });

  function update(id: string, patch: Partial<Draft>) {
    setDrafts((d) => ({ ...d, [id]: { score: '', feedback: '', ...d[id], ...patch } }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    rubric.forEach((c, i) => {
      const d = drafts[c.id];
      if (!d?.score) local[`scores.${i}.score`] = 'Pick a score from 0 to 4.';
      if (!d?.feedback.trim())
        local[`scores.${i}.feedback`] = 'Write one thing that works or one thing to change.';
    });
    setErrors(local);
    if (Object.keys(local).length) {
      setFormError('Score every criterion and give feedback for each.');
      return;
    }
    await send(() =>
      onSubmit(
        rubric.map((c) => ({
          criterionId: c.id,
          score: Number(drafts[c.id]?.score ?? 0),
          feedback: drafts[c.id]?.feedback.trim() ?? '',
          quotes: [],
        })),
      ),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="criterion-form">
      <p className="muted">{intro}</p>
      {rubric.map((c, i) => (
        <fieldset key={c.id} className="criterion-fieldset">
          <legend>{c.title}</legend>
          <p className="field-hint">{c.description}</p>
          <div className="criterion-row">
            <Field
              label={
                <>
                  Score<span className="visually-hidden"> for {c.title}</span>
                </>
              }
              error={errors[`scores.${i}.score`]}
            >
              {(control) => (
                <select
                  {...control}
                  value={drafts[c.id]?.score ?? ''}
                  onChange={(e) => update(c.id, { score: e.target.value })}
                >
                  <option value="">Choose…</option>
                  {SCORE_MEANINGS.map((m, s) => (
                    <option key={m} value={String(s)}>
                      {s} — {m}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={
                <>
                  Feedback<span className="visually-hidden"> for {c.title}</span>
                </>
              }
              error={errors[`scores.${i}.feedback`]}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  maxLength={2000}
                  value={drafts[c.id]?.feedback ?? ''}
                  onChange={(e) => update(c.id, { feedback: e.target.value })}
                />
              )}
            </Field>
          </div>
        </fieldset>
      ))}
      {formError ? (
        <Alert tone="error" title="Not sent yet">
          <p>{formError}</p>
        </Alert>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
