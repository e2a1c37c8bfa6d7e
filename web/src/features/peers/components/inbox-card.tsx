import { type FormEvent, useId, useState } from 'react';
import { AnswerVerdict } from '../../../../../src/shared/peers.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field, FieldError } from '../../../components/field.tsx';
import { apiFieldErrors, describeError, errorFor } from '../../../forms/field-errors.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { type InboxQuestion, peersApi } from '../api.ts';
import { TRIGGER_LABELS, VERDICT_LABELS } from '../peers-format.ts';

/** A question routed to you (the asker stays anonymous): answer it or decline it. */
export function InboxCard({
  question: q,
  onDone,
}: {
  question: InboxQuestion;
  onDone: (text: string) => void;
}) {
  const id = useId();
  const skill = useSkillNames([q.skillId])(q.skillId);
  const [verdict, setVerdict] = useState<'confirms' | 'corrects' | 'depends' | null>(null);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function answer(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!verdict) local.verdict = 'Choose whether the step holds, needs a correction or depends.';
    if (body.trim().length < 5) local.body = 'Write at least a sentence (5 characters or more).';
    setErrors(local);
    if (!verdict || Object.keys(local).length) return;
    setBusy(true);
    setError(null);
    try {
      await peersApi.answer(q.id, { body: body.trim(), verdict });
      onDone(
        'Answer sent. It appears on the asker’s step with your verified skills as its source.',
      );
    } catch (e) {
      const fe = apiFieldErrors(e);
      setErrors({ body: errorFor(fe, 'body') ?? '', verdict: errorFor(fe, 'verdict') ?? '' });
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  async function decline() {
    setBusy(true);
    try {
      await peersApi.decline(q.id);
      onDone('Declined. The question goes back to the pool; nobody is told you passed.');
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <li className="pr-card" data-testid="inbox-card">
      <div className="pr-card-head">
        <h3>{q.question}</h3>
        <span className="badge">{skill}</span>
      </div>
      <p className="muted pr-small">
        From an anonymous learner · {formatDateTime(q.createdAt)} ·{' '}
        {q.trigger.map((t) => TRIGGER_LABELS[t] ?? t).join(', ')}
      </p>
      {q.context ? <blockquote className="pr-quote">{q.context}</blockquote> : null}
      {q.answered ? (
        <p className="pr-small">✔ You answered this question.</p>
      ) : (
        <form onSubmit={answer} noValidate className="pr-form">
          <fieldset className="fieldset fieldset-plain">
            <legend className="field-label">Your verdict on the step</legend>
            <div className="toggle-row">
              {AnswerVerdict.options.map((v) => (
                <label key={v} className="check pr-radio">
                  <input
                    type="radio"
                    name={`${id}-verdict`}
                    checked={verdict === v}
                    onChange={() => setVerdict(v)}
                  />
                  <span>{VERDICT_LABELS[v]}</span>
                </label>
              ))}
            </div>
            <FieldError message={errors.verdict || undefined} />
          </fieldset>
          <Field
            label="Your answer"
            hint="What worked for you, and when it would not. No client names."
            error={errors.body || undefined}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                maxLength={4000}
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
            )}
          </Field>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              Send answer
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={decline}
            >
              Decline
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
